/**
 * Chart rows made from the content the way the site makes them, without Astro: the
 * validated content as the data layer reads it (src/data/site-content.ts), for tests that
 * draw the specs directly (snapshots).
 */
import { siteContentOf, type SiteContent } from '../../src/data/site-content.ts';
import { vocabulary } from '../../src/data/vocabulary.ts';
import type { Lang } from '../../src/model/lang.ts';
import { content } from './site.ts';

let site: SiteContent | undefined;

/** The content as src/data's builders take it, made as a build makes it. */
export function siteContentForTests(): SiteContent {
  return (site ??= siteContentOf(content()));
}

export const vocabularyFor = (lang: Lang) => vocabulary(siteContentForTests(), lang);
