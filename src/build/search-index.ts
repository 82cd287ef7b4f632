/**
 * The search index (Pagefind), made from the staged pages. Build-time only (Node).
 *
 * Only event and platform pages carry `data-pagefind-body`, and once any page carries it
 * Pagefind indexes those pages alone; but it still reads every page to find out which. At
 * 1,000 events that is 70 MB of HTML, most of it matrix, embed and briefing pages, for 17 MB
 * that count. The index is given the folders of the searched routes only, and makes the same
 * files (compared file for file at 1,000 events) in a third of the time. A page elsewhere that
 * carries `data-pagefind-body` would be left out silently, so the build looks for one
 * (`searchBodiesElsewhere`) and refuses it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LANGS, type Lang } from '../model/lang.ts';
import { href, type Route } from '../lib/urls.ts';
import { htmlPages } from './html-pages.ts';

/** The routes whose pages are searched (their templates mark the body with data-pagefind-body). */
export const SEARCHED_ROUTES: readonly Route[] = [
  { page: 'event', id: 'x' },
  { page: 'platform', id: 'x' },
];

/** The folders, relative to the output, that hold the searched pages: "events", "en/events" … */
export function searchedFolders(): string[] {
  return SEARCHED_ROUTES.flatMap((route) => LANGS.map((lang) => searchedFolder(route, lang)));
}

const searchedFolder = (route: Route, lang: Lang) => href(route, lang, '/').split('/').slice(1, -2).join('/');

/** A searched route's page, relative to the output: "en/events/x/index.html". */
export const searchedPage = (route: Route, lang: Lang): string => `${href(route, lang, '/').slice(1)}index.html`;

/** The language of a searched page (relative to the output), by the folder it is in; undefined if it is not one. */
export function searchedPageLang(page: string): Lang | undefined {
  if (!page.endsWith('.html')) return undefined;
  return LANGS.find((lang) => SEARCHED_ROUTES.some((route) => page.startsWith(`${searchedFolder(route, lang)}/`)));
}

/** Pagefind's glob for those folders' pages. */
export function searchGlob(): string {
  return `{${searchedFolders().join(',')}}/**/*.html`;
}

/** Whether a page (its bytes) marks a body to search. */
export const marksSearchBody = (html: Uint8Array): boolean => Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes('data-pagefind-body');

/**
 * Pages outside the searched folders that mark a body to search (at most `limit`), relative to
 * `dir`. Pages in `known` (relative to `dir`) are not read: the build passes those it reused
 * from a build that checked them against the same folders. Pages in `written` are not read
 * either: the build passes whether each page marked one as Astro wrote it.
 */
export function searchBodiesElsewhere(dir: string, limit = 10, known: ReadonlySet<string> = new Set(), written: ReadonlyMap<string, boolean> = new Map()): string[] {
  const found: string[] = [];
  for (const path of htmlPages(dir, new Set(searchedFolders()))) {
    const page = relative(dir, path);
    if (!(written.get(page) ?? (!known.has(page) && marksSearchBody(readFileSync(path))))) continue;
    found.push(page);
    if (found.length >= limit) break;
  }
  return found;
}
