/**
 * The site's own settings (content/site.yaml). `url`, the public address, is optional: a
 * site without one is credited by name alone (see README, "Deploying").
 */
import { z } from 'zod';

export const siteConfigSchema = z.strictObject({
  url: z
    .string()
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), { message: 'must be an absolute http(s) address, e.g. "https://example.org/"' })
    .refine((s) => !/^(localhost|127\.|\[::1\])/.test(URL.canParse(s) ? new URL(s).hostname : ''), { message: 'must be the public address, not this machine (localhost)' })
    .optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
