/**
 * The stretch of time the timeline can show: every event, with a margin so marks at the
 * edges are not cut off. Zoom and pan stay inside it. The default view is `first`: all of
 * it, or the busiest year when the events crowd into a small part of it (first-view.ts).
 */
import { firstRange } from './first-view.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { reachDay } from './timeline-event.ts';

export interface DayRange {
  /** First position shown (a day number, fractions allowed). */
  readonly start: number;
  /** Position just after the last one shown (exclusive). */
  readonly end: number;
}

export interface TimelineBounds extends DayRange {
  /** The narrowest range a reader can zoom to, in days. */
  readonly minSpan: number;
  /** The range the timeline opens on (the default view), in whole days. */
  readonly first: DayRange;
}

/** Everything the bounds cover. */
export function wholeRange(bounds: TimelineBounds): DayRange {
  return { start: bounds.start, end: bounds.end };
}

/** The smallest span a reader can zoom to: ten days, enough to label every day. */
export const MIN_SPAN_DAYS = 10;

export function timelineBounds(events: readonly TimelineEvent[]): TimelineBounds {
  if (events.length === 0) return { start: 0, end: 365, minSpan: MIN_SPAN_DAYS, first: { start: 0, end: 365 } };
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, Math.ceil(reachDay(e)), e.end);
  }
  const pad = Math.max(3, Math.round((hi - lo) * 0.015));
  let start = lo - pad;
  let end = hi + pad;
  if (end - start < MIN_SPAN_DAYS * 3) {
    const mid = Math.round((start + end) / 2);
    start = mid - MIN_SPAN_DAYS * 1.5;
    end = mid + MIN_SPAN_DAYS * 1.5;
  }
  return { start, end, minSpan: MIN_SPAN_DAYS, first: firstRange(events, { start, end }, MIN_SPAN_DAYS) };
}

/** How many of the events lie wholly before and wholly after a range (the view's cue that there is more). */
export function outside(events: readonly TimelineEvent[], range: DayRange): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const e of events) {
    if (reachDay(e) < range.start && e.end <= range.start) before++;
    else if (e.start >= range.end) after++;
  }
  return { before, after };
}

/** A range moved and resized as little as possible to lie inside the bounds and be at least minSpan wide. */
export function clampRange(range: DayRange, bounds: TimelineBounds): DayRange {
  const full = bounds.end - bounds.start;
  let span = Math.min(Math.max(range.end - range.start, Math.min(bounds.minSpan, full)), full);
  if (!Number.isFinite(span)) span = full;
  let start = (range.start + range.end) / 2 - span / 2;
  if (!Number.isFinite(start)) start = bounds.start;
  start = Math.min(Math.max(start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/** The range with whole-day edges, as a URL states it. */
export function snapRange(range: DayRange, bounds: TimelineBounds): DayRange {
  const start = Math.round(range.start);
  const end = Math.max(start + 1, Math.round(range.end));
  return clampRange({ start, end }, { ...bounds, start: Math.floor(bounds.start), end: Math.ceil(bounds.end) });
}

export function sameRange(a: DayRange | undefined, b: DayRange | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.start === b.start && a.end === b.end);
}
