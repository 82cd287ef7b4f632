/**
 * Dates of change (changeDates) as pages show them: the day, its text, and the events that
 * take effect on it.
 */
import { formatDate } from '../lib/format-date.ts';
import { isoDay, type DayNumber } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { oncePerLanguage } from './once-per-language.ts';

export interface ChangeDate {
  readonly day: DayNumber;
  readonly iso: string;
  /** The date as the events give it, e.g. "2018" for a change known only to the year. */
  readonly label: string;
  readonly events: readonly string[];
}

/** Every date of change, in order; made once per content and language (matrix and diff pages all list them). */
export const changeDates: (content: SiteContent, lang: Lang) => readonly ChangeDate[] = oncePerLanguage(makeChangeDates);

function makeChangeDates(content: SiteContent, lang: Lang): ChangeDate[] {
  const index = content.treatments;
  const byDay = new Map<DayNumber, (typeof index.statements)[number][]>();
  for (const s of index.statements) {
    const here = byDay.get(s.day);
    if (here) here.push(s);
    else byDay.set(s.day, [s]);
  }
  return index.changeDates.map((day) => {
    const here = byDay.get(day) ?? [];
    const events = [...new Set(here.map((s) => s.event))];
    return { day, iso: isoDay(day), label: formatDate(here[0]?.date ?? isoDay(day), lang), events };
  });
}
