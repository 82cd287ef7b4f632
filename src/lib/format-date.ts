/**
 * Calendar dates as readers see them, in each language, at the date's own precision:
 * "2021年5月14日" / "14 May 2021", "2020年12月" / "December 2020", "2018年" / "2018".
 * Formatting goes through UTCDate, so the machine's and reader's time zones never matter.
 */
import { UTCDate } from '@date-fns/utc';
// Each by its own path: 'date-fns' and 'date-fns/locale' load every function and every
// language (over 800 files), which the build's server code loads as they are, unbundled.
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { CalendarDate } from '../model/calendar-date.ts';
import { calendarDate } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';

const PATTERNS: Record<Lang, Record<CalendarDate['precision'], string>> = {
  zh: { year: "yyyy'年'", month: "yyyy'年'M'月'", day: "yyyy'年'M'月'd'日'" },
  en: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' },
};
const SHORT: Record<Lang, Record<CalendarDate['precision'], string>> = {
  zh: { year: "yyyy'年'", month: "yyyy'年'M'月'", day: "M'月'd'日'" },
  en: { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM' },
};
const LOCALES = { zh: zhCN, en: enGB } as const;

function toUtc(d: CalendarDate): UTCDate {
  return new UTCDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, 0, d.minutes ?? 0);
}

/** A date in full, at its precision, with the CST time of day when one is given. */
export function formatDate(date: CalendarDate | string, lang: Lang): string {
  const d = typeof date === 'string' ? calendarDate(date) : date;
  const text = format(toUtc(d), PATTERNS[lang][d.precision], { locale: LOCALES[lang] });
  if (d.minutes === undefined) return text;
  const time = format(toUtc(d), 'HH:mm');
  return lang === 'zh' ? `${text} ${time}（北京时间）` : `${text}, ${time} CST`;
}

/** A compact form for lists, where the year is shown separately (day precision omits it). */
export function formatShortDate(date: CalendarDate | string, lang: Lang): string {
  const d = typeof date === 'string' ? calendarDate(date) : date;
  return format(toUtc(d), SHORT[lang][d.precision], { locale: LOCALES[lang] });
}

/** The machine-readable value for <time datetime>: "2018", "2020-12", "2021-05-19" or "2021-11-30T00:00+08:00". */
export function datetimeAttribute(date: CalendarDate | string): string {
  const d = typeof date === 'string' ? calendarDate(date) : date;
  const pad = (n: number) => String(n).padStart(2, '0');
  let s = String(d.year).padStart(4, '0');
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.day !== undefined) s += `-${pad(d.day)}`;
  if (d.minutes !== undefined) s += `T${pad(Math.floor(d.minutes / 60))}:${pad(d.minutes % 60)}+08:00`;
  return s;
}
