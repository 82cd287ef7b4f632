/**
 * Ranges of time as briefings and diffs use them. A range is two days, `from` and `to`:
 * the state at the end of `from` is the baseline, and everything that takes effect after
 * it, up to and including `to`, is in the range — exactly what diff(index, from, to)
 * compares, so a range briefing and the diff page for the same two days agree.
 */
import { calendarDate, firstDay, isoDay, lastDay, type DayNumber, type IsoDay } from '../../model/calendar-date.ts';
import { isDayBound } from '../../model/briefing.ts';
import type { EventData } from '../../model/event.ts';
import { effectiveDay } from '../treatments/index.ts';

type DatedEvent = Pick<EventData, 'date' | 'effective'>;

export interface DayRange {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly fromIso: IsoDay;
  readonly toIso: IsoDay;
}

export function dayRange(from: DayNumber, to: DayNumber): DayRange {
  return { from, to, fromIso: isoDay(from), toIso: isoDay(to) };
}

/**
 * The day a range bound stands for. An event as `from` starts the range just before it
 * takes effect (so the event is inside); as `to`, the day it takes effect. A day is itself.
 * Undefined for an event id that does not exist.
 */
export function boundDay(bound: string, side: 'from' | 'to', events: ReadonlyMap<string, DatedEvent>): DayNumber | undefined {
  if (isDayBound(bound)) return firstDay(calendarDate(bound));
  const event = events.get(bound);
  if (!event) return undefined;
  const day = effectiveDay(event);
  return side === 'from' ? day - 1 : day;
}

/** Whether an event belongs to a range: the days it covers, from its date to when it took effect, meet (from, to]. */
export function inRange(event: DatedEvent, range: Pick<DayRange, 'from' | 'to'>): boolean {
  const start = firstDay(calendarDate(event.date));
  const end = lastDay(calendarDate(event.effective ?? event.date));
  return start <= range.to && end > range.from;
}

/** The events of a range, in the order given (time order when sorted). */
export function eventsInRange<T extends { data: DatedEvent }>(events: readonly T[], range: Pick<DayRange, 'from' | 'to'>): T[] {
  return events.filter((e) => inRange(e.data, range));
}
