/**
 * Calendar dates in China Standard Time, with a precision.
 *
 * Every date on the site is a calendar date in CST (UTC+8) as the sources give it:
 * a year ("2018"), a month ("2020-12") or a day ("2021-05-19"), optionally with a
 * CST time of day ("2021-11-30 00:00"). They are never converted through the
 * machine's or the reader's time zone: arithmetic works on whole day numbers, and
 * the only `Date` objects made are UTC midnights that stand for a calendar day.
 */

export type Precision = 'year' | 'month' | 'day';

/** A parsed calendar date. `month` and `day` are present when the precision covers them. */
export interface CalendarDate {
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  /** Minutes after CST midnight, when the source gives a time of day. */
  readonly minutes?: number;
}

/** A whole day, counted from 1970-01-01 (day 0). Independent of any time zone. */
export type DayNumber = number;

/** An ISO calendar day "YYYY-MM-DD" in CST. */
export type IsoDay = string;

export type ParseResult = { ok: true; value: CalendarDate } | { ok: false; error: string };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[ T](\d{2}):(\d{2}))?)?)?$/;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const FORMAT_HELP = 'write it as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time may follow a day: "YYYY-MM-DD HH:mm", China Standard Time)';

/** Parses the text form of a date; the error says what is wrong in words an editor can act on. */
export function parseCalendarDate(text: string): ParseResult {
  const m = SHAPE.exec(text);
  if (!m) {
    return { ok: false, error: `"${text}" is not a date in a supported form: ${FORMAT_HELP}` };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, value: { precision: 'year', year } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { ok: false, error: `"${text}" is not a real date: there is no month ${month} (months run 01 to 12)` };
  }
  if (m[3] === undefined) return { ok: true, value: { precision: 'month', year, month } };
  const day = Number(m[3]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      error: `"${text}" is not a real date: ${MONTHS_EN[month - 1]} ${year} has ${days} days`,
    };
  }
  if (m[4] === undefined) return { ok: true, value: { precision: 'day', year, month, day } };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) {
    return { ok: false, error: `"${text}" has an impossible time of day ${m[4]}:${m[5]}` };
  }
  return { ok: true, value: { precision: 'day', year, month, day, minutes: hour * 60 + minute } };
}

/** Like parseCalendarDate, for text already known to be valid (content that passed validation). */
export function calendarDate(text: string): CalendarDate {
  const r = parseCalendarDate(text);
  if (!r.ok) throw new RangeError(r.error);
  return r.value;
}

/** Days in a month: the days from its first to the next month's first (dayNumber rolls month 13 into the next year). */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The canonical text form, the inverse of parseCalendarDate. */
export function formatCalendarDate(d: CalendarDate): string {
  let s = pad(d.year, 4);
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.day !== undefined) s += `-${pad(d.day)}`;
  if (d.minutes !== undefined) s += ` ${pad(Math.floor(d.minutes / 60))}:${pad(d.minutes % 60)}`;
  return s;
}

/**
 * The day number of a calendar day. Date.UTC does not consult the local time zone, but reads
 * the years 0–99 as 1900–1999: those are set with setUTCFullYear, which takes years as given.
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  if (year >= 100) return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

/** The first day the date covers: 2021-05 starts on 2021-05-01. */
export function firstDay(d: CalendarDate): DayNumber {
  return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day the date covers: 2021-05 ends on 2021-05-31, 2018 on 2018-12-31. */
export function lastDay(d: CalendarDate): DayNumber {
  if (d.precision === 'year') return dayNumber(d.year, 12, 31);
  if (d.precision === 'month') return dayNumber(d.year, d.month!, daysInMonth(d.year, d.month!));
  return firstDay(d);
}

/** "YYYY-MM-DD" of a day number. */
export function isoDay(n: DayNumber): IsoDay {
  const date = new Date(n * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Day number of an ISO day; throws on anything that is not a real "YYYY-MM-DD". */
export function parseIsoDay(text: IsoDay): DayNumber {
  const r = parseCalendarDate(text);
  if (!r.ok) throw new RangeError(r.error);
  if (r.value.precision !== 'day' || r.value.minutes !== undefined) {
    throw new RangeError(`"${text}" is not a single day in the form YYYY-MM-DD`);
  }
  return firstDay(r.value);
}

/**
 * A `Date` at UTC midnight standing for the calendar day, for d3's UTC scales and intervals
 * (scaleUtc, utcMonth…), which read it only through getUTC*. Never read it with local getters
 * or hand it to date-fns: src/lib/format-date.ts makes its own UTCDate for that. (A UTCDate
 * here would bring @date-fns/utc, whose module patches Date's prototype when loaded and so
 * can never be left out, into every page that draws a timeline.)
 */
export function dayToUtcDate(n: DayNumber): Date {
  return new Date(n * 86_400_000);
}

/** The calendar day such a UTC-midnight `Date` stands for. */
export function utcDateToDay(date: Date): DayNumber {
  return Math.floor(date.getTime() / 86_400_000);
}

/**
 * Orders dates by the first day they cover; at the same first day, coarser dates first
 * (a "2021-09" span opens before the events of 2021-09-01), then by time of day.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return (
    firstDay(a) - firstDay(b) ||
    rank[a.precision] - rank[b.precision] ||
    (a.minutes ?? -1) - (b.minutes ?? -1)
  );
}

/**
 * Made on first use: the first Intl.DateTimeFormat with a time zone in a page loads the
 * browser's time-zone data (30–76 ms in headless Chromium here), and every page script that
 * imports this module would otherwise pay it before its first line runs.
 */
let chinaDay: Intl.DateTimeFormat | undefined;

/** Today's calendar day in China, whatever the machine's time zone. */
export function chinaToday(now: Date = new Date()): IsoDay {
  chinaDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  return chinaDay.format(now);
}

/** The instant a CST calendar date (and time, if any) begins, for feeds and machine-readable output. */
export function chinaInstant(d: CalendarDate): Date {
  const minutes = d.minutes ?? 0;
  return new Date(firstDay(d) * 86_400_000 + (minutes - 8 * 60) * 60_000);
}

/** ISO 8601 with the +08:00 offset, e.g. "2021-11-30T00:00:00+08:00". */
export function chinaIsoString(d: CalendarDate): string {
  const minutes = d.minutes ?? 0;
  return `${isoDay(firstDay(d))}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`;
}
