import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids become parts of file names (images/zh/platform-<id>@2x.png, range-<id>.en.pdf): short enough for any file system. */
export const MAX_ID_LENGTH = 64;

/**
 * A stable identifier: lower-case letters, digits and single hyphens. Ids appear in URLs
 * (/events/<id>/) and in other files' references, so they never change once published.
 */
export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .max(MAX_ID_LENGTH, {
    abort: true,
    error: (issue) => `is ${String((issue.input as string).length)} characters long: an id may have at most ${MAX_ID_LENGTH} (it becomes part of URLs and file names); shorten it`,
  })
  .regex(SLUG, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid id: use lower-case letters, digits and single hyphens (e.g. "group-chat-opening")`,
  });
