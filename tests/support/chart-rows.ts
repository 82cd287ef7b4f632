/**
 * Chart rows made from the content the way the site makes them, without Astro: the
 * validated content in the shape the data layer reads (events as entries), for tests that
 * draw the specs directly (snapshots).
 */
import type { SiteContent } from '../../src/data/content.ts';
import { vocabulary } from '../../src/data/vocabulary.ts';
import type { Lang } from '../../src/model/lang.ts';
import { content, treatmentIndex } from './site.ts';

let site: SiteContent | undefined;

/** The content as src/data's builders take it (only what they read is filled in). */
export function siteContentForTests(): SiteContent {
  if (!site) {
    const c = content();
    const events = c.events.map((e) => ({ data: e.data })) as unknown as SiteContent['events'];
    site = {
      events,
      eventById: new Map(events.map((e) => [e.data.id, e])),
      sources: [...c.sources].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0)),
      sourceById: new Map(c.sources.map((s) => [s.id, s])),
      reference: c.reference,
      treatments: treatmentIndex(),
    } as unknown as SiteContent;
  }
  return site;
}

export const vocabularyFor = (lang: Lang) => vocabulary(siteContentForTests(), lang);
