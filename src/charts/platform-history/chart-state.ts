/**
 * From the treatment engine to the chart's state for one platform: rows per surface (and
 * link kind), columns per date on which the platform's treatment changed or was reported.
 */
import { calendarDate } from '../../model/calendar-date.ts';
import type { Lang } from '../../model/lang.ts';
import { formatShortDate } from '../../lib/format-date.ts';
import { history, type TreatmentIndex } from '../../lib/treatments/index.ts';
import type { HistoryChartState, HistoryColumn, HistoryRow } from './layout.ts';

export interface HistoryInput {
  readonly index: TreatmentIndex;
  readonly platform: string;
  readonly lang: Lang;
  readonly title: string;
  readonly caption: string;
  readonly unknownLabel: string;
  /** The word in an opinion-only cell, and the legend's entry for such cells. */
  readonly opinionWord: string;
  readonly opinionLabel: string;
  /** Column label for a change known only to the year. */
  readonly yearOnlyLabel: string;
  readonly name: {
    readonly surface: (id: string) => string;
    readonly linkKind: (id: string) => string;
    readonly level: (id: string) => string;
  };
  /** Events in the numbering the page uses, with their links. */
  readonly events: ReadonlyMap<string, { readonly n: number; readonly href: string; readonly title: string }>;
}

export function historyChartState(input: HistoryInput): HistoryChartState {
  const { index, platform, lang } = input;
  const cells = history(index, platform);
  const defaultLink = index.dims.linkKinds[0];
  const rows: HistoryRow[] = cells.map((c) => ({
    key: `${c.surface}|${c.link}`,
    // A surface's other link kinds sit under it, indented.
    label: c.link === defaultLink ? input.name.surface(c.surface) : input.name.linkKind(c.link),
    indent: c.link !== defaultLink,
    periods: c.periods.map((p) => ({
      from: p.from,
      ...(p.until !== undefined ? { until: p.until } : {}),
      ...(p.state.level ? { level: p.state.level.value, opinion: p.state.level.opinion } : {}),
    })),
  }));

  const statements = index.statements.filter((s) => s.platform === platform);
  const days = [...new Set(statements.map((s) => s.day))].sort((a, b) => a - b);
  let lastYear = '';
  const columns: HistoryColumn[] = days.map((day) => {
    const here = statements.filter((s) => s.day === day);
    const date = calendarDate(here[0]!.date);
    const year = String(date.year);
    const showYear = year !== lastYear;
    lastYear = year;
    const events = [...new Set(here.map((s) => s.event))]
      .map((id) => input.events.get(id))
      .filter((e): e is NonNullable<typeof e> => e !== undefined)
      .sort((a, b) => a.n - b.n);
    const label = date.precision === 'year' ? input.yearOnlyLabel : formatShortDate(date, lang);
    return { day, label, ...(showYear ? { year: lang === 'zh' ? `${year}年` : year } : {}), events };
  });

  return {
    title: input.title,
    rows,
    columns,
    levels: index.dims.levels.map((id) => ({ id, name: input.name.level(id) })),
    unknownLabel: input.unknownLabel,
    opinionWord: input.opinionWord,
    opinionLabel: input.opinionLabel,
    caption: input.caption,
  };
}
