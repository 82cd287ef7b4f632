/**
 * The range the timeline opens on. When most events fall in one calendar year and the whole
 * history would squeeze them into a small part of the width (a launch in 2018, then nearly
 * everything in 2021), it opens on that year's events instead, and the overview under the
 * chart shows the rest; otherwise (events spread over the years) it opens on everything.
 */
import { dayNumber, dayToUtcDate } from '../../model/calendar-date.ts';
import type { DayRange } from './bounds.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { reachDay } from './timeline-event.ts';

/** Open on the busiest year when its events would take up less than this share of the whole width… */
export const DENSE_SHARE = 0.5;
/** …and it holds at least this share of the events. */
export const BUSY_SHARE = 0.5;

/**
 * The first range, in whole days, inside `whole` (the bounds, whose edges are whole days)
 * and at least `minSpan` days wide.
 */
export function firstRange(events: readonly TimelineEvent[], whole: DayRange, minSpan: number): DayRange {
  if (events.length === 0) return whole;
  const byYear = new Map<number, TimelineEvent[]>();
  // The year of the last event's start and the days it spans: events come in time order, so
  // a date is worked out only when a new year begins.
  let year = NaN;
  let yearStart = Infinity;
  let yearEnd = -Infinity;
  for (const e of events) {
    if (e.start < yearStart || e.start >= yearEnd) {
      year = dayToUtcDate(e.start).getUTCFullYear();
      yearStart = dayNumber(year, 1, 1);
      yearEnd = dayNumber(year + 1, 1, 1);
    }
    const list = byYear.get(year);
    if (list) list.push(e);
    else byYear.set(year, [e]);
  }
  // The busiest year; on a tie, the latest.
  let busiest: TimelineEvent[] = [];
  for (const [, list] of [...byYear].sort((a, b) => a[0] - b[0])) if (list.length >= busiest.length) busiest = list;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of busiest) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end, Math.ceil(reachDay(e)));
  }
  const pad = Math.max(7, Math.round((hi - lo) * 0.04));
  let start = Math.max(whole.start, lo - pad);
  let end = Math.min(whole.end, hi + pad);
  if (end - start < minSpan) {
    const mid = Math.round((start + end) / 2);
    start = Math.max(whole.start, mid - Math.ceil(minSpan / 2));
    end = Math.min(whole.end, start + minSpan);
  }
  if (busiest.length / events.length < BUSY_SHARE || (end - start) / (whole.end - whole.start) >= DENSE_SHARE) return whole;
  return { start, end };
}
