/**
 * The events a year's timeline can draw or label: those whose time — from the first day of
 * their date to the last day of their date or of their effective date — comes within
 * REACH_DAYS of the year. A year's chart draws the events whose marks reach into the year,
 * and a mark reaches a little past its day (its radius, a few days at a year's zoom), so the
 * margin keeps in an event of 31 December the year before. What a year's chart shows of any
 * other event (counts, lanes, milestones' labels) does not read its title, so an edit to a
 * title outside this list leaves the year's chart as it was (tests/unit/chart-keys.test.ts).
 * This holds because a year's chart is drawn with no event focused or selected: a pinned
 * event, drawn out of a crowded box that may straddle the year's edge, would name an event
 * up to a box's width away.
 */
import { calendarDate, dayNumber, firstDay, lastDay } from '../../model/calendar-date.ts';

/** Far more than a mark's radius at any zoom a year's chart is drawn at. */
export const REACH_DAYS = 31;

export interface DatedEvent {
  readonly id: string;
  readonly date: string;
  readonly effective?: string | undefined;
}

/** Ids of the events a year's chart may name, in the order given. */
export function eventsReachingYear(events: readonly DatedEvent[], year: number): string[] {
  const from = dayNumber(year, 1, 1) - REACH_DAYS;
  const to = dayNumber(year + 1, 1, 1) + REACH_DAYS;
  return events
    .filter((e) => {
      const first = firstDay(calendarDate(e.date));
      const last = Math.max(lastDay(calendarDate(e.date)), e.effective ? lastDay(calendarDate(e.effective)) : -Infinity);
      return first < to && last >= from;
    })
    .map((e) => e.id);
}
