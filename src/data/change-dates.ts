/**
 * Dates of change (changeDates) as pages show them: the day, its text, and the events that
 * take effect on it.
 */
import { formatDate } from '../lib/format-date.ts';
import { changesByDay, type DayOfChange } from '../lib/treatments/index.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { oncePerLanguage } from './once-per-language.ts';

export interface ChangeDate extends DayOfChange {
  /** The date as the events give it, in the page's language. */
  readonly label: string;
}

/** Every date of change, in order; made once per content and language (every matrix and diff page reads them). */
export const changeDates: (content: SiteContent, lang: Lang) => readonly ChangeDate[] = oncePerLanguage((content, lang) =>
  changesByDay(content.treatments).map((c) => ({ ...c, label: formatDate(c.date, lang) })),
);
