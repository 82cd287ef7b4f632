/**
 * Words for what the chart draws: each mark's accessible name, cluster descriptions, the
 * hover card's lines. Shared by the build-time render and the browser so both say the same.
 */
import type { Lang } from '../../model/lang.ts';
import { formatDay } from './day-label.ts';
import { fill, type TimelineStrings } from './strings.ts';
import type { TimelineEvent } from './timeline-event.ts';

/** "14 May 2021, announced …, effective …" with "(month only)" for coarse dates. */
export function describeDate(e: TimelineEvent, s: TimelineStrings, lang: Lang): string {
  const precision = e.precision === 'day' ? '' : lang === 'zh' ? `（${s[`precision.${e.precision}`]}）` : ` (${s[`precision.${e.precision}`]})`;
  const date = `${e.dateLabel}${precision}`;
  return e.effectiveLabel ? fill(s['timeline.mark.announcedEffective'], { date, effective: e.effectiveLabel }) : date;
}

/** The accessible name of an event's mark: title, then when. */
export function describeEvent(e: TimelineEvent, s: TimelineStrings, lang: Lang): string {
  const opinion = e.opinion ? (lang === 'zh' ? `（${s['event.opinion']}）` : ` (${s['event.opinion']})`) : '';
  return `${e.title}${opinion}${lang === 'zh' ? '，' : ' — '}${describeDate(e, s, lang)}`;
}

/** "12 events, March 2019 – May 2019. Zoom in to see them." */
export function describeCluster(count: number, first: number, last: number, s: TimelineStrings, lang: Lang): string {
  const unit = last - first > 62 ? 'month' : 'day';
  return fill(s['timeline.cluster.label'], { n: count, from: formatDay(first, unit, lang), to: formatDay(Math.ceil(last) - 1, unit, lang) });
}
