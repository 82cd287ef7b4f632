/**
 * Lanes: one row band per actor (or per platform), in the reference lists' order.
 *
 * - An event with a few actors appears in each of their lanes; its first lane holds its
 *   primary mark (the one keyboard focus and screen readers use), the others echo it. An
 *   event shared by many actors (SHARED_AT or more: a meeting with ten companies) appears
 *   once, in its first actor's lane, and its mark lists the others (`sharedWith`).
 * - In platform lanes, rules for every platform (`allPlatforms`) have their own lane at the
 *   top; events that name no platform share a last lane.
 * - Lanes with fewer than FOLD_BELOW events fold into one "others" lane, named with how many
 *   lanes it holds, when at least two would fold.
 * When the lanes' own facet is filtered (actors in actor lanes), only the chosen lanes are
 * shown, and nothing folds.
 */
import { fill } from './strings.ts';
import type { FacetItem, LaneMode, TimelineEvent } from './timeline-event.ts';
import type { Filters } from './view.ts';

/** The id of the lane for events that name nothing in the lane facet. */
export const NONE_LANE = '_none';
/** The id of the lane for rules that concern every platform (platform lanes). */
export const ALL_LANE = '_all';
/** The id of the lane the sparse lanes fold into. */
export const OTHERS_LANE = '_others';
/** An event with at least this many actors is drawn once, in its first actor's lane. */
export const SHARED_AT = 4;
/** Lanes with fewer events than this fold into "others". */
export const FOLD_BELOW = 2;

/** Names of the lanes that are not reference items; `others` has an {n} for the lanes it holds. */
export interface LaneNames {
  readonly none: string;
  readonly all: string;
  readonly others: string;
}

export interface Lane {
  readonly id: string;
  readonly name: string;
  /** Its events, in time order. */
  readonly events: readonly TimelineEvent[];
  /** For the "others" lane: the names of the lanes folded into it. */
  readonly folded?: readonly string[];
}

export interface LaneSet {
  readonly mode: LaneMode;
  readonly lanes: readonly Lane[];
  /** Each shown event's lanes, first (primary) lane first. */
  readonly lanesOf: ReadonlyMap<string, readonly string[]>;
  /** Events drawn once although shared by many actors: the names of all of them, in the content's order. */
  readonly sharedWith: ReadonlyMap<string, readonly string[]>;
}

/**
 * Adds an event to each lane it belongs in, before folding (lanes not in `byLane` are not
 * shown). No list of its lanes is built: this runs for every event whenever the filters change.
 */
function addToHomeLanes(e: TimelineEvent, mode: LaneMode, chosen: readonly string[], byLane: ReadonlyMap<string, TimelineEvent[]>): void {
  const add = (id: string) => void byLane.get(id)?.push(e);
  if (mode === 'platform' && e.allPlatforms) return add(ALL_LANE);
  const ids = e.facets[mode];
  const firstOnly = mode === 'actor' && e.facets.actor.length >= SHARED_AT;
  let any = false;
  for (const id of ids) {
    if (chosen.length && !chosen.includes(id)) continue;
    add(id);
    any = true;
    if (firstOnly) return;
  }
  if (!any && !chosen.length) add(NONE_LANE);
}

export function buildLanes(
  events: readonly TimelineEvent[],
  mode: LaneMode,
  items: readonly FacetItem[],
  filters: Filters,
  names: LaneNames,
): LaneSet {
  const chosen = filters[mode];
  const itemName = new Map(items.map((i) => [i.id, i.name]));
  const byLane = new Map<string, TimelineEvent[]>();
  byLane.set(ALL_LANE, []);
  for (const item of items) if (!chosen.length || chosen.includes(item.id)) byLane.set(item.id, []);
  byLane.set(OTHERS_LANE, []);
  byLane.set(NONE_LANE, []);
  const sharedWith = new Map<string, string[]>();
  for (const e of events) {
    addToHomeLanes(e, mode, chosen, byLane);
    if (mode === 'actor' && e.facets.actor.length >= SHARED_AT) sharedWith.set(e.id, e.facets.actor.map((id) => itemName.get(id) ?? id));
  }

  // Sparse lanes fold into "others" (an event in several of them appears there once).
  const folded: string[] = [];
  if (!chosen.length) {
    const sparse = items.filter((i) => {
      const n = byLane.get(i.id)!.length;
      return n > 0 && n < FOLD_BELOW;
    });
    if (sparse.length >= 2) {
      const others = new Set<TimelineEvent>();
      for (const i of sparse) {
        for (const e of byLane.get(i.id)!) others.add(e);
        byLane.delete(i.id);
        folded.push(i.name);
      }
      byLane.set(OTHERS_LANE, [...others].sort((a, b) => a.index - b.index));
    }
  }

  const nameOf = (id: string) =>
    id === NONE_LANE ? names.none : id === ALL_LANE ? names.all : id === OTHERS_LANE ? fill(names.others, { n: folded.length }) : itemName.get(id)!;
  const lanes: Lane[] = [];
  const lanesOf = new Map<string, string[]>();
  for (const [id, laneEvents] of byLane) {
    if (laneEvents.length === 0) continue;
    lanes.push({ id, name: nameOf(id), events: laneEvents, ...(id === OTHERS_LANE ? { folded } : {}) });
    for (const e of laneEvents) {
      const list = lanesOf.get(e.id);
      if (!list) lanesOf.set(e.id, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }
  return { mode, lanes, lanesOf, sharedWith };
}
