/**
 * A platform's history as rows: one per surface (and link kind), with its periods in words
 * (level, capabilities, sources, the events that set them, whether each value rests on
 * opinion alone and the sources' words behind it), and the columns — the dates on
 * which the platform's treatment changed or was reported, with the events of each, numbered
 * as its page lists them. Made once; the chart, its table, its words and its data read them.
 */
import { fill } from '../../lib/text/fill.ts';
import { formatDate, formatShortDate } from '../../lib/format-date.ts';
import { history, LEVEL, type TreatmentIndex } from '../../lib/treatments/index.ts';
import { calendarDate, isoDay, type DayNumber } from '../../model/calendar-date.ts';
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';
import { evidenceVocabulary, type EvidenceVocabulary } from '../html/evidence.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';
import { cellLabel, levelViews, stateView, valuesInWords, type LevelView, type ValueView } from '../shared/value-view.ts';
import type { ChartText } from '../spec.ts';

export interface HistoryPeriod {
  readonly from: DayNumber;
  /** First day it no longer held; absent while current. */
  readonly until?: DayNumber;
  readonly level?: ValueView;
  readonly capabilities: readonly { readonly id: string; readonly name: string; readonly value: ValueView }[];
  /** The capabilities in words ("Opens directly: no (opinion)"; "Opinion · …" when all rest on opinion), for a chart cell with no level. */
  readonly capabilitiesText: string;
  readonly events: readonly { readonly id: string; readonly title: string; readonly href: string }[];
}

export interface HistoryRow {
  readonly key: string;
  readonly surface: string;
  readonly link: string;
  /** The surface's name, or (indented under it) the link kind's. */
  readonly label: string;
  /** Surface and link kind together, for tables and data. */
  readonly fullLabel: string;
  readonly indent: boolean;
  readonly periods: readonly HistoryPeriod[];
}

export interface HistoryColumn {
  readonly day: DayNumber;
  /** Date as shown ("2018", "9月17日"). */
  readonly label: string;
  /** Shown above the label when the year changes (and on the first column). */
  readonly year?: string;
  /** Events dated to this column, numbered as on the page. */
  readonly events: readonly { readonly n: number; readonly href: string; readonly title: string }[];
}

export interface PlatformRows {
  readonly kind: 'platform';
  readonly lang: Lang;
  readonly platform: { readonly id: string; readonly name: string };
  readonly rows: readonly HistoryRow[];
  readonly columns: readonly HistoryColumn[];
  readonly levels: readonly LevelView[];
  readonly words: {
    readonly unknown: string;
    readonly legendUnknown: string;
    readonly columnsNote: string;
    readonly surface: string;
    readonly period: string;
    readonly level: string;
    readonly capabilities: string;
    readonly events: string;
    readonly current: string;
    readonly noData: string;
    readonly yes: string;
    readonly no: string;
    /** Header of the table's evidence column. */
    readonly evidence: string;
    /** The opinion mark's word, what it means, and its legend entry. */
    readonly opinion: string;
    readonly opinionNote: string;
    readonly legendOpinion: string;
    /** The legend's entry for periods with capabilities known but no level. */
    readonly legendStated: string;
  };
  /** What the periods' evidence needs in words (the sources and codebook cases they cite). */
  readonly evidence: EvidenceVocabulary;
  readonly text: ChartText;
  readonly caption: string;
  readonly sources: readonly string[];
  readonly dataColumns: Vocabulary['chart']['dataColumns'];
}

/** A platform's rows; `asOf` is the last day the data describes. */
export function platformRows(index: TreatmentIndex, platform: string, v: Vocabulary, asOf: DayNumber | undefined): PlatformRows {
  const lang = v.lang;
  const name = nameOf(v.platforms, platform);
  const statements = index.statements.filter((s) => s.platform === platform);
  const numbers = new Map([...new Set(statements.map((s) => s.event))].map((id, i) => [id, i + 1]));
  const defaultLink = index.dims.linkKinds[0];
  const rows: HistoryRow[] = history(index, platform).map((c) => ({
    key: `${c.surface}|${c.link}`,
    surface: c.surface,
    link: c.link,
    label: c.link === defaultLink ? nameOf(v.surfaces, c.surface) : nameOf(v.linkKinds, c.link),
    fullLabel: cellLabel(v, c.surface, c.link),
    indent: c.link !== defaultLink,
    periods: c.periods.map((p) => {
      const level = p.state.level;
      const capabilities = v.capabilities.filter((k) => p.state.capabilities[k.id]).map((k) => ({ id: k.id, name: k.name, value: stateView(v, k.id, p.state.capabilities[k.id]!) }));
      const events = [...new Set([level, ...Object.values(p.state.capabilities)].flatMap((a) => (a ? a.statements.filter((s) => s.day >= p.from && (p.until === undefined || s.day < p.until)).map((s) => s.event) : [])))];
      return {
        from: p.from,
        ...(p.until !== undefined ? { until: p.until } : {}),
        ...(level ? { level: stateView(v, LEVEL, level) } : {}),
        capabilities,
        // All resting on opinion: the word first, so it stays when a narrow cell shortens the text.
        capabilitiesText:
          capabilities.length > 0 && capabilities.every((c) => c.value.opinion)
            ? `${v.words.opinion} · ${valuesInWords(v, undefined, capabilities, false)}`
            : valuesInWords(v, undefined, capabilities),
        events: events.map((id) => ({ id, title: v.events[id]?.title ?? id, href: v.events[id]?.href ?? '' })),
      };
    }),
  }));

  const days = [...new Set(statements.map((s) => s.day))].sort((a, b) => a - b);
  let lastYear = '';
  const columns: HistoryColumn[] = days.map((day) => {
    const here = statements.filter((s) => s.day === day);
    const date = calendarDate(here[0]!.date);
    const year = String(date.year);
    const showYear = year !== lastYear;
    lastYear = year;
    const events = [...new Set(here.map((s) => s.event))]
      .map((id) => ({ n: numbers.get(id)!, href: v.events[id]?.href ?? '', title: v.events[id]?.title ?? id }))
      .sort((a, b) => a.n - b.n);
    const label = date.precision === 'year' ? v.chart.yearOnly : formatShortDate(date, lang);
    return { day, label, ...(showYear ? { year: lang === 'zh' ? `${year}年` : year } : {}), events };
  });

  const sep = LIST_SEPARATOR[lang].clauses;
  const summary = rows
    .filter((r) => r.periods.length > 0)
    .map((r) => {
      // A period a general change ended is no longer in force: the cell is unknown now.
      const last = r.periods.at(-1)!;
      const now = last.until === undefined ? valuesInWords(v, last.level, last.capabilities) : '';
      return `${r.fullLabel}${lang === 'zh' ? '：' : ': '}${now || v.words.unknown}`;
    })
    .join(sep);
  return {
    kind: 'platform',
    lang,
    platform: { id: platform, name },
    rows,
    columns,
    levels: levelViews(v),
    words: {
      unknown: v.words.unknown,
      legendUnknown: v.chart.legendUnknown,
      columnsNote: v.chart.columnsNote,
      surface: v.words.surface,
      period: v.chart.period,
      level: v.words.level,
      capabilities: v.chart.capabilities,
      events: v.words.event,
      current: v.chart.current,
      noData: v.words.noData,
      yes: v.words.yes,
      no: v.words.no,
      evidence: v.words.evidence,
      opinion: v.words.opinion,
      opinionNote: v.words.opinionNote,
      legendOpinion: v.chart.legendOpinion,
      legendStated: v.chart.legendStated,
    },
    evidence: evidenceVocabulary(
      v,
      rows.flatMap((r) => r.periods.flatMap((p) => [p.level, ...p.capabilities.map((c) => c.value)])),
    ),
    text: {
      title: fill(v.chart.platformTitle, { name }),
      subtitle: asOf === undefined ? '' : fill(v.chart.asOf, { date: formatDate(isoDay(asOf), lang) }),
      alt: fill(v.chart.platformAlt, { name, summary }),
    },
    caption: fill(v.chart.historyCaption, { name }),
    sources: [...new Set(statements.flatMap((s) => s.sources))],
    dataColumns: v.chart.dataColumns,
  };
}
