/**
 * What the browser tests compare the built site with: the same content, checked and sorted
 * by the site's own code, and URLs from the site's own URL module (under BASE_PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sortEvents } from '../../src/lib/event-order.ts';
import { briefingRoute, rangeBriefing } from '../../src/lib/briefings/catalogue.ts';
import { dimensionsOf, indexTreatments, opinionSourceIds, type TreatmentIndex } from '../../src/lib/treatments/index.ts';
import { assetHref, href, type Route } from '../../src/lib/urls.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/model/lang.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent, type ValidContent } from '../../src/validation/validate.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BASE = process.env.BASE_PATH ?? '/';
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

/**
 * The public address the site in DIST was built with (content/site.yaml or SITE_URL), read
 * from its home page's canonical link; undefined for a build without one (its canonical links
 * are site-relative). `npm test` builds with a test address, https://wechat-link-policy.example/.
 */
export function builtSite(dist: string = DIST): string | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  return canonical && /^https?:\/\//.test(canonical) ? new URL(canonical).origin : undefined;
}

/** Tests of what only a site with a public address has (QR codes, feeds, oEmbed, social previews) skip without one. */
export const NEEDS_ADDRESS = 'needs a build with a public address (SITE_URL; npm test builds with one)';

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
export function url(route: Route, lang: Lang, base: string = BASE): string {
  return href(route, lang, base);
}

/** A page template: one representative route, and the page file under src/pages that renders it. */
export interface Template {
  readonly name: string;
  readonly route: Route;
  /**
   * The page file (relative to the project root). Every .astro/.md/.mdx file under src/pages
   * must be named by a template (or be the 404 page), so no new template escapes the gates.
   */
  readonly file: string;
  /**
   * "embed" for pages made to sit in another site's iframe: no site header, navigation or
   * language switch (a journalist picks the language with the address). Absent: the site's
   * own chrome.
   */
  readonly chrome?: 'embed';
}

/**
 * One representative page of every template. Add yours here when you add a page file: the
 * accessibility, third-party-request, time-zone, phone and language gates open every entry
 * in both languages (tests/unit/template-registry.test.ts fails until you do).
 */
export function templates(): Template[] {
  const first = content().events[0]!.data.id;
  return [
    { name: 'home', route: { page: 'home' }, file: 'src/pages/[...lang]/index.astro' },
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
      file: 'src/pages/[...lang]/index.astro',
    },
    { name: 'event', route: { page: 'event', id: first }, file: 'src/pages/[...lang]/events/[id].astro' },
    { name: 'story', route: { page: 'story' }, file: 'src/pages/[...lang]/story/index.astro' },
    { name: 'year', route: { page: 'year', year: Number(content().events.at(-1)!.data.date.slice(0, 4)) }, file: 'src/pages/[...lang]/years/[year].astro' },
    { name: 'sources', route: { page: 'sources' }, file: 'src/pages/[...lang]/sources/index.astro' },
    { name: 'about', route: { page: 'about' }, file: 'src/pages/[...lang]/about/index.astro' },
    { name: 'search', route: { page: 'search' }, file: 'src/pages/[...lang]/search/index.astro' },
    { name: 'platforms', route: { page: 'platforms' }, file: 'src/pages/[...lang]/platforms/index.astro' },
    { name: 'platform', route: { page: 'platform', id: 'taobao' }, file: 'src/pages/[...lang]/platforms/[id].astro' },
    { name: 'matrix', route: { page: 'matrix' }, file: 'src/pages/[...lang]/matrix/index.astro' },
    { name: 'matrix snapshot', route: { page: 'matrix-snapshot', at: '2021-09-17' }, file: 'src/pages/[...lang]/matrix/[at].astro' },
    { name: 'diff', route: { page: 'diff' }, file: 'src/pages/[...lang]/diff/index.astro' },
    { name: 'diff snapshot', route: { page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' }, file: 'src/pages/[...lang]/diff/[from]/[to].astro' },
    { name: 'data', route: { page: 'data' }, file: 'src/pages/[...lang]/data/index.astro' },
    { name: 'briefings', route: { page: 'briefings' }, file: 'src/pages/[...lang]/briefings/index.astro' },
    { name: 'full briefing', route: { page: 'briefing-full' }, file: 'src/pages/[...lang]/briefings/full.astro' },
    { name: 'platform briefing', route: { page: 'briefing-platform', id: 'taobao' }, file: 'src/pages/[...lang]/briefings/platforms/[id].astro' },
    { name: 'range briefing', route: firstRangeBriefing(), file: 'src/pages/[...lang]/briefings/ranges/[from]/[to].astro' },
    { name: 'platform embed', route: { page: 'embed-platform', id: 'taobao' }, file: 'src/pages/[...lang]/embed/platforms/[id].astro', chrome: 'embed' },
    { name: 'matrix embed', route: { page: 'embed-matrix' }, file: 'src/pages/[...lang]/embed/matrix/index.astro', chrome: 'embed' },
    { name: 'matrix snapshot embed', route: { page: 'embed-matrix-snapshot', at: '2021-09-17' }, file: 'src/pages/[...lang]/embed/matrix/[at].astro', chrome: 'embed' },
    { name: 'diff embed', route: { page: 'embed-diff' }, file: 'src/pages/[...lang]/embed/diff/index.astro', chrome: 'embed' },
    { name: 'diff snapshot embed', route: { page: 'embed-diff-snapshot', from: '2021-11-29', to: '2021-11-30' }, file: 'src/pages/[...lang]/embed/diff/[from]/[to].astro', chrome: 'embed' },
    { name: 'timeline embed', route: { page: 'embed-timeline' }, file: 'src/pages/[...lang]/embed/timeline/index.astro', chrome: 'embed' },
  ];
}

/** The 404 page is not a route: a static host serves it for any address that has no file. */
export const NOT_FOUND = { name: '404', file: 'src/pages/404.astro', lang: DEFAULT_LANG, missingPath: 'no-such-page/' } as const;

/** A page to open in the browser: its template, language, path and the HTTP status it answers with. */
export interface Visit {
  readonly name: string;
  readonly chrome?: 'embed';
  readonly lang: Lang;
  readonly path: string;
  readonly status: number;
}

/** Every template in every language, and the 404 page: what the browser gates open. */
export function visits(base: string = BASE): Visit[] {
  return [
    ...templates().flatMap((t) => LANGS.map((lang) => ({ name: t.name, ...(t.chrome ? { chrome: t.chrome } : {}), lang, path: url(t.route, lang, base), status: 200 }))),
    { name: NOT_FOUND.name, lang: NOT_FOUND.lang, path: assetHref(NOT_FOUND.missingPath, base), status: 404 },
  ];
}

/** The treatment engine over the same content. */
export function treatmentIndex(): TreatmentIndex {
  const c = content();
  return indexTreatments(c.events.map((e) => e.data), dimensionsOf(c.reference), { opinionSources: opinionSourceIds(c.sources) });
}

/** The page of the first range briefing in content/briefings.yaml. */
function firstRangeBriefing(): Route {
  const c = content();
  const range = c.briefings[0];
  if (!range) throw new Error('content/briefings.yaml names no range: the range briefing template has no page to open');
  const b = rangeBriefing(range, new Map(c.events.map((e) => [e.data.id, e.data])));
  return briefingRoute(b);
}
