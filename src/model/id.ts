import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable identifier: lower-case letters, digits and single hyphens. Ids appear in URLs
 * (/events/<id>/) and in other files' references, so they never change once published.
 */
export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .regex(SLUG, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid id: use lower-case letters, digits and single hyphens (e.g. "group-chat-opening")`,
  });
