/**
 * Each date of change with what happens on it: the date as the sources give it (of its first
 * statement, e.g. "2018" for a change known only to the year) and the events taking effect,
 * in the index's order. The matrix and diff pages list these; the diff page's event pickers
 * are filled from them in the browser.
 */
import { isoDay, type DayNumber } from '../../model/calendar-date.ts';
import type { TreatmentIndex } from './treatment-index.ts';

export interface DayOfChange {
  readonly day: DayNumber;
  readonly iso: string;
  /** The date as the first statement of the day gives it. */
  readonly date: string;
  readonly events: readonly string[];
}

export function changesByDay(index: TreatmentIndex): DayOfChange[] {
  const byDay = new Map<DayNumber, { date: string; events: Set<string> }>();
  for (const s of index.statements) {
    const here = byDay.get(s.day);
    if (here) here.events.add(s.event);
    else byDay.set(s.day, { date: s.date, events: new Set([s.event]) });
  }
  return index.changeDates.map((day) => {
    const here = byDay.get(day);
    return { day, iso: isoDay(day), date: here?.date ?? isoDay(day), events: [...(here?.events ?? [])] };
  });
}
