/**
 * Every URL the site builds comes from here: pages, feeds, anchors, language switches.
 * Paths carry the deployment base (Astro's `base`, e.g. /wechat-links/) and a trailing slash.
 */
import { DEFAULT_LANG, type Lang } from '../model/lang-codes.ts';
import type { TimelineView } from './timeline/view.ts';
import { viewQuery } from './timeline/view-url.ts';

/** A page of the site, independent of language. */
export type Route =
  /** The home page; with a view, the timeline's range, lanes, filters and selection in the query. */
  | { readonly page: 'home'; readonly view?: TimelineView }
  | { readonly page: 'event'; readonly id: string }
  | { readonly page: 'sources' }
  | { readonly page: 'source'; readonly id: string }
  | { readonly page: 'about' }
  | { readonly page: 'search'; readonly query?: string }
  | { readonly page: 'feed' };

const SEGMENTS: Record<Exclude<Route['page'], 'home' | 'event' | 'source' | 'search' | 'feed'>, string> = {
  sources: 'sources/',
  about: 'about/',
};

function configuredBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

function withSlashes(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** The language prefix: '' for Chinese (the default), 'en/' for English. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The path of a route inside the site, without the base: "en/events/x/". */
function relativePath(route: Route, lang: Lang): string {
  const prefix = langPrefix(lang);
  switch (route.page) {
    case 'event':
      return `${prefix}events/${encodeURIComponent(route.id)}/`;
    case 'source':
      return `${prefix}sources/#${sourceAnchor(route.id)}`;
    case 'search':
      return `${prefix}search/${route.query ? `?q=${encodeURIComponent(route.query)}` : ''}`;
    case 'feed':
      return `${prefix}rss.xml`;
    case 'home':
      return `${prefix}${route.view ? viewQuery(route.view) : ''}`;
    default:
      return `${prefix}${SEGMENTS[route.page]}`;
  }
}

/** The URL of a route for a language, under the site's base (or the one given). */
export function href(route: Route, lang: Lang, base: string = configuredBase()): string {
  return withSlashes(base) + relativePath(route, lang);
}

/** The absolute URL, for canonical links, feeds and social previews. */
export function absoluteHref(route: Route, lang: Lang, site: string | URL, base: string = configuredBase()): string {
  return new URL(href(route, lang, base), site).toString();
}

/** The `[...lang]` route parameter for a language: undefined at the root, "en" for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** A URL for a static asset under the base (the pagefind bundle, icons). */
export function assetHref(path: string, base: string = configuredBase()): string {
  return withSlashes(base) + path.replace(/^\//, '');
}

/** Anchor id for an element that shows a source on a page (bibliography, reference lists). */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
