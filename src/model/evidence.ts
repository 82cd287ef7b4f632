import { z } from 'zod';
import { idSchema } from './id.ts';

/** The longest quotation evidence may carry, in characters (Unicode code points). */
export const MAX_QUOTE_LENGTH = 60;

/**
 * One piece of evidence for a treatment statement: a source the statement cites and the
 * words of that source that support it, exactly as the source has them (its own language),
 * short enough to be a marked quotation. The content check finds the words in the source's
 * archived text (content/archive/<source>.txt).
 */
export const evidenceSchema = z.strictObject({
  /** The source quoted: one of the treatment's own `sources`. */
  source: idSchema,
  /** The source's exact words, in its own language; at most 60 characters. */
  quote: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing: copy the supporting words from the source' : 'must be the quoted words, written as text') })
    .trim()
    .min(1, { error: 'is empty: copy the supporting words from the source' }),
});
export type Evidence = z.infer<typeof evidenceSchema>;
