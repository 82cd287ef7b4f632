/**
 * The order of events: by date (coarser precision first on the same first day, so a
 * "2021-09" span opens before 2021-09-01), then by the editor's `order`, then by id.
 */
import { calendarDate, compareCalendarDates, firstDay } from '../model/calendar-date.ts';
import type { EventData } from '../model/event.ts';

export function compareEvents(a: EventData, b: EventData): number {
  return (
    compareCalendarDates(calendarDate(a.date), calendarDate(b.date)) ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy. */
export function sortEvents<T extends { data: EventData }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareEvents(a.data, b.data));
}

/** The events before and after one, in time order. */
export function neighbours<T extends { data: EventData }>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const i = positionOf(sorted, id);
  if (i < 0) return {};
  const previous = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

const positions = new WeakMap<readonly { data: EventData }[], Map<string, number>>();

/**
 * An event's place in a list: looked up in a map made once per list (every event page asks,
 * and a search from the start for each was quadratic in the number of events). A list changed
 * since is mapped again.
 */
function positionOf(sorted: readonly { data: EventData }[], id: string): number {
  const fresh = () => {
    const made = new Map<string, number>();
    sorted.forEach((e, i) => made.has(e.data.id) || made.set(e.data.id, i));
    positions.set(sorted, made);
    return made;
  };
  const i = (positions.get(sorted) ?? fresh()).get(id);
  if (i !== undefined && sorted[i]?.data.id === id) return i;
  // Not where the map says (the list changed since): map it again.
  return fresh().get(id) ?? -1;
}

/** Events grouped by the year they start in, years ascending. */
export function groupByYear<T extends { data: EventData }>(sorted: readonly T[]): { year: number; events: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const e of sorted) {
    const year = calendarDate(e.data.date).year;
    const group = groups.get(year);
    if (group) group.push(e);
    else groups.set(year, [e]);
  }
  return [...groups].map(([year, events]) => ({ year, events }));
}

/** First day an event covers, for ranges and feeds. */
export function eventStartDay(e: EventData): number {
  return firstDay(calendarDate(e.date));
}
