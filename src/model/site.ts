import { z } from 'zod';

/**
 * The site's configuration (content/site.yaml): settings that belong to the content, not to
 * the code, so another history can be charted by editing content.
 */
export const siteSchema = z.strictObject({
  /** The public origin the site is served from, e.g. "https://example.org" (absent: not yet published). */
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address, e.g. "https://example.org"' }).optional(),
  /** The earliest year a date in the content may have: dates before it are typing mistakes (0021 for 2021). */
  earliestYear: z.int({ error: 'must be a whole number, a year such as 2000' }).min(1000, { error: 'must be a year written with four digits' }).max(9999, { error: 'must be a year written with four digits' }),
});
export type SiteConfig = z.infer<typeof siteSchema>;

/** Where it lives, relative to the content folder. */
export const SITE_FILE = 'site.yaml';
