/**
 * The interface text the timeline needs in the browser (and in its build-time render), in
 * the page's language. The texts live in src/i18n/ui.ts; this is the list of keys the page
 * hands the chart, so the browser never loads the whole dictionary.
 */
export const TIMELINE_STRING_KEYS = [
  'timeline.chart.label',
  'timeline.chart.help',
  'timeline.lane.label',
  'timeline.lane.none',
  'timeline.lane.all',
  'timeline.lane.others',
  'timeline.mark.with',
  'timeline.data.actors',
  'timeline.milestone',
  'timeline.more.before',
  'timeline.more.after',
  'timeline.mark.announcedEffective',
  'timeline.cluster.label',
  'timeline.card.alsoIn',
  'timeline.card.hint',
  'timeline.empty',
  'timeline.tall.earlier',
  'timeline.status.count',
  'timeline.status.shown',
  'timeline.status.range',
  'timeline.status.selected',
  'timeline.status.closed',
  'timeline.wheelHint',
  'timeline.filters.count',
  'timeline.filters.remove',
  'timeline.list.filtered',
  'precision.year',
  'precision.month',
  'event.announced',
  'event.effective',
  'event.date',
  'event.opinion',
  'source.kind.news',
  'source.kind.statement',
  'source.kind.opinion',
  'chart.timelineTitle',
  'chart.timelineYearTitle',
  'chart.timelineRangeTitle',
  'chart.timelineNote.actor',
  'chart.timelineNote.platform',
  'chart.altTimeline.actor',
  'chart.altTimeline.platform',
  'chart.altFiltered',
  'timeline.data.title',
  'timeline.data.lanes',
] as const;

export type TimelineStringKey = (typeof TIMELINE_STRING_KEYS)[number];
export type TimelineStrings = Readonly<Record<TimelineStringKey, string>>;

/** A string with its {name} placeholders filled in (the one fill, re-exported for the timeline's modules). */
export { fill } from '../text/fill.ts';

/** The names of the lanes that are not reference items (see lanes.ts). */
export function laneNames(s: TimelineStrings): { none: string; all: string; others: string } {
  return { none: s['timeline.lane.none'], all: s['timeline.lane.all'], others: s['timeline.lane.others'] };
}
