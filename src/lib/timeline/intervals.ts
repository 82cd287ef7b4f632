/**
 * Calendar periods on day numbers (src/model/calendar-date.ts): days, months and years, and
 * every k-th of them, counted as d3-time counts them. Every k days starts again on the 1st of
 * each month; every k months falls on months whose index is a multiple of k (every 3: Jan,
 * Apr, Jul, Oct); every k years on years that are multiples of k. The axis and the overview
 * work in whole days, so their ticks are day arithmetic rather than a trip through `Date`
 * and d3-time (whose one module cost the timeline's page about 1 KB gzipped).
 * tests/unit/timeline-intervals.test.ts checks them against d3-time day by day.
 */
import { dayNumber, type DayNumber } from '../../model/calendar-date.ts';

export interface DayInterval {
  /** The start of the period containing a day. */
  floor(day: DayNumber): DayNumber;
  /** The start of the period after the one starting on `start`. */
  next(start: DayNumber): DayNumber;
}

/** Year, month (1–12) and day of month of a day number. */
function civil(day: DayNumber): [number, number, number] {
  const d = new Date(day * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Every k days from the 1st of each month. */
export function days(k: number): DayInterval {
  return {
    floor: (day) => day - ((civil(day)[2] - 1) % k),
    next(start) {
      const [y, m] = civil(start);
      const monthEnd = dayNumber(y, m + 1, 1);
      return start + k < monthEnd ? start + k : monthEnd;
    },
  };
}

/** Every k months, on months whose index (January = 0) is a multiple of k. */
export function months(k: number): DayInterval {
  return {
    floor(day) {
      const [y, m] = civil(day);
      return dayNumber(y, m - ((m - 1) % k), 1);
    },
    next(start) {
      const [y, m] = civil(start);
      // The count starts again each January (so every 5 months: Jan, Jun, Nov, Jan).
      return m + k <= 12 ? dayNumber(y, m + k, 1) : dayNumber(y + 1, 1, 1);
    },
  };
}

/** Every k years, on years that are multiples of k. */
export function years(k: number): DayInterval {
  return {
    floor: (day) => dayNumber(Math.floor(civil(day)[0] / k) * k, 1, 1),
    next: (start) => dayNumber(civil(start)[0] + k, 1, 1),
  };
}

/**
 * The starts of the periods from the one containing `from` to the first one starting after
 * `to`'s day: each period between two neighbours.
 */
export function boundaries(interval: DayInterval, from: number, to: number): DayNumber[] {
  const stop = Math.ceil(to) + 1;
  let day = interval.floor(Math.floor(from));
  const out = [day];
  while (day < stop) out.push((day = interval.next(day)));
  return out;
}
