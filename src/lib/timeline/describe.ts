/**
 * Words for what the chart draws: each mark's accessible name, cluster descriptions, the
 * hover card's lines. Shared by the build-time render and the browser so both say the same.
 */
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';
import { formatDay } from './day-label.ts';
import { fill, type TimelineStrings } from './strings.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { sameRange, type DayRange } from './bounds.ts';
import { hasFilters, type TimelineView } from './view.ts';

/** "14 May 2021, announced …, effective …" with "(month only)" for coarse dates. */
export function describeDate(e: TimelineEvent, s: TimelineStrings, lang: Lang): string {
  const precision = e.precision === 'day' ? '' : lang === 'zh' ? `（${s[`precision.${e.precision}`]}）` : ` (${s[`precision.${e.precision}`]})`;
  const date = `${e.dateLabel}${precision}`;
  return e.effectiveLabel ? fill(s['timeline.mark.announcedEffective'], { date, effective: e.effectiveLabel }) : date;
}

/**
 * The accessible name of an event's mark: title, then when; a milestone's label; for an
 * event shared by many actors and drawn once, who took part.
 */
export function describeEvent(e: TimelineEvent, s: TimelineStrings, lang: Lang, sharedWith?: readonly string[]): string {
  const opinion = e.opinion ? (lang === 'zh' ? `（${s['event.opinion']}）` : ` (${s['event.opinion']})`) : '';
  const sep = LIST_SEPARATOR[lang].clauses;
  const milestone = e.milestone ? `${sep}${s['timeline.milestone']}${lang === 'zh' ? '：' : ': '}${e.milestone}` : '';
  const shared = sharedWith?.length ? `${sep}${fill(s['timeline.mark.with'], { names: sharedWith.join(LIST_SEPARATOR[lang].names) })}` : '';
  return `${e.title}${opinion}${lang === 'zh' ? '，' : ' — '}${describeDate(e, s, lang)}${milestone}${shared}`;
}

/** "12 events, March 2019 – May 2019. Zoom in to see them." */
export function describeCluster(count: number, first: number, last: number, s: TimelineStrings, lang: Lang): string {
  const unit = last - first > 62 ? 'month' : 'day';
  return fill(s['timeline.cluster.label'], { n: count, from: formatDay(first, unit, lang), to: formatDay(Math.ceil(last) - 1, unit, lang) });
}

/** What a view of the timeline says about itself: title, the note on its lanes and marks, alt text. */
export function describeView(
  shown: { readonly events: readonly TimelineEvent[]; readonly lanes: { readonly lanes: readonly { readonly name: string }[] } },
  range: DayRange,
  view: TimelineView,
  s: TimelineStrings,
  lang: Lang,
  o: { readonly year?: number | undefined; readonly filterNames?: readonly string[]; readonly whole?: DayRange | undefined } = {},
): { title: string; note: string; alt: string } {
  const from = formatDay(Math.floor(range.start), 'day', lang);
  const to = formatDay(Math.ceil(range.end) - 1, 'day', lang);
  const filtered = hasFilters(view);
  const title =
    o.year !== undefined && !filtered
      ? fill(s['chart.timelineYearTitle'], { year: o.year })
      : !filtered && o.whole !== undefined && sameRange(range, o.whole)
        ? s['chart.timelineTitle']
        : fill(s['chart.timelineRangeTitle'], { from, to });
  const inRange = shown.events.filter((e) => e.end > range.start && e.start < range.end).length;
  const lanes = shown.lanes.lanes.map((l) => l.name).join(LIST_SEPARATOR[lang].names);
  const names = [...(o.filterNames ?? []), ...(view.query.trim() ? [`“${view.query.trim()}”`] : [])];
  const alt = fill(s[`chart.altTimeline.${view.lanes}`], { n: inRange, from, to, lanes }) + (names.length ? fill(s['chart.altFiltered'], { filters: names.join(LIST_SEPARATOR[lang].names) }) : '');
  return { title, note: s[`chart.timelineNote.${view.lanes}`], alt };
}
