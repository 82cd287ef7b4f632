/**
 * The content as pages use it: Astro's collections, typed by the model, sorted and indexed.
 * The only module that calls getCollection; everything else receives plain data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from '../lib/event-order.ts';
import type { Actor, Platform, Surface, Tag } from '../model/reference.ts';
import type { Source } from '../model/source.ts';

export type EventEntry = CollectionEntry<'events'>;

export interface SiteContent {
  /** Events in time order. */
  readonly events: EventEntry[];
  readonly sources: Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly platforms: ReadonlyMap<string, Platform>;
  readonly surfaces: ReadonlyMap<string, Surface>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly tags: ReadonlyMap<string, Tag>;
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [events, sources, platforms, surfaces, actors, tags] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('platforms'),
    getCollection('surfaces'),
    getCollection('actors'),
    getCollection('tags'),
  ]);
  const byId = <T extends { id: string }>(items: { data: T }[]) => new Map(items.map((i) => [i.data.id, i.data]));
  const sourceList = sources.map((s) => s.data).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  return {
    events: sortEvents(events),
    sources: sourceList,
    sourceById: new Map(sourceList.map((s) => [s.id, s])),
    platforms: byId(platforms),
    surfaces: byId(surfaces),
    actors: byId(actors),
    tags: byId(tags),
  };
}

/** All content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load(); // content may change under the dev server
  cached ??= load();
  return cached;
}
