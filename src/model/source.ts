import { z } from 'zod';
import { calendarDateField } from './date-field.ts';
import { idSchema } from './id.ts';
import { localizedText } from './lang.ts';

/** What kind of text a source is; opinion is always shown as opinion. */
export const SOURCE_KINDS = ['news', 'statement', 'opinion'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A published text that events cite. One YAML file per source in content/sources/. */
export const sourceSchema = z.strictObject({
  /** Stable id that events cite, e.g. "cnbeta-2021-11-29". */
  id: idSchema,
  /** Who published it, in both languages. */
  publisher: localizedText,
  /** The outlet it was read through when that differs from the publisher (e.g. ZAKER). */
  via: localizedText.optional(),
  /** Author as credited by the source (a person, a column or the outlet). */
  author: z.string().trim().min(1).optional(),
  /** The title: `zh` as published, `en` the editors' translation. */
  title: localizedText,
  /** Original language of the text. */
  language: z.enum(['zh', 'en']).default('zh'),
  /** Publication date (CST) with its precision. */
  published: calendarDateField,
  /** Set when the publication date is inferred rather than printed; `publishedNote` says how. */
  publishedApproximate: z.boolean().default(false),
  /** How the publication date was established, when it needs saying. */
  publishedNote: localizedText.optional(),
  /** Where the text can be read, when known. */
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).optional(),
  /** news, statement or opinion. */
  kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
  /** Editors' note on how to read this source (what is opinion, what is hands-on testing). */
  note: localizedText.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
