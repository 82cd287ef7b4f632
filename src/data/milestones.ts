/**
 * Dates of change (milestones) as pages show them: the day, its text, and the events that
 * take effect on it.
 */
import { formatDate } from '../lib/format-date.ts';
import { isoDay, type DayNumber } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';

export interface Milestone {
  readonly day: DayNumber;
  readonly iso: string;
  /** The date as the events give it, e.g. "2018" for a change known only to the year. */
  readonly label: string;
  readonly events: readonly string[];
}

export function milestones(content: SiteContent, lang: Lang): Milestone[] {
  const index = content.treatments;
  return index.milestones.map((day) => {
    const here = index.statements.filter((s) => s.day === day);
    const events = [...new Set(here.map((s) => s.event))];
    return { day, iso: isoDay(day), label: formatDate(here[0]?.date ?? isoDay(day), lang), events };
  });
}
