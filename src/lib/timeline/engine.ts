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
import { buildLanes, type LaneNames, type LaneSet } from './lanes.ts';
import { layoutTimeline, levelFor, packLanes, type Packings, type TimelineLayout } from './layout.ts';
import { layoutOverview, overviewBins, type Bin, type OverviewGeometry, type OverviewLayout } from './overview.ts';
import type { TimelineData } from './payload.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { FACETS } from './timeline-event.ts';
import type { TimelineView } from './view.ts';
import type { Measure } from '../text/measure.ts';

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
  /**
   * The layout of a view. `moving` (while a gesture or animation runs) reuses the nearest
   * coarser zoom level's packing when this level's is not ready: still free of overlaps,
   * only sparser, and instant; prepare() packs the exact level in the next idle moment.
   * Draw once more without `moving` when the view settles.
   */
  layout(view: TimelineView, geometry: TimelineGeometry, focused?: string, moving?: boolean): TimelineLayout;
  overview(view: TimelineView, geometry: OverviewGeometry): OverviewLayout;
  /** Packs one missing level: the view's own, then the coarser ones zooming out will reach. False when all are ready. */
  prepare(view: TimelineView, geometry: TimelineGeometry): boolean;
  /** Whether prepare() has nothing left to do for this view. */
  prepared(view: TimelineView, geometry: TimelineGeometry): boolean;
}

/** How many coarser levels (quarter powers of two each) are packed ahead for zooming out. */
const AHEAD = 6;

const filterKey = (view: TimelineView) => JSON.stringify([view.lanes, FACETS.map((f) => view.filters[f]), view.query.trim().toLowerCase()]);

/** `laneNames` names the lanes that are not reference items; `measure` gives text widths where the chart is drawn (labels are fitted with it). */
export function timelineEngine(data: TimelineData, laneNames: LaneNames, measure: Measure): TimelineEngine {
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
        lanes: buildLanes(events, view.lanes, data.facets[view.lanes], view.filters, laneNames),
        bins: overviewBins(events, bounds),
      };
      shownKey = key;
      packed.clear();
    }
    return shownValue;
  };

  const keyOf = (level: number, geometry: TimelineGeometry) => `${level}|${JSON.stringify(geometry)}`;
  const pack = (view: TimelineView, level: number, geometry: TimelineGeometry): Packings => {
    const key = keyOf(level, geometry);
    let packings = packed.get(key);
    if (!packings) {
      packings = packLanes(shown(view).lanes, level, geometry);
      if (packed.size >= 2 * AHEAD + 4) packed.delete(packed.keys().next().value!);
      packed.set(key, packings);
    }
    return packings;
  };

  return {
    data,
    bounds,
    shown,
    layout(view, geometry, focused, moving = false) {
      const s = shown(view);
      const range = viewRange(view, bounds);
      const level = levelFor(range, geometry);
      let packings = packed.get(keyOf(level, geometry));
      if (!packings && moving) {
        let best = -Infinity;
        for (const [key, p] of packed) {
          const l = Number(key.slice(0, key.indexOf('|')));
          if (l < level && l > best && key.endsWith(keyOf(0, geometry).slice(1))) {
            best = l;
            packings = p;
          }
        }
      }
      // Nothing coarser to stand in (zooming out past every packed level): pack a little
      // coarser than needed, which serves the next few frames too.
      packings ??= pack(view, moving ? level - 2 : level, geometry);
      return layoutTimeline({ lanes: s.lanes, packings, range, geometry, lang: data.lang, measure, selected: view.event, focused });
    },
    prepared(view, geometry) {
      const level = levelFor(viewRange(view, bounds), geometry);
      for (let l = level; l >= level - AHEAD; l--) if (!packed.has(keyOf(l, geometry))) return false;
      return true;
    },
    prepare(view, geometry) {
      const level = levelFor(viewRange(view, bounds), geometry);
      for (let l = level; l >= level - AHEAD; l--) {
        if (!packed.has(keyOf(l, geometry))) {
          pack(view, l, geometry);
          return true;
        }
      }
      return false;
    },
    overview(view, geometry) {
      return layoutOverview(shown(view).bins, bounds, viewRange(view, bounds), geometry, data.lang, measure);
    },
  };
}
