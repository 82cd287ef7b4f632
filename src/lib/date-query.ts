/**
 * Reading a date from a URL (?at=, ?from=, ?to=) for the matrix and diff pages: every bad
 * value becomes a precise, explainable issue and a sensible day to show instead — never a
 * blank page. Pure; the pages turn issues into words.
 */
import { daysInMonth, dayNumber, isoDay, type DayNumber } from '../model/calendar-date.ts';

export type DateIssue =
  | { readonly code: 'not-a-date'; readonly value: string }
  | { readonly code: 'no-such-month'; readonly value: string; readonly month: number }
  | { readonly code: 'no-such-day'; readonly value: string; readonly year: number; readonly month: number; readonly days: number }
  | { readonly code: 'before-data'; readonly day: DayNumber; readonly first: DayNumber }
  | { readonly code: 'future'; readonly day: DayNumber; readonly today: DayNumber };

export interface Bounds {
  /** First day a page may show: the first changeDate (for a diff's start, the day before it). */
  readonly first: DayNumber;
  /** Last day with data (the last changeDate). */
  readonly last: DayNumber;
  /** Today in China. */
  readonly today: DayNumber;
}

/**
 * The bounds of the days a page may show, from the dates of change. A state (the matrix)
 * starts on the first date of change; a diff may start the day before it, when nothing was
 * known yet, so that what the first date of change set can be compared.
 */
export function pageBounds(changeDates: readonly DayNumber[], today: DayNumber, kind: 'state' | 'diff'): Bounds {
  return { first: changeDates[0]! - (kind === 'diff' ? 1 : 0), last: changeDates.at(-1)!, today };
}

export interface DayReading {
  /** The day to show. */
  readonly day: DayNumber;
  /** Why the requested value could not be used as given. */
  readonly issue?: DateIssue;
  /** The value was absent: `day` is the default. */
  readonly defaulted: boolean;
  /** The day is after the latest source: later changes are not in the data. */
  readonly afterData: boolean;
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads one date parameter; `fallback` is used when it is missing or unusable. */
export function readDay(value: string | null | undefined, bounds: Bounds, fallback: DayNumber): DayReading {
  const result = (day: DayNumber, issue?: DateIssue, defaulted = false): DayReading => ({
    day,
    defaulted,
    afterData: day > bounds.last,
    ...(issue ? { issue } : {}),
  });
  const text = (value ?? '').trim();
  if (text === '') return result(fallback, undefined, true);
  const m = SHAPE.exec(text);
  if (!m) return result(fallback, { code: 'not-a-date', value: text });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return result(fallback, { code: 'no-such-month', value: text, month });
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return result(fallback, { code: 'no-such-day', value: text, year, month, days });
  const n = dayNumber(year, month, day);
  if (n > bounds.today) return result(bounds.last, { code: 'future', day: n, today: bounds.today });
  if (n < bounds.first) return result(bounds.first, { code: 'before-data', day: n, first: bounds.first });
  return result(n);
}

export interface RangeReading {
  readonly from: DayReading;
  readonly to: DayReading;
  /** The request had from after to; the range shown is swapped. */
  readonly swapped: boolean;
}

/** Reads ?from= and ?to=; defaults are the two latest dates of change. */
export function readRange(
  fromValue: string | null | undefined,
  toValue: string | null | undefined,
  bounds: Bounds,
  defaults: { readonly from: DayNumber; readonly to: DayNumber },
): RangeReading {
  const from = readDay(fromValue, bounds, defaults.from);
  const to = readDay(toValue, bounds, defaults.to);
  if (from.day > to.day) return { from: to, to: from, swapped: true };
  return { from, to, swapped: false };
}

/** The latest date of change at or before a day (the matrix on any day equals the matrix then). */
export function changeDateAtOrBefore(changeDates: readonly DayNumber[], day: DayNumber): DayNumber | undefined {
  let found: DayNumber | undefined;
  for (const m of changeDates) {
    if (m > day) break;
    found = m;
  }
  return found;
}

export { isoDay };
