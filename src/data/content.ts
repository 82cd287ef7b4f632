/**
 * The content as pages use it: Astro's collections, typed by the model, sorted and indexed.
 * The only module that calls getCollection; everything else receives plain data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from '../lib/event-order.ts';
import { dimensionsOf, indexTreatments, opinionSourceIds, type TreatmentIndex } from '../lib/treatments/index.ts';
import type { RangeBriefing } from '../model/briefing.ts';
import type { Codebook } from '../model/codebook.ts';
import type { Actor, Capability, Level, LinkKind, Platform, Surface, Tag } from '../model/reference.ts';
import type { Source } from '../model/source.ts';
import type { ReferenceData } from '../validation/validate.ts';

export type EventEntry = CollectionEntry<'events'>;

export interface SiteContent {
  /** Events in time order. */
  readonly events: EventEntry[];
  readonly eventById: ReadonlyMap<string, EventEntry>;
  /** Sources by publication date. */
  readonly sources: Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Reference lists in content order (levels richest first; first link kind is the default). */
  readonly reference: ReferenceData;
  readonly platforms: ReadonlyMap<string, Platform>;
  readonly surfaces: ReadonlyMap<string, Surface>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly tags: ReadonlyMap<string, Tag>;
  readonly levels: ReadonlyMap<string, Level>;
  readonly capabilities: ReadonlyMap<string, Capability>;
  readonly linkKinds: ReadonlyMap<string, LinkKind>;
  /** The treatment engine's index over all events. */
  readonly treatments: TreatmentIndex;
  /** Ranges with a briefing of their own (content/briefings.yaml), in file order. */
  readonly briefings: readonly RangeBriefing[];
  /** How sources are read into treatment data (content/reference/codebook.yaml). */
  readonly codebook: Codebook;
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [events, sources, platforms, surfaces, actors, tags, levels, capabilities, linkKinds, briefings, codebook] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('platforms'),
    getCollection('surfaces'),
    getCollection('actors'),
    getCollection('tags'),
    getCollection('levels'),
    getCollection('capabilities'),
    getCollection('linkKinds'),
    getCollection('briefings'),
    getCollection('codebook'),
  ]);
  // Back into the order of the YAML list, which carries meaning (levels rank, default link kind).
  const list = <T extends { position: number }>(entries: { data: T }[]) =>
    entries
      .map((e) => e.data)
      .sort((a, b) => a.position - b.position)
      .map(({ position: _, ...item }) => item);
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const reference = {
    platforms: list(platforms),
    surfaces: list(surfaces),
    actors: list(actors),
    tags: list(tags),
    levels: list(levels),
    capabilities: list(capabilities),
    linkKinds: list(linkKinds),
  };
  const sorted = sortEvents(events);
  const sourceList = sources.map((s) => s.data).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  return {
    events: sorted,
    eventById: new Map(sorted.map((e) => [e.data.id, e])),
    sources: sourceList,
    sourceById: byId(sourceList),
    reference,
    platforms: byId(reference.platforms),
    surfaces: byId(reference.surfaces),
    actors: byId(reference.actors),
    tags: byId(reference.tags),
    levels: byId(reference.levels),
    capabilities: byId(reference.capabilities),
    linkKinds: byId(reference.linkKinds),
    treatments: indexTreatments(
      sorted.map((e) => e.data),
      dimensionsOf(reference),
      { opinionSources: opinionSourceIds(sourceList) },
    ),
    briefings: list(briefings),
    codebook: codebookOf(codebook[0]?.data),
  };
}

/** The codebook without its collection id (an empty one if the file is missing, which the content check reports). */
function codebookOf(entry: (Codebook & { id: string }) | undefined): Codebook {
  if (!entry) return { principle: { zh: '', en: '' }, cases: [] };
  const { id: _, ...codebook } = entry;
  return codebook;
}

/** All content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load(); // content may change under the dev server
  cached ??= load();
  return cached;
}
