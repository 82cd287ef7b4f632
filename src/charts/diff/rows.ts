/**
 * The diff's rows: per platform, one line per surface × link kind × attribute that differs
 * between two days, with the old and new values in words, whether it changed, was only
 * first reported or was ended by a general change, the events and sources behind it, and
 * what stands behind the new value (opinion alone? the sources' words). Made once; the
 * chart, its table, its words and its data read them.
 */
import { fill } from '../../lib/text/fill.ts';
import { formatDate } from '../../lib/format-date.ts';
import { LEVEL, type Diff } from '../../lib/treatments/index.ts';
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';
import { evidenceVocabulary, type EvidenceVocabulary } from '../html/evidence.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';
import { cellLabel, levelViews, supportOf, valueLabel, type LevelView, type Support, type ValueView } from '../shared/value-view.ts';
import type { ChartText } from '../spec.ts';

export interface DiffLine {
  readonly surface: string;
  readonly link: string;
  readonly attribute: string;
  /** "Group chat" or "Group chat · Product links". */
  readonly cellLabel: string;
  /** "Treatment" or the capability's name. */
  readonly attributeLabel: string;
  /** Absent: no source said. */
  readonly before?: ValueView;
  readonly after?: ValueView;
  readonly isLevel: boolean;
  readonly basis: 'change' | 'report';
  /** A general change ended the old value and no source has stated one since. */
  readonly ended: boolean;
  /** "changed", "first reported" or "ended". */
  readonly basisLabel: string;
  /** What stands behind the new value, or behind the ending of the old one (the after value carries the same). */
  readonly support: Support;
  readonly events: readonly { readonly id: string; readonly title: string; readonly href: string; readonly date: string }[];
  readonly sources: readonly string[];
}

export interface DiffGroup {
  readonly platform: { readonly id: string; readonly name: string; readonly href: string };
  readonly lines: readonly DiffLine[];
}

export interface DiffRows {
  readonly kind: 'diff';
  readonly lang: Lang;
  readonly fromIso: string;
  readonly toIso: string;
  readonly groups: readonly DiffGroup[];
  readonly count: number;
  readonly levels: readonly LevelView[];
  readonly words: {
    readonly unknown: string;
    readonly surface: string;
    readonly before: string;
    readonly after: string;
    readonly event: string;
    readonly sources: string;
    readonly reportedNote: string;
    readonly endedNote: string;
    readonly noChanges: string;
    readonly yes: string;
    readonly no: string;
    readonly opinion: string;
    readonly opinionNote: string;
  };
  /** What the lines' evidence needs in words (the sources and codebook cases they cite). */
  readonly evidence: EvidenceVocabulary;
  readonly text: ChartText;
  /** The line above the table ("29 Nov → 30 Nov: 2 differences"). */
  readonly caption: string;
  readonly sources: readonly string[];
  readonly dataColumns: Vocabulary['chart']['dataColumns'];
}

export function diffRows(d: Diff, v: Vocabulary): DiffRows {
  const from = formatDate(d.fromIso, v.lang);
  const to = formatDate(d.toIso, v.lang);
  // The old value is shown struck out; what stood behind it is on the earlier day's pages.
  const value = (attribute: string, raw: string | undefined): ValueView | undefined =>
    raw === undefined ? undefined : { value: raw, label: valueLabel(v, attribute, raw), sources: [], opinion: false, evidence: [], rules: [] };
  const groups = v.platforms
    .map((p) => ({
      platform: p,
      lines: d.rows
        .filter((r) => r.platform === p.id)
        .map((r): DiffLine => {
          const before = value(r.attribute, r.before);
          const after = value(r.attribute, r.after);
          const sources = [...new Set(r.statements.flatMap((s) => s.sources))];
          const support = supportOf(r.support, r.opinion);
          const ended = r.ended === true;
          return {
            surface: r.surface,
            link: r.link,
            attribute: r.attribute,
            cellLabel: cellLabel(v, r.surface, r.link),
            attributeLabel: r.attribute === LEVEL ? v.words.level : nameOf(v.capabilities, r.attribute),
            ...(before ? { before } : {}),
            ...(after ? { after: { ...after, sources, ...support } } : {}),
            isLevel: r.attribute === LEVEL,
            basis: r.basis,
            ended,
            basisLabel: ended ? v.words.ended : r.basis === 'report' ? v.words.reported : v.words.changed,
            support,
            events: [...new Set(r.statements.map((s) => s.event))].map((id) => v.events[id] ?? { id, title: id, href: '', date: '' }),
            sources,
          };
        }),
    }))
    .filter((g) => g.lines.length > 0);
  const n = d.rows.length;
  const opinions = d.rows.filter((r) => r.opinion).length;
  const alt = fill(v.chart.diffAlt, { from, to, n, platforms: groups.map((g) => g.platform.name).join(LIST_SEPARATOR[v.lang].names) });
  return {
    kind: 'diff',
    lang: v.lang,
    fromIso: d.fromIso,
    toIso: d.toIso,
    groups,
    count: n,
    levels: levelViews(v),
    words: {
      unknown: v.words.unknown,
      surface: v.words.surface,
      before: v.words.before,
      after: v.words.after,
      event: v.words.event,
      sources: v.words.sources,
      reportedNote: v.words.reportedNote,
      endedNote: v.words.endedNote,
      noChanges: v.words.noChanges,
      yes: v.words.yes,
      no: v.words.no,
      opinion: v.words.opinion,
      opinionNote: v.words.opinionNote,
    },
    evidence: evidenceVocabulary(
      v,
      groups.flatMap((g) => g.lines.map((l) => l.support)),
    ),
    text: {
      title: fill(v.chart.diffTitle, { from, to }),
      subtitle: fill(v.chart.diffCaption, { from, to, n }),
      alt: opinions > 0 ? `${alt}${v.lang === 'zh' ? '' : ' '}${fill(v.chart.altOpinion, { k: opinions })}` : alt,
    },
    caption: fill(v.chart.diffCaption, { from, to, n }),
    sources: [...new Set(d.rows.flatMap((r) => r.statements.flatMap((s) => s.sources)))],
    dataColumns: v.chart.dataColumns,
  };
}
