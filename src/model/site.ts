/**
 * The site's own settings (content/site.yaml, required): settings that belong to the content,
 * not to the code. `url`, the public address, is optional: a site without one is credited by
 * name alone (see README, "Deploying"). `earliestYear` bounds the content's dates.
 */
import { z } from 'zod';

export const siteConfigSchema = z.strictObject({
  /** The public address the site is served from, e.g. "https://example.org/" (absent: credited by name alone). */
  url: z
    .string()
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), { message: 'must be an absolute http(s) address, e.g. "https://example.org/"' })
    .refine((s) => !/^(localhost|127\.|\[::1\])/.test(URL.canParse(s) ? new URL(s).hostname : ''), { message: 'must be the public address, not this machine (localhost)' })
    .optional(),
  /** The earliest year a date in the content may have: dates before it are typing mistakes (0021 for 2021). */
  earliestYear: z
    .int({ error: (issue) => (issue.input === undefined ? 'is missing: the first year the content may date anything, e.g. 2000' : 'must be a whole number, a year such as 2000') })
    .min(1000, { error: 'must be a year written with four digits' })
    .max(9999, { error: 'must be a year written with four digits' }),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Where it lives, relative to the content folder. */
export const SITE_FILE = 'site.yaml';
