/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key
 * and code are unchanged since the last build is copied from it instead of rendered again.
 * A key must change whenever anything the page shows changes, so each names the content the
 * page reads, at one of these grains:
 *
 * - `full`: all of it but the events' bodies. Pages that show the events' summaries beyond
 *   one event's or one year's: home, story mode and the timeline embed (the latest events,
 *   story cards), the full briefing, the feed, the timeline's data files.
 * - `structure`: all of it except the events' summaries and bodies: every other page (they
 *   name events by title and date only), the list of briefings, every chart's images, data
 *   and oEmbed file, the treatment engine's data files and the export schemas.
 * - `event(id)`, `year(y)` and `events(ids)`: the structure and the summary of that event, that
 *   year's events or the events named (an event's social card; a platform's or a range's
 *   briefing shows those alone).
 * - `eventPage(id)`: the structure, and the summary and body of that event. An event's body
 *   is shown on its own page only, so an edit to a body renders that page alone.
 *
 * The events' text is read in one language when the keys are asked for one
 * (`cacheKeys(content, lang)`): a page shows an event's summary and body in its own language
 * only, so an edit to the English text leaves every Chinese page's key as it was. Without a
 * language, the keys cover both.
 *
 * Every key also holds the day in China (pages offer dates up to today), whether the build
 * makes briefing PDFs (pages link them or say there are none), and the build's settings and
 * dependencies (astro.config.mjs, package-lock.json), which rename the script and style
 * bundles a page links without changing the page's own code. Made once per content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheKey } from '../build/file-cache.ts';
import { bodyInLanguage } from '../lib/body-in-language.ts';
import { chinaToday } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { EventEntry, SiteContent } from './content.ts';
import { eventYears } from './years.ts';

export interface CacheKeys {
  readonly full: string;
  readonly structure: string;
  /** The structure and this event's summary. */
  event(id: string): string;
  /** This event's key (the structure and its summary) and its body: its page. */
  eventPage(id: string): string;
  year(year: number): string;
  /** The structure and the summaries of these events, in this order. */
  events(ids: readonly string[]): string;
}

/** Bumped when what a key covers changes, so older keys never match. */
const KEY_VERSION = '2';

/** An event's summary: what its page, the lists of events, the timeline and the briefings show (in `lang`, or in both). */
const summaryText = (e: EventEntry, lang: Lang | undefined) => JSON.stringify([e.data.id, lang ? e.data.summary[lang] : e.data.summary]);
/** An event's body: what its page alone shows (in `lang`, or in both). */
const bodyText = (e: EventEntry, lang: Lang | undefined) => (lang ? bodyInLanguage(e.body ?? '', lang) : (e.body ?? ''));

/** Per content: its structure key (the same in each language) and the keys made of it, by language. */
const made = new WeakMap<SiteContent, { structure: string; keys: Map<Lang | undefined, CacheKeys> }>();

/** The files whose change renames the bundles every page links. */
const BUILD_SETTINGS = ['astro.config.mjs', 'package-lock.json'];

/** A key of the build's settings and dependencies, read from the project's folder (where the build runs). */
export function buildSettingsKey(root = process.cwd()): string {
  return cacheKey(...BUILD_SETTINGS.map((f) => (existsSync(resolve(root, f)) ? readFileSync(resolve(root, f)) : '')));
}

/** All of the content but the events' summaries and bodies, with the build's settings. */
function structureKey(content: SiteContent): string {
  const setting = `${KEY_VERSION}\0${chinaToday()}\0${process.env.BRIEFING_PDFS ?? ''}\0${buildSettingsKey()}`;
  return cacheKey(
    setting,
    JSON.stringify([content.reference, content.sources, content.codebook, content.briefings]),
    // Every event's data but its summary (its body is not in data).
    ...content.events.map((e) => JSON.stringify({ ...e.data, summary: undefined })),
  );
}

/** The keys of pages in `lang` (their events' text read in `lang`), or of pages in both languages. */
export function cacheKeys(content: SiteContent, lang?: Lang): CacheKeys {
  let memo = made.get(content);
  if (!memo) made.set(content, (memo = { structure: structureKey(content), keys: new Map() }));
  let keys = memo.keys.get(lang);
  if (keys) return keys;
  const summary = (e: EventEntry) => summaryText(e, lang);
  const { structure } = memo;
  const full = cacheKey(structure, ...content.events.map(summary));
  const byId = new Map<string, string>();
  keys = {
    structure,
    full,
    event(id) {
      let key = byId.get(id);
      if (!key) byId.set(id, (key = cacheKey(structure, summary(content.eventById.get(id)!))));
      return key;
    },
    eventPage(id) {
      return cacheKey(keys!.event(id), bodyText(content.eventById.get(id)!, lang));
    },
    year(year) {
      const group = eventYears(content).find((y) => y.year === year);
      return cacheKey(structure, ...(group?.events ?? []).map(summary));
    },
    events(ids) {
      return cacheKey(structure, ...ids.map((id) => summary(content.eventById.get(id)!)));
    },
  };
  memo.keys.set(lang, keys);
  return keys;
}

/** Paths from getStaticPaths with their cache key (one for all, or one per path). */
export function keyed<T extends object>(paths: readonly T[], key: string | ((path: T) => string)): (T & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: typeof key === 'string' ? key : key(p) }));
}
