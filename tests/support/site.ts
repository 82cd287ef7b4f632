/**
 * What the browser tests compare the built site with: the same content, checked and sorted
 * by the site's own code, and URLs from the site's own URL module (under BASE_PATH).
 */
import { resolve } from 'node:path';
import { sortEvents } from '../../src/lib/event-order.ts';
import { dimensionsOf, indexTreatments, type TreatmentIndex } from '../../src/lib/treatments/index.ts';
import { href, type Route } from '../../src/lib/urls.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import type { Lang } from '../../src/model/lang.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent, type ValidContent } from '../../src/validation/validate.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BASE = process.env.BASE_PATH ?? '/';
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

let cached: ValidContent | undefined;
/** The content the site was built from (CONTENT_DIR or ./content). */
export function content(): ValidContent {
  if (!cached) {
    const result = validateContent(readContent(resolve(ROOT, process.env.CONTENT_DIR ?? 'content')));
    if (!result.ok) throw new Error('content does not pass its checks');
    cached = { ...result.content, events: sortEvents(result.content.events) };
  }
  return cached;
}

/** The path of a page under the site's base. */
export function url(route: Route, lang: Lang): string {
  return href(route, lang, BASE);
}

/** One representative page of every template, in both languages. */
export function templates(): { name: string; route: Route }[] {
  const first = content().events[0]!.data.id;
  return [
    { name: 'home', route: { page: 'home' } },
    {
      name: 'home with a timeline view',
      route: {
        page: 'home',
        view: {
          range: { start: dayNumber(2021, 9, 1), end: dayNumber(2021, 12, 10) },
          lanes: 'platform',
          filters: { platform: ['taobao'], surface: [], actor: [], tag: [] },
          query: '',
          event: 'group-chat-opening',
        },
      },
    },
    { name: 'event', route: { page: 'event', id: first } },
    { name: 'sources', route: { page: 'sources' } },
    { name: 'about', route: { page: 'about' } },
    { name: 'search', route: { page: 'search' } },
    { name: 'platforms', route: { page: 'platforms' } },
    { name: 'platform', route: { page: 'platform', id: 'taobao' } },
    { name: 'matrix', route: { page: 'matrix' } },
    { name: 'matrix snapshot', route: { page: 'matrix-snapshot', at: '2021-09-17' } },
    { name: 'diff', route: { page: 'diff' } },
    { name: 'diff snapshot', route: { page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' } },
    { name: 'data', route: { page: 'data' } },
    { name: 'briefings', route: { page: 'briefings' } },
    // The range briefing is made of the full briefing's parts (tests/e2e/briefings.spec.ts covers it).
    { name: 'full briefing', route: { page: 'briefing-full' } },
    { name: 'platform briefing', route: { page: 'briefing-platform', id: 'taobao' } },
  ];
}

/** The treatment engine over the same content. */
export function treatmentIndex(): TreatmentIndex {
  const c = content();
  return indexTreatments(c.events.map((e) => e.data), dimensionsOf(c.reference));
}
