/**
 * The matrix's rows: every platform × surface on one day, each cell with its entries (one
 * per link kind the sources tell apart) in words, with sources, the day each value has
 * held since, whether it rests on opinion alone and the sources' words behind it. Made
 * once; the chart, its table, its words and its data read them.
 */
import { fill } from '../../lib/text/fill.ts';
import { formatDate } from '../../lib/format-date.ts';
import type { Matrix } from '../../lib/treatments/index.ts';
import { cellSources, LEVEL } from '../../lib/treatments/index.ts';
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';
import { evidenceVocabulary, type EvidenceVocabulary } from '../html/evidence.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';
import { levelViews, stateView, valuesInWords, type LevelView, type ValueView } from '../shared/value-view.ts';
import type { ChartText } from '../spec.ts';

export interface MatrixEntry {
  readonly link: string;
  /** The link kind's name; absent for the default kind. */
  readonly kindLabel?: string;
  /** Absent: no source says. */
  readonly level?: ValueView;
  readonly capabilities: readonly { readonly id: string; readonly name: string; readonly value: ValueView }[];
}

export interface MatrixCell {
  readonly platform: string;
  readonly surface: string;
  readonly entries: readonly MatrixEntry[];
}

export interface MatrixRows {
  readonly kind: 'matrix';
  readonly lang: Lang;
  readonly iso: string;
  readonly platforms: readonly { readonly id: string; readonly name: string; readonly href: string }[];
  readonly surfaces: readonly { readonly id: string; readonly name: string }[];
  readonly levels: readonly LevelView[];
  /** Platform by platform, surfaces in reference order. */
  readonly cells: readonly MatrixCell[];
  readonly words: {
    readonly unknown: string;
    readonly level: string;
    readonly platform: string;
    readonly since: string;
    readonly yes: string;
    readonly no: string;
    /** The opinion mark's word, and what it means. */
    readonly opinion: string;
    readonly opinionNote: string;
  };
  /** What the cells' evidence needs in words (the sources and codebook cases they cite). */
  readonly evidence: EvidenceVocabulary;
  readonly text: ChartText;
  /** The table's caption. */
  readonly caption: string;
  /** Every source cited, in order of first citation. */
  readonly sources: readonly string[];
  readonly dataColumns: Vocabulary['chart']['dataColumns'];
}

export function matrixRows(matrix: Matrix, v: Vocabulary): MatrixRows {
  const date = formatDate(matrix.iso, v.lang);
  const sep = LIST_SEPARATOR[v.lang].clauses;
  const cells: MatrixCell[] = [];
  for (const p of v.platforms) {
    for (const s of v.surfaces) {
      const entries = matrix.cells
        .filter((c) => c.platform === p.id && c.surface === s.id)
        .map((c): MatrixEntry => ({
          link: c.link,
          ...(c.link === v.linkKinds[0]?.id ? {} : { kindLabel: nameOf(v.linkKinds, c.link) }),
          ...(c.level ? { level: stateView(v, LEVEL, c.level) } : {}),
          capabilities: v.capabilities.filter((k) => c.capabilities[k.id]).map((k) => ({ id: k.id, name: k.name, value: stateView(v, k.id, c.capabilities[k.id]!) })),
        }));
      cells.push({ platform: p.id, surface: s.id, entries });
    }
  }
  // Every entry a source speaks to, with all it says (levels and capabilities): the rest is "no source".
  const known = cells.flatMap((c) =>
    c.entries
      .map((e) => ({ e, words: valuesInWords(v, e.level, e.capabilities) }))
      .filter(({ words }) => words !== '')
      .map(({ e, words }) => `${nameOf(v.platforms, c.platform)} · ${nameOf(v.surfaces, c.surface)}${e.kindLabel ? ` · ${e.kindLabel}` : ''}${v.lang === 'zh' ? '：' : ': '}${words}`),
  );
  const values = cells.flatMap((c) => c.entries.flatMap((e) => [e.level, ...e.capabilities.map((k) => k.value)]));
  return {
    kind: 'matrix',
    lang: v.lang,
    iso: matrix.iso,
    platforms: v.platforms,
    surfaces: v.surfaces,
    levels: levelViews(v),
    cells,
    words: {
      unknown: v.words.unknown,
      level: v.words.level,
      platform: v.words.platform,
      since: v.words.since,
      yes: v.words.yes,
      no: v.words.no,
      opinion: v.words.opinion,
      opinionNote: v.words.opinionNote,
    },
    evidence: evidenceVocabulary(v, values),
    text: {
      title: fill(v.chart.matrixTitle, { date }),
      subtitle: v.chart.matrixNote,
      alt: fill(v.chart.matrixAlt, { date, summary: known.join(sep) }),
    },
    caption: fill(v.chart.matrixCaption, { date }),
    sources: [...new Set(matrix.cells.flatMap(cellSources))],
    dataColumns: v.chart.dataColumns,
  };
}
