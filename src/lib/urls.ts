/**
 * Every URL the site builds comes from here: pages, feeds, anchors, language switches.
 * Paths carry the deployment base (Astro's `base`, e.g. /wechat-links/) and a trailing slash.
 */
import { DEFAULT_LANG, type Lang } from '../model/lang-codes.ts';
import type { TimelineView } from './timeline/view.ts';
import { viewQuery } from './timeline/view-url.ts';
import { chartId, layoutSuffix, type ChartKey, type ImageLayout } from './chart-id.ts';

/** A page of the site, independent of language. */
export type Route =
  /** The home page; with a view, the timeline's range, lanes, filters and selection in the query. */
  | { readonly page: 'home'; readonly view?: TimelineView }
  | { readonly page: 'event'; readonly id: string }
  /** One year's events, listed without JavaScript (the home page lists only the latest). */
  | { readonly page: 'year'; readonly year: number }
  /** The timeline's data for a language (a static JSON file); `version` (its content's hash) makes each version's address its own, so it can be cached for good. */
  | { readonly page: 'timeline-data'; readonly version?: string }
  | { readonly page: 'sources' }
  | { readonly page: 'source'; readonly id: string }
  | { readonly page: 'about' }
  /** The codebook on the about page, or one of its cases (#codebook-<id>). */
  | { readonly page: 'codebook'; readonly id?: string }
  | { readonly page: 'search'; readonly query?: string }
  | { readonly page: 'feed' }
  | { readonly page: 'platforms' }
  | { readonly page: 'platform'; readonly id: string }
  /** The interactive matrix; `at` (YYYY-MM-DD) in the query. */
  | { readonly page: 'matrix'; readonly at?: string }
  /** A prebuilt matrix for one date, readable without JavaScript. */
  | { readonly page: 'matrix-snapshot'; readonly at: string }
  /** The interactive diff; `from` and `to` (YYYY-MM-DD) in the query. */
  | { readonly page: 'diff'; readonly from?: string; readonly to?: string }
  /** A prebuilt diff between two dates, readable without JavaScript. */
  | { readonly page: 'diff-snapshot'; readonly from: string; readonly to: string }
  /** The page describing the downloadable data. */
  | { readonly page: 'data' }
  /** A downloadable file (language-neutral): "treatments.json", "events.csv" … */
  | { readonly page: 'data-file'; readonly file: string }
  /** A chart image: images/<lang>/<chart id><layout>.svg, .png, or @2x.png. */
  | { readonly page: 'image'; readonly chart: ChartKey; readonly layout?: ImageLayout; readonly format: 'svg' | 'png'; readonly scale?: 1 | 2 }
  /** A chart's own data: data/charts/<lang>/<chart id>.csv or .json. */
  | { readonly page: 'chart-data'; readonly chart: ChartKey; readonly format: 'csv' | 'json' }
  /** Embeddable charts, minimal chrome, for iframes. */
  | { readonly page: 'embed-platform'; readonly id: string; readonly theme?: EmbedTheme }
  | { readonly page: 'embed-matrix'; readonly at?: string; readonly theme?: EmbedTheme }
  | { readonly page: 'embed-diff'; readonly from?: string; readonly to?: string; readonly theme?: EmbedTheme }
  /** Prebuilt embeds for a date of change and for consecutive dates (no JavaScript needed). */
  | { readonly page: 'embed-matrix-snapshot'; readonly at: string; readonly theme?: EmbedTheme }
  | { readonly page: 'embed-diff-snapshot'; readonly from: string; readonly to: string; readonly theme?: EmbedTheme }
  /** The timeline embed; with a view, the same range, lanes and filters as the timeline's URL; `story`: opened in story mode at that milestone (an event id). */
  | { readonly page: 'embed-timeline'; readonly view?: TimelineView; readonly theme?: EmbedTheme; readonly story?: string }
  /** Story mode: the milestones one by one over the timeline; `step` (?story=<event id>) the milestone shown, `view` the timeline's. */
  | { readonly page: 'story'; readonly view?: TimelineView; readonly step?: string }
  /** The oEmbed description of a chart's embed (a static JSON file). */
  | { readonly page: 'oembed'; readonly chart: ChartKey }
  /** The script host pages load to resize embed iframes. */
  | { readonly page: 'embed-loader' }
  /** An event's social preview card (PNG). */
  | { readonly page: 'event-card'; readonly id: string }
  /** The list of printable briefings. */
  | { readonly page: 'briefings' }
  /** The full briefing: all events, the matrix now, the key changes, all sources. */
  | { readonly page: 'briefing-full' }
  /** One platform's briefing. */
  | { readonly page: 'briefing-platform'; readonly id: string }
  /** A briefing on a range of time (YYYY-MM-DD, as the diff compares them). */
  | { readonly page: 'briefing-range'; readonly from: string; readonly to: string }
  /** A briefing's PDF (the file name carries the language): "full.zh.pdf". */
  | { readonly page: 'briefing-pdf'; readonly file: string };

/** An embed's colour theme; absent = follow the reader's system setting. */
export type EmbedTheme = 'light' | 'dark';

type SimplePage = 'sources' | 'about' | 'platforms' | 'data' | 'briefings' | 'briefing-full';
const SEGMENTS: Record<SimplePage, string> = {
  sources: 'sources/',
  about: 'about/',
  platforms: 'platforms/',
  data: 'data/',
  briefings: 'briefings/',
  'briefing-full': 'briefings/full/',
};

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

function configuredBase(): string {
  // Written out in full, so that Vite puts the configured base in its place. Reading the
  // property off the env object by any other route makes Astro copy into the page code every
  // environment variable this file's text happens to mention (LANG, say), whose values differ
  // from one shell to another: a build run from another one would render every page again.
  // Outside Vite (Node scripts) there is no env object, and the base is the root.
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}

function withSlashes(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** Pages whose state (a date, a range, a timeline view, a story step) lives in the address's query. */
export function keepsStateInQuery(route: Route): boolean {
  return route.page === 'home' || route.page === 'story' || route.page === 'matrix' || route.page === 'diff';
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
    case 'year':
      return `${prefix}years/${route.year}/`;
    case 'timeline-data':
      return `data/timeline-${lang}.json${query({ v: route.version })}`;
    case 'source':
      return `${prefix}sources/#${sourceAnchor(route.id)}`;
    case 'codebook':
      return `${prefix}about/#${codebookAnchor(route.id)}`;
    case 'search':
      return `${prefix}search/${query({ q: route.query })}`;
    case 'feed':
      return `${prefix}rss.xml`;
    case 'home':
      return `${prefix}${route.view ? viewQuery(route.view) : ''}`;
    case 'platform':
      return `${prefix}platforms/${encodeURIComponent(route.id)}/`;
    case 'matrix':
      return `${prefix}matrix/${query({ at: route.at })}`;
    case 'matrix-snapshot':
      return `${prefix}matrix/${route.at}/`;
    case 'diff':
      return `${prefix}diff/${query({ from: route.from, to: route.to })}`;
    case 'diff-snapshot':
      return `${prefix}diff/${route.from}/${route.to}/`;
    case 'data-file':
      return `data/${route.file}`;
    case 'image':
      return `images/${lang}/${chartId(route.chart)}${layoutSuffix(route.layout)}${route.format === 'png' && route.scale === 2 ? '@2x' : ''}.${route.format}`;
    case 'chart-data':
      return `data/charts/${lang}/${chartId(route.chart)}.${route.format}`;
    case 'embed-platform':
      return `${prefix}embed/platforms/${encodeURIComponent(route.id)}/${query({ theme: route.theme })}`;
    case 'embed-matrix':
      return `${prefix}embed/matrix/${query({ at: route.at, theme: route.theme })}`;
    case 'embed-diff':
      return `${prefix}embed/diff/${query({ from: route.from, to: route.to, theme: route.theme })}`;
    case 'embed-matrix-snapshot':
      return `${prefix}embed/matrix/${route.at}/${query({ theme: route.theme })}`;
    case 'embed-timeline': {
      const view = route.view ? viewQuery(route.view) : '';
      const theme = route.theme ? `${view ? '&' : '?'}theme=${route.theme}` : '';
      const story = route.story ? `${view || theme ? '&' : '?'}story=${encodeURIComponent(route.story)}` : '';
      return `${prefix}embed/timeline/${view}${theme}${story}`;
    }
    case 'story': {
      const view = route.view ? viewQuery(route.view) : '';
      const step = route.step ? `${view ? '&' : '?'}story=${encodeURIComponent(route.step)}` : '';
      return `${prefix}story/${view}${step}`;
    }
    case 'embed-diff-snapshot':
      return `${prefix}embed/diff/${route.from}/${route.to}/${query({ theme: route.theme })}`;
    case 'oembed':
      return `oembed/${lang}/${chartId(route.chart)}.json`;
    case 'embed-loader':
      return 'embed/loader.js';
    case 'event-card':
      return `images/${lang}/events/${encodeURIComponent(route.id)}.png`;
    case 'briefing-platform':
      return `${prefix}briefings/platforms/${encodeURIComponent(route.id)}/`;
    case 'briefing-range':
      return `${prefix}briefings/ranges/${route.from}/${route.to}/`;
    case 'briefing-pdf':
      return `briefings/${encodeURIComponent(route.file)}`;
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

/**
 * A route's address for use outside the page (credits, data files, embed codes): absolute
 * when the site has a public address, site-relative (under the base) when it has none.
 */
export function publicHref(route: Route, lang: Lang, site: URL | string | undefined, base: string = configuredBase()): string {
  return site ? absoluteHref(route, lang, site, base) : href(route, lang, base);
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

/** Anchor id of the codebook on the about page, or of one of its cases. */
export function codebookAnchor(id?: string): string {
  return id === undefined ? 'codebook' : `codebook-${id}`;
}

/** The navigation section a route belongs to, so a snapshot page highlights "Matrix". */
export function section(route: Route): string {
  switch (route.page) {
    case 'event':
    case 'year':
    case 'feed':
      return 'home';
    case 'platform':
      return 'platforms';
    case 'matrix-snapshot':
      return 'matrix';
    case 'diff-snapshot':
      return 'diff';
    case 'source':
      return 'sources';
    case 'codebook':
      return 'about';
    case 'data-file':
    case 'timeline-data':
    case 'chart-data':
      return 'data';
    case 'embed-platform':
      return 'platforms';
    case 'embed-timeline':
      return 'home';
    case 'embed-matrix':
    case 'embed-matrix-snapshot':
      return 'matrix';
    case 'embed-diff':
    case 'embed-diff-snapshot':
      return 'diff';
    case 'briefing-full':
    case 'briefing-platform':
    case 'briefing-range':
    case 'briefing-pdf':
      return 'briefings';
    default:
      return route.page;
  }
}
