/**
 * Dates against the calendar the site covers: years from the site's earliest year (a year
 * such as 0021 is a typing mistake for 2021), nothing after today in China (a source cannot
 * be published, nor an event happen, in the future), and an event's effective time not before
 * its announcement — on the same day, their times decide.
 */
import { firstDay, isoDay, lastDay, parseCalendarDate, parseIsoDay, type CalendarDate, type IsoDay } from '../model/calendar-date.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

export interface Calendar {
  /** From content/site.yaml. */
  readonly earliestYear: number;
  /** Today in China Standard Time, "YYYY-MM-DD" (injected, so tests never depend on the day they run). */
  readonly today: IsoDay;
}

/** The date a raw YAML value names, when it is a valid date (other problems are the schema's). */
export function rawDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const parsed = parseCalendarDate(String(value).trim());
  return parsed.ok ? parsed.value : undefined;
}

/** Problems with the dates at these paths of a file's data (the paths that hold a valid date). */
export function calendarProblems(
  file: string,
  data: unknown,
  yaml: YamlSource,
  paths: readonly (readonly (string | number)[])[],
  calendar: Calendar,
): Problem[] {
  const problems: Problem[] = [];
  const today = parseIsoDay(calendar.today);
  for (const path of paths) {
    const value = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
    const date = rawDate(value);
    if (!date) continue;
    const line = yaml.lineOf(path);
    const at = { file, field: fieldPath(path), ...(line === undefined ? {} : { line }) };
    if (date.year < calendar.earliestYear) {
      problems.push({ ...at, message: `"${String(value)}" is in the year ${String(date.year).padStart(4, '0')}, before ${calendar.earliestYear}, the earliest year the site covers (content/site.yaml): check the year` });
    } else if (firstDay(date) > today) {
      problems.push({ ...at, message: `"${String(value)}" is after today (${calendar.today}, China Standard Time): the content records what has happened; check the date` });
    }
  }
  return problems;
}

/**
 * An event takes effect no earlier than it is announced: its effective date may not end
 * before the announcement's first day, and on the same day an effective time may not come
 * before an announcement time.
 */
export function effectiveProblem(file: string, data: Record<string, unknown>, yaml: YamlSource): Problem | undefined {
  const announced = rawDate(data.date);
  const effective = rawDate(data.effective);
  if (!announced || !effective) return undefined;
  const line = yaml.lineOf(['effective']);
  const at = { file, field: 'effective', ...(line === undefined ? {} : { line }) };
  if (lastDay(effective) < firstDay(announced)) {
    return { ...at, message: `${String(data.effective)} is before the announcement date ${String(data.date)}: an event cannot take effect before it is announced` };
  }
  const sameDay = effective.precision === 'day' && announced.precision === 'day' && firstDay(effective) === firstDay(announced);
  if (sameDay && effective.minutes !== undefined && announced.minutes !== undefined && effective.minutes < announced.minutes) {
    return { ...at, message: `${String(data.effective)} is earlier on ${isoDay(firstDay(announced))} than the announcement at ${String(data.date)}: an event cannot take effect before it is announced` };
  }
  return undefined;
}
