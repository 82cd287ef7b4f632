/**
 * Lanes: one row band per actor (or per platform), in the reference lists' order. An event
 * with several actors appears in each of their lanes; its first lane holds its primary mark
 * (the one keyboard focus and screen readers use), the others echo it. In platform lanes,
 * events that name no platform share a last lane. When the lanes' own facet is filtered
 * (actors in actor lanes), only the chosen lanes are shown.
 */
import type { FacetItem, LaneMode, TimelineEvent } from './timeline-event.ts';
import type { Filters } from './view.ts';

/** The id of the lane for events that name nothing in the lane facet. */
export const NONE_LANE = '_none';

export interface Lane {
  readonly id: string;
  readonly name: string;
  /** Its events, in time order. */
  readonly events: readonly TimelineEvent[];
}

export interface LaneSet {
  readonly mode: LaneMode;
  readonly lanes: readonly Lane[];
  /** Each shown event's lanes, first (primary) lane first. */
  readonly lanesOf: ReadonlyMap<string, readonly string[]>;
}

export function buildLanes(
  events: readonly TimelineEvent[],
  mode: LaneMode,
  items: readonly FacetItem[],
  filters: Filters,
  noneName: string,
): LaneSet {
  const chosen = filters[mode];
  const byLane = new Map<string, TimelineEvent[]>();
  for (const item of items) if (!chosen.length || chosen.includes(item.id)) byLane.set(item.id, []);
  if (!chosen.length) byLane.set(NONE_LANE, []);
  for (const e of events) {
    const ids = e.facets[mode];
    if (ids.length === 0) byLane.get(NONE_LANE)?.push(e);
    for (const id of ids) byLane.get(id)?.push(e);
  }
  const lanes: Lane[] = [];
  const lanesOf = new Map<string, string[]>();
  const names = new Map(items.map((i) => [i.id, i.name]));
  for (const [id, laneEvents] of byLane) {
    if (laneEvents.length === 0) continue;
    lanes.push({ id, name: id === NONE_LANE ? noneName : names.get(id)!, events: laneEvents });
    for (const e of laneEvents) {
      const list = lanesOf.get(e.id);
      if (list) list.push(id);
      else lanesOf.set(e.id, [id]);
    }
  }
  return { mode, lanes, lanesOf };
}
