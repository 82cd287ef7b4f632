/**
 * What the reader's actions do to the view, as pure functions from one view to the next:
 * zoom, pan, pick a range, filter, search, select, and step through events in time order.
 * The browser element maps wheel, drag, pinch, buttons and keys onto these.
 */
import type { DayRange, TimelineBounds } from './bounds.ts';
import { clampRange, sameRange, wholeRange } from './bounds.ts';
import type { Facet, LaneMode, TimelineEvent } from './timeline-event.ts';
import { anchorDay, reachDay } from './timeline-event.ts';
import { NO_FILTERS, type TimelineView } from './view.ts';

/** The range a view shows: its own, or the first view's (see first-view.ts). */
export function viewRange(view: TimelineView, bounds: TimelineBounds): DayRange {
  return view.range ?? bounds.first;
}

/** The view with a range; the first view's range is left out (absent means the default). */
function withRange(view: TimelineView, range: DayRange, bounds: TimelineBounds): TimelineView {
  const clamped = clampRange(range, bounds);
  const { range: _old, ...rest } = view;
  return sameRange(clamped, bounds.first) ? rest : { ...rest, range: clamped };
}

/**
 * Zooms by a factor around a day that stays where it is on screen (the pointer, a pinch's
 * centre, or the middle): factor 2 shows half as many days.
 */
export function zoom(view: TimelineView, bounds: TimelineBounds, factor: number, anchor?: number): TimelineView {
  const { start, end } = viewRange(view, bounds);
  const at = anchor ?? (start + end) / 2;
  const span = Math.min(Math.max((end - start) / factor, bounds.minSpan), bounds.end - bounds.start);
  const share = (at - start) / (end - start);
  return withRange(view, { start: at - share * span, end: at - share * span + span }, bounds);
}

/** Moves the range by a number of days (positive: later). */
export function pan(view: TimelineView, bounds: TimelineBounds, days: number): TimelineView {
  const { start, end } = viewRange(view, bounds);
  return withRange(view, { start: start + days, end: end + days }, bounds);
}

export function setRange(view: TimelineView, bounds: TimelineBounds, range: DayRange): TimelineView {
  return withRange(view, range, bounds);
}

/** Everything the timeline holds (not the first view, which may be only its busiest year). */
export function showAll(view: TimelineView, bounds: TimelineBounds): TimelineView {
  return withRange(view, wholeRange(bounds), bounds);
}

/**
 * The range an animation shows at time `t` (0 at its start, 1 at its end), eased out. `t` is
 * clamped: an animation frame's timestamp can precede the moment the animation started, and a
 * negative `t` would run the range backwards past its start, its end before its start when
 * zooming out (which froze the chart).
 */
export function tweenRange(from: DayRange, to: DayRange, t: number): DayRange {
  const k = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 1));
  const e = 1 - (1 - k) ** 3;
  return { start: from.start + (to.start - from.start) * e, end: from.end + (to.end - from.end) * e };
}

export function select(view: TimelineView, id: string | undefined): TimelineView {
  const { event: _old, ...rest } = view;
  return id === undefined ? rest : { ...rest, event: id };
}

export function setLanes(view: TimelineView, lanes: LaneMode): TimelineView {
  return { ...view, lanes };
}

export function setFacet(view: TimelineView, facet: Facet, id: string, on: boolean): TimelineView {
  const current = view.filters[facet].filter((x) => x !== id);
  return { ...view, filters: { ...view.filters, [facet]: on ? [...current, id] : current } };
}

export function setQuery(view: TimelineView, query: string): TimelineView {
  return { ...view, query };
}

export function clearFilters(view: TimelineView): TimelineView {
  return { ...view, filters: NO_FILTERS, query: '' };
}

/**
 * The event after (or before) one, among the shown events in time order. Without a current
 * event, stepping forward starts at the first event in view and backward at the last.
 */
export function step(
  events: readonly TimelineEvent[],
  current: string | undefined,
  direction: 'next' | 'previous' | 'first' | 'last',
  range?: DayRange,
): TimelineEvent | undefined {
  if (events.length === 0) return undefined;
  if (direction === 'first') return events[0];
  if (direction === 'last') return events.at(-1);
  const i = current === undefined ? -1 : events.findIndex((e) => e.id === current);
  if (i < 0) {
    const inView = range ? events.filter((e) => anchorDay(e) >= range.start && anchorDay(e) <= range.end) : events;
    const pool = inView.length ? inView : events;
    return direction === 'next' ? pool[0] : pool.at(-1);
  }
  return events[Math.min(events.length - 1, Math.max(0, i + (direction === 'next' ? 1 : -1)))];
}

/**
 * The view moved so an event is in sight: unchanged when some of it already is (away from
 * the very edges), else panned (same zoom) to put the event's start a third of the way in.
 */
export function reveal(view: TimelineView, bounds: TimelineBounds, e: TimelineEvent): TimelineView {
  const { start, end } = viewRange(view, bounds);
  const at = anchorDay(e);
  const margin = (end - start) * 0.04;
  if (reachDay(e) >= start + margin && at <= end - margin) return view;
  const span = end - start;
  return withRange(view, { start: at - span / 3, end: at - span / 3 + span }, bounds);
}
