/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key
 * and code are unchanged since the last build is copied from it instead of rendered again.
 * A key must change whenever anything the page shows changes, so each names the content the
 * page reads, at one of these grains:
 *
 * - `full`: all of it but the events' bodies. Pages that show the events' summaries beyond
 *   one event's or one year's: home, story mode and the timeline embed (the latest events,
 *   story cards), the full briefing, the feed, the timeline's data files.
 * - `structure`: all of it except the events' summaries and bodies: the pages that name
 *   events from across the history by title (the list of sources), the whole
 *   timeline's data and oEmbed files, and the treatment engine's data files (which the matrix
 *   and diff pages read to show any date in the browser).
 * - `titles(ids)`: the frame and the titles of these events alone, for what names no other
 *   event: a platform's page and embed (the events about it), a diff's page and embed (the
 *   events taking effect in its range; the diff page and embed without dates, the latest
 *   change's), the about page (the latest event, in its example citation), the images, data
 *   and oEmbed file of a chart whose kind names events (a platform's history, a year's
 *   timeline: `chartFilesKey()` in ./chart-catalogue.ts says which events), and each of the
 *   timeline's images (the events its layout draws as marks or lists: `chartImageKey()`).
 * - `texts(ids)` and `year(y)`: the frame and the titles and summaries of these events, or of
 *   that year's: a year's page and a platform's briefing show those alone.
 * - `events(ids)`: the structure and the summaries of these events: a range's briefing.
 * - `frame`: all of the content but the events' titles, summaries and bodies: the matrix page
 *   of each date of change and its embed (and the latest's, without a date), the pages that
 *   name no event (search, data, the lists of platforms and briefings), the export schemas, and the images
 *   and data of the charts whose kind names no event (the matrix and the diff;
 *   `chartFilesKey()` in ./chart-catalogue.ts).
 * - `event(id)`: the frame and that event's title and summary: its social card, which names
 *   no other event.
 * - `eventPage(id)`: the event's key, its title in both languages (the page carries both for
 *   search: src/components/EventHeader.astro), its body, and the titles of the events before
 *   and after it, which its page links by name. An event's body is shown on its own page only,
 *   and its title, besides its own page and card, on its neighbours' pages and on the
 *   structure's pages: so an edit to a body renders that page alone, and an edit to a title
 *   leaves every other event's card, and every event's page but its neighbours', as it was.
 *
 * The frame holds every event's data but its title and summary (dates, order, platforms,
 * treatments, sources, milestone, figures), so an event page whose neighbours or whose
 * treatment diff change is rendered again.
 *
 * The events' summaries, bodies and titles (all but an event page's own title) are read in
 * one language when the keys are asked for one (`cacheKeys(content, lang)`, or `inLanguage()`
 * for a page's getStaticPaths): a page shows them in its own language only, so an edit to the
 * English text leaves every Chinese page's key as it was. Without a language, the keys cover
 * both. So an edit to one title renders again what shows that title, in that language: the
 * event's page and card, its neighbours' pages, its year, the platforms and diffs it belongs
 * to, and the pages that list the whole history; not every page that names some event.
 *
 * Every key also holds the day in China (pages offer dates up to today), whether the build
 * makes briefing PDFs (pages link them or say there are none), and the build's settings and
 * dependencies (astro.config.mjs, package-lock.json), which rename the script and style
 * bundles a page links without changing the page's own code. Made once per content.
 */
import { buildDay } from '../build/build-day.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cacheKey } from '../build/file-cache.ts';
import { bodyInLanguage } from '../lib/body-in-language.ts';
import { neighbours } from '../lib/event-order.ts';
import type { Lang } from '../model/lang.ts';
import type { EventEntry, SiteContent } from './content.ts';
import { eventYears } from './years.ts';

export interface CacheKeys {
  readonly full: string;
  readonly structure: string;
  /** All of the content but the events' titles, summaries and bodies. */
  readonly frame: string;
  /** The frame, this event's title and its summary: its card. */
  event(id: string): string;
  /** This event's key, its title in both languages, its body and its neighbours' titles: its page. */
  eventPage(id: string): string;
  /** The frame and the titles of these events: a page or chart that names these events and no other. */
  titles(ids: readonly string[]): string;
  /** The frame and the titles and summaries of these events: a page that shows these events and no other. */
  texts(ids: readonly string[]): string;
  /** `texts` of the year's events: its page. */
  year(year: number): string;
  /** The structure and the summaries of these events, in this order. */
  events(ids: readonly string[]): string;
}

/** Bumped when what a key covers changes, so older keys never match. */
const KEY_VERSION = '4';

/** An event's summary: what its page, the lists of events, the timeline and the briefings show (in `lang`, or in both). */
const summaryText = (e: EventEntry, lang: Lang | undefined) => JSON.stringify([e.data.id, lang ? e.data.summary[lang] : e.data.summary]);
/** An event's title (in `lang`, or in both: its own page carries both, for search). */
const titleText = (e: EventEntry, lang: Lang | undefined) => JSON.stringify([e.data.id, lang ? e.data.title[lang] : e.data.title]);
/** An event's body: what its page alone shows (in `lang`, or in both). */
const bodyText = (e: EventEntry, lang: Lang | undefined) => (lang ? bodyInLanguage(e.body ?? '', lang) : (e.body ?? ''));

/** Per content: its frame and structure keys (the same in each language), and the keys made of them, by language. */
interface Made {
  readonly frame: string;
  readonly structure: string;
  readonly keys: Map<Lang | undefined, CacheKeys>;
}
const made = new WeakMap<SiteContent, Made>();

/** The files whose change renames the bundles every page links. */
const BUILD_SETTINGS = ['astro.config.mjs', 'package-lock.json'];

/**
 * A key of the build's settings and dependencies, read from the project's folder (where the
 * build runs): the settings files, and the patches `npm install` applies to dependencies
 * (patches/), which change what a dependency does without changing the lockfile.
 */
export function buildSettingsKey(root = process.cwd()): string {
  const patches = resolve(root, 'patches');
  // patch-package reads patches/ and its folders; only files are patches.
  const patchFiles = existsSync(patches)
    ? readdirSync(patches, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(root, join(d.parentPath, d.name)))
        .sort()
    : [];
  return cacheKey(...[...BUILD_SETTINGS, ...patchFiles].map((f) => `${f}\0${existsSync(resolve(root, f)) ? readFileSync(resolve(root, f)) : ''}`));
}

/** All of the content but the events' titles, summaries and bodies, with the build's settings. */
function frameKey(content: SiteContent): string {
  const setting = `${KEY_VERSION}\0${buildDay()}\0${process.env.BRIEFING_PDFS ?? ''}\0${buildSettingsKey()}`;
  return cacheKey(
    setting,
    JSON.stringify([content.reference, content.sources, content.codebook, content.briefings]),
    // Every event's data but its title and summary (its body is not in data).
    ...content.events.map((e) => JSON.stringify({ ...e.data, title: undefined, summary: undefined })),
  );
}

function make(content: SiteContent): Made {
  const frame = frameKey(content);
  return {
    frame,
    structure: cacheKey(frame, ...content.events.map((e) => titleText(e, undefined))),
    keys: new Map(),
  };
}

/** The keys of pages in `lang` (their events' text read in `lang`), or of pages in both languages. */
export function cacheKeys(content: SiteContent, lang?: Lang): CacheKeys {
  let memo = made.get(content);
  if (!memo) made.set(content, (memo = make(content)));
  let keys = memo.keys.get(lang);
  if (keys) return keys;
  const summary = (e: EventEntry) => summaryText(e, lang);
  const { frame } = memo;
  // A page in one language names events in that language only: an edit to an English title leaves the Chinese pages' keys as they were.
  const structure = lang ? cacheKey(frame, lang, ...content.events.map((e) => titleText(e, lang))) : memo.structure;
  const full = cacheKey(structure, ...content.events.map(summary));
  const byId = new Map<string, string>();
  /** The titles of the events before and after one, in `lang` (or both): its page names them. */
  const neighbourTitles = (id: string) => {
    // The same neighbours the page links (src/lib/event-order.ts).
    const { previous, next } = neighbours(content.events, id);
    return JSON.stringify([previous, next].map((e) => e && titleText(e, lang)));
  };
  keys = {
    structure,
    frame,
    full,
    event(id) {
      let key = byId.get(id);
      if (!key) {
        const e = content.eventById.get(id)!;
        byId.set(id, (key = cacheKey(frame, titleText(e, lang), summary(e))));
      }
      return key;
    },
    eventPage(id) {
      const e = content.eventById.get(id)!;
      return cacheKey(keys!.event(id), titleText(e, undefined), bodyText(e, lang), neighbourTitles(id));
    },
    titles(ids) {
      return cacheKey(frame, lang ?? '', ...ids.map((id) => titleText(content.eventById.get(id)!, lang)));
    },
    texts(ids) {
      return cacheKey(keys!.titles(ids), ...ids.map((id) => summary(content.eventById.get(id)!)));
    },
    year(year) {
      const group = eventYears(content).find((y) => y.year === year);
      return keys!.texts((group?.events ?? []).map((e) => e.data.id));
    },
    events(ids) {
      return cacheKey(structure, ...ids.map((id) => summary(content.eventById.get(id)!)));
    },
  };
  memo.keys.set(lang, keys);
  return keys;
}

/** A path's key from the keys of its own language (`props.lang`): for getStaticPaths of pages in one language. */
export function inLanguage<P extends { readonly props: { readonly lang: Lang } }>(content: SiteContent, pick: (keys: CacheKeys, path: P) => string): (path: P) => string {
  return (path) => pick(cacheKeys(content, path.props.lang), path);
}

/** Paths from getStaticPaths with their cache key (one for all, or one per path). */
export function keyed<T extends object>(paths: readonly T[], key: string | ((path: T) => string)): (T & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: typeof key === 'string' ? key : key(p) }));
}
