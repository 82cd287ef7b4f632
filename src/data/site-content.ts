/**
 * The content as pages use it, typed by the model, sorted and indexed, from the content as the
 * content check validated it (src/validation/validate.ts). Pure: src/data/content.ts gives
 * the pages this, from the build's check or, in `astro dev`, from Astro's collections.
 */
import { sortEvents } from '../lib/event-order.ts';
import { dimensionsOf, indexTreatments, opinionSourceIds, type TreatmentIndex } from '../lib/treatments/index.ts';
import type { RangeBriefing } from '../model/briefing.ts';
import type { Codebook } from '../model/codebook.ts';
import type { EventData } from '../model/event.ts';
import type { Actor, Capability, Level, LinkKind, Platform, Surface, Tag } from '../model/reference.ts';
import type { Source } from '../model/source.ts';
import type { ReferenceData, ValidContent } from '../validation/validate.ts';

/** An event: its id, its frontmatter as the schema reads it, and its MDX body as text. */
export interface EventEntry {
  readonly id: string;
  readonly data: EventData;
  readonly body?: string;
}

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

/** The content the check passed, as pages use it. */
export function siteContentOf(content: Pick<ValidContent, 'events' | 'sources' | 'reference' | 'briefings' | 'codebook'>): SiteContent {
  const events = content.events.map(({ data, body }) => ({ id: data.id, data, body }));
  return indexed(events, [...content.sources], content.reference, content.briefings, content.codebook);
}

/** Sorted and indexed: events in time order, sources by date of publication; reference lists as given. */
export function indexed(events: EventEntry[], sources: Source[], reference: ReferenceData, briefings: readonly RangeBriefing[], codebook: Codebook): SiteContent {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const sorted = sortEvents(events);
  // By date of publication, then by id (the collections' own order).
  const sourceList = sources.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
    briefings,
    codebook,
  };
}
