/** The date a body of events runs to: the last day any of them covers, as announced or as it took effect. */
import { calendarDate, lastDay, type DayNumber } from '../../model/calendar-date.ts';
import type { EventData } from '../../model/event.ts';

export function dataAsOf(events: readonly { readonly data: Pick<EventData, 'date' | 'effective'> }[]): DayNumber | undefined {
  let last: DayNumber | undefined;
  for (const { data } of events) {
    for (const date of [data.date, data.effective]) {
      if (date === undefined) continue;
      const day = lastDay(calendarDate(date));
      if (last === undefined || day > last) last = day;
    }
  }
  return last;
}
