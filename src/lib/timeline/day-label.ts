/**
 * Day numbers as readers see them on the axis and in range labels, in both languages, read
 * through UTC so no time zone shifts them. The full forms match format-date.ts exactly (the
 * unit tests check it); this file exists so the browser need not load date-fns' locales.
 */
import type { Lang } from '../../model/lang.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DayParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function dayParts(day: number): DayParts {
  const d = new Date(Math.floor(day) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export type LabelUnit = 'year' | 'month' | 'day';

/** "2021" / "2021年", "September 2021" / "2021年9月", "17 September 2021" / "2021年9月17日". */
export function formatDay(day: number, unit: LabelUnit, lang: Lang): string {
  const { year, month, day: date } = dayParts(day);
  if (lang === 'zh') {
    if (unit === 'year') return `${year}年`;
    if (unit === 'month') return `${year}年${month}月`;
    return `${year}年${month}月${date}日`;
  }
  if (unit === 'year') return String(year);
  if (unit === 'month') return `${MONTHS_EN[month - 1]} ${year}`;
  return `${date} ${MONTHS_EN[month - 1]} ${year}`;
}

/** Axis tick text without the context the axis shows above it: "2021"/"2021年", "Sep"/"9月", "17"/"17日". */
export function formatTick(day: number, unit: LabelUnit, lang: Lang): string {
  const { year, month, day: date } = dayParts(day);
  if (unit === 'year') return lang === 'zh' ? `${year}年` : String(year);
  if (unit === 'month') return lang === 'zh' ? `${month}月` : MONTHS_EN[month - 1]!.slice(0, 3);
  return lang === 'zh' ? `${date}日` : String(date);
}

/** A range of whole days, inclusive of `last`: "1 September 2021 – 31 December 2021". */
export function formatDayRange(first: number, last: number, lang: Lang): string {
  return `${formatDay(first, 'day', lang)} – ${formatDay(last, 'day', lang)}`;
}
