import { z } from 'zod';
import { formatCalendarDate, parseCalendarDate } from './calendar-date.ts';

/**
 * YAML turns some unquoted values into other types before any schema sees them: `2018`
 * becomes a number and `2021-05-19` a Date (and the impossible `2021-02-30` silently
 * becomes 2021-03-02). The content checks read the raw text and catch the impossible
 * ones first; here the harmless conversions are undone so both spellings are accepted.
 */
function fromYaml(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return value;
}

/** A CST calendar date as text, with its precision: "2018", "2020-12", "2021-05-19" or "2021-11-30 00:00". */
export const calendarDateField = z.preprocess(
  fromYaml,
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a date written as text') })
    .transform((text, ctx) => {
      const parsed = parseCalendarDate(text.trim());
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return formatCalendarDate(parsed.value);
    }),
);
