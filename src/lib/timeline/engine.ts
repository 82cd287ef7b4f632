/**
 * The whole path from data and view to layouts, with each step remembered until its inputs
 * change: filtering and lanes when the filters or lane mode change, packing per zoom level,
 * overview counts per filter. A zoom or pan frame then costs only culling and placement.
 * The build-time render and the browser use the same engine.
 */
import type { TimelineBounds } from './bounds.ts';
import { timelineBounds } from './bounds.ts';
import { viewRange } from './controller.ts';
import { filterEvents } from './filter.ts';
import type { TimelineGeometry } from './geometry.ts';
import { buildLanes, type LaneSet } from './lanes.ts';
import { layoutTimeline, levelFor, packLanes, type Packings, type TimelineLayout } from './layout.ts';
import { layoutOverview, overviewBins, type Bin, type OverviewGeometry, type OverviewLayout } from './overview.ts';
import type { TimelineData } from './payload.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { FACETS } from './timeline-event.ts';
import type { TimelineView } from './view.ts';

export interface Shown {
  /** The events the view's filters let through, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly lanes: LaneSet;
  readonly bins: readonly Bin[];
}

export interface TimelineEngine {
  readonly data: TimelineData;
  readonly bounds: TimelineBounds;
  shown(view: TimelineView): Shown;
  layout(view: TimelineView, geometry: TimelineGeometry, focused?: string): TimelineLayout;
  overview(view: TimelineView, geometry: OverviewGeometry): OverviewLayout;
}

const filterKey = (view: TimelineView) => JSON.stringify([view.lanes, FACETS.map((f) => view.filters[f]), view.query.trim().toLowerCase()]);

export function timelineEngine(data: TimelineData, noneLaneName: string): TimelineEngine {
  const bounds = timelineBounds(data.events);
  let shownKey = '';
  let shownValue: Shown | undefined;
  // Packings of the levels visited since the filters last changed (a few, most recent kept).
  const packed = new Map<string, Packings>();

  const shown = (view: TimelineView): Shown => {
    const key = filterKey(view);
    if (!shownValue || key !== shownKey) {
      const events = filterEvents(data.events, view);
      shownValue = {
        events,
        lanes: buildLanes(events, view.lanes, data.facets[view.lanes], view.filters, noneLaneName),
        bins: overviewBins(events, bounds),
      };
      shownKey = key;
      packed.clear();
    }
    return shownValue;
  };

  return {
    data,
    bounds,
    shown,
    layout(view, geometry, focused) {
      const s = shown(view);
      const range = viewRange(view, bounds);
      const level = levelFor(range, geometry);
      const key = `${level}|${JSON.stringify(geometry)}`;
      let packings = packed.get(key);
      if (!packings) {
        packings = packLanes(s.lanes, level, geometry);
        if (packed.size >= 8) packed.delete(packed.keys().next().value!);
        packed.set(key, packings);
      }
      return layoutTimeline({ lanes: s.lanes, packings, range, geometry, lang: data.lang, selected: view.event, focused });
    },
    overview(view, geometry) {
      return layoutOverview(shown(view).bins, bounds, viewRange(view, bounds), geometry, data.lang);
    },
  };
}
