import { z } from 'zod';
import { parseCalendarDate } from './calendar-date.ts';
import { idSchema } from './id.ts';
import { localizedText } from './lang.ts';

/** A day written as a range bound: exactly "YYYY-MM-DD". */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Anything that starts like a date is read as one (so "2021-05" gets a date message, not an id one). */
const DATE_LIKE = /^\d{4}(?:-|$)/;

/**
 * One end of a range: an event id, or a CST day. Which event ids exist is checked with
 * the rest of the content (src/validation/check-briefings.ts).
 */
const rangeBound = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be an event id or a day written as text ("YYYY-MM-DD")') })
  .trim()
  .superRefine((text, ctx) => {
    if (!DATE_LIKE.test(text)) {
      const id = idSchema.safeParse(text);
      if (!id.success) ctx.addIssue({ code: 'custom', message: `"${text}" is neither an event id nor a day: write an event id (e.g. "group-chat-opening") or "YYYY-MM-DD"` });
      return;
    }
    const parsed = parseCalendarDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return;
    }
    if (!DAY.test(text)) ctx.addIssue({ code: 'custom', message: `"${text}" is not a single day: a range starts and ends on a day, written "YYYY-MM-DD" (or name an event)` });
  });

/**
 * A briefing on a stretch of time (content/briefings.yaml): what changed between two
 * days, the events in between, and where things stood at the end. Its facts come from
 * the events and the treatment engine; the file only names the range.
 */
export const rangeBriefingSchema = z.strictObject({
  /** Stable id, used in the PDF's file name (range-<id>.zh.pdf); never change it once published. */
  id: idSchema,
  /** Title in both languages: which stretch of the history this is. */
  title: localizedText,
  /** Where the range starts. An event id: just before that event takes effect, so its changes are included. A day "YYYY-MM-DD" (CST): the state at the end of that day is the baseline. */
  from: rangeBound,
  /** Where the range ends. An event id: the day it takes effect, included. A day "YYYY-MM-DD" (CST), included. */
  to: rangeBound,
});
export type RangeBriefing = z.infer<typeof rangeBriefingSchema>;

/** Whether a validated bound names a day (otherwise it names an event). */
export function isDayBound(bound: string): boolean {
  return DAY.test(bound);
}
