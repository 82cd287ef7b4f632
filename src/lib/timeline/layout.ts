/**
 * The timeline's layout for one frame: where every lane, mark, cluster, tick and label goes,
 * in pixels, for the view's range and the geometry's width. Pure data, no DOM: the renderer
 * (src/charts/timeline) draws it, at build time in Node and in the browser alike.
 *
 * Per frame this only culls the packed marks to the visible range and places them; the
 * expensive part (packing, clustering) is done once per zoom level (packing.ts).
 */
import type { Lang } from '../../model/lang.ts';
import { axis, type Axis } from './axis.ts';
import type { DayRange } from './bounds.ts';
import { dayScale, type DayScale } from './day-scale.ts';
import { plotSpan, type TimelineGeometry } from './geometry.ts';
import type { LaneSet } from './lanes.ts';
import { levelDensity, packLane, zoomLevel, type LanePacking, type PackedCluster, type PackedMark } from './packing.ts';
import type { Measure } from '../text/measure.ts';
import { fitText } from '../text/fit.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { anchorDay } from './timeline-event.ts';
import { placeMilestones, type MilestoneInput } from './milestone-labels.ts';
import { firstIndex } from '../first-index.ts';

/** Height of a row of milestone labels. */
export const MILESTONE_ROW = 18;

export interface LaneLayout {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  /** The name as it fits the space for it. */
  readonly label: string;
  readonly index: number;
  readonly y: number;
  readonly height: number;
  readonly labelX: number;
  readonly labelY: number;
  /** Events in the lane (all of it, not only the visible range). */
  readonly count: number;
}

export interface MarkLayout {
  /** `${event id}@${lane id}`, with "~" after an echo's: one mark per event per lane. */
  readonly key: string;
  readonly event: TimelineEvent;
  readonly laneId: string;
  /** The event's mark in its first lane: the one that takes focus and is read out; the others echo it. */
  readonly primary: boolean;
  /** Point (one day) or horizontal position of a bar's start. */
  readonly x: number;
  /** Bar width; 0 for a one-day point. */
  readonly width: number;
  /** Where the effective date's diamond goes, when the event has one. */
  readonly effectiveX?: number;
  /** Vertical centre of its row. */
  readonly y: number;
  /** The title as it fits beside the mark ("" when there is no room). */
  readonly label: string;
  readonly labelX: number;
  readonly selected: boolean;
  /** Drawn over a cluster it would otherwise be counted in (it is focused or selected). */
  readonly pinned: boolean;
  /** The one mark in the keyboard's tab order. */
  readonly tabStop: boolean;
  /** An event shared by many actors, drawn once: all of them, by name. */
  readonly sharedWith?: readonly string[];
}

/** A milestone: its rule at the event's date, its label in full in the band above the lanes. */
export interface MilestoneLayout {
  readonly key: string;
  readonly eventId: string;
  /** The rule's position. */
  readonly x: number;
  readonly label: string;
  /** The label's left edge and baseline. */
  readonly labelX: number;
  readonly labelY: number;
  /** The label's drawn width (for tests and hit areas). */
  readonly labelWidth: number;
  /** Where the rule starts: at its label, or below the labels that lie across it. */
  readonly ruleY: number;
  readonly selected: boolean;
}

export interface ClusterLayout {
  readonly key: string;
  readonly laneId: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly count: number;
  /** The count as drawn ("12", "1.2k"), or "" when it does not fit the box (measured). */
  readonly label: string;
  /** First day and last position its events cover. */
  readonly first: number;
  readonly last: number;
}

export interface TimelineLayout {
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  readonly range: DayRange;
  readonly scale: DayScale;
  readonly axis: Axis;
  readonly lanes: readonly LaneLayout[];
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  /** The milestones in view, labelled in the band between the axis and the lanes. */
  readonly milestones: readonly MilestoneLayout[];
  /** Top and bottom of the milestones' band (equal when none is in view). */
  readonly band: { readonly y0: number; readonly y1: number };
  /** No event matches the view's filters. */
  readonly empty: boolean;
}

export type Packings = ReadonlyMap<string, LanePacking>;

/**
 * The zoom level for a range at a width (see packing.ts). An empty or reversed range (which no
 * view should have) counts as the shortest one: a level that is not a number would never
 * finish packing.
 */
export function levelFor(range: DayRange, geometry: TimelineGeometry): number {
  const [x0, x1] = plotSpan(geometry);
  return zoomLevel((x1 - x0) / Math.max(range.end - range.start, 1 / 64));
}

/** Packs every lane at a zoom level. */
export function packLanes(lanes: LaneSet, level: number, geometry: TimelineGeometry): Packings {
  const ppd = levelDensity(level);
  return new Map(lanes.lanes.map((lane) => [lane.id, packLane(lane.events, ppd, geometry)]));
}

export interface LayoutInput {
  readonly lanes: LaneSet;
  /** The lanes packed at levelFor(range, geometry). */
  readonly packings: Packings;
  readonly range: DayRange;
  readonly geometry: TimelineGeometry;
  readonly lang: Lang;
  /** Text widths where the chart is drawn (the bundled fonts at build time, the browser's own in the browser). */
  readonly measure: Measure;
  readonly selected?: string | undefined;
  /** The event keyboard focus is on. */
  readonly focused?: string | undefined;
}

/** First index whose `lo` is at least `day` (items sorted by lo). */
function lowerBound(items: readonly { lo: number }[], day: number): number {
  return firstIndex(items.length, (i) => items[i]!.lo >= day);
}

/** Packed items overlapping a range. */
function visible<T extends { lo: number; hi: number }>(items: readonly T[], maxSpan: number, range: DayRange): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, range.start - maxSpan); i < items.length; i++) {
    const it = items[i]!;
    if (it.lo > range.end) break;
    if (it.hi >= range.start) out.push(it);
  }
  return out;
}

/**
 * The events drawn as marks in a range, not in clusters (pinned events aside), in any lane:
 * what a layout of these packings names, found without laying out the rest.
 */
export function markedEvents(packings: Packings, range: DayRange): string[] {
  const ids = new Set<string>();
  for (const packing of packings.values()) for (const m of visible(packing.marks, packing.maxSpan, range)) ids.add(m.event.id);
  return [...ids];
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { lanes: laneSet, packings, range, geometry: g, lang } = input;
  const [x0, x1] = plotSpan(g);
  const scale = dayScale([range.start, range.end], [x0, x1]);
  const r = g.markRadius;
  const pins = [input.focused, input.selected].filter((id): id is string => id !== undefined);

  // The milestones' band, under the axis: every milestone in view, labelled in full.
  const seen = new Set<string>();
  const items: MilestoneInput[] = [];
  const milestoneFont = { size: g.fontSize, bold: true };
  for (const lane of laneSet.lanes) {
    for (const e of lane.events) {
      if (!e.milestone || seen.has(e.id)) continue;
      seen.add(e.id);
      const x = scale(anchorDay(e));
      if (x < x0 || x > x1) continue;
      items.push({ id: e.id, x, label: e.milestone, width: input.measure(e.milestone, milestoneFont) });
    }
  }
  const { placed, rows: bandRows } = placeMilestones(items, x0, x1);
  const bandTop = g.axisHeight;
  const bandBottom = bandTop + (bandRows ? bandRows * MILESTONE_ROW + 6 : 0);
  const milestones: MilestoneLayout[] = placed.map((m) => ({
    key: m.id,
    eventId: m.id,
    x: m.x,
    label: m.label,
    labelX: m.left,
    labelY: bandTop + m.row * MILESTONE_ROW + MILESTONE_ROW - 4,
    labelWidth: m.width,
    ruleY: bandTop + m.ruleRow * MILESTONE_ROW + 3,
    selected: m.id === input.selected,
  }));

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  let y = bandBottom;
  laneSet.lanes.forEach((lane, index) => {
    const packing = packings.get(lane.id)!;
    const rowsTop = y + (g.laneLabels === 'header' ? g.laneHeader : g.lanePadding);
    const height = rowsTop - y + packing.rows * g.rowHeight + g.lanePadding;
    const labelWidth = g.laneLabels === 'gutter' ? g.gutter - g.marginLeft - 12 : g.width - g.marginLeft - g.marginRight;
    lanes.push({
      key: lane.id,
      id: lane.id,
      name: lane.name,
      label: fitText(input.measure, lane.name, labelWidth, { size: g.fontSize + 1, bold: true }),
      index,
      y,
      height,
      labelX: g.marginLeft,
      labelY: g.laneLabels === 'header' ? y + g.laneHeader - 6 : rowsTop + g.rowHeight / 2,
      count: lane.events.length,
    });

    // Clusters in view, less any pinned event drawn on its own.
    const pinnedHere = new Map<PackedCluster, TimelineEvent[]>();
    for (const id of pins) {
      const c = packing.clusterOf.get(id);
      if (c && !pinnedHere.get(c)?.some((e) => e.id === id)) pinnedHere.set(c, [...(pinnedHere.get(c) ?? []), c.events.find((e) => e.id === id)!]);
    }
    const laneClusters: ClusterLayout[] = [];
    for (const c of visible(packing.clusters, packing.maxSpan, range)) {
      const count = c.events.length - (pinnedHere.get(c)?.length ?? 0);
      if (count <= 0) continue;
      const cx0 = scale(c.lo);
      const width = Math.max(2, scale(c.hi) - cx0 - 2);
      const text = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
      laneClusters.push({
        key: `${lane.id}#${c.bucket}`,
        laneId: lane.id,
        x: cx0 + 1,
        width,
        y: rowsTop + 2,
        height: packing.rows * g.rowHeight - 4,
        count,
        label: width >= input.measure(text, { size: g.fontSize, bold: true }) + 2 ? text : '',
        first: c.first,
        last: c.last,
      });
    }
    clusters.push(...laneClusters);

    const placed: PackedMark[] = visible(packing.marks, packing.maxSpan, range);
    // Marks after these are pinned events drawn out of their clusters.
    const unpinned = placed.length;
    for (const [c, events] of pinnedHere) {
      if (c.hi < range.start || c.lo > range.end) continue;
      for (const event of events) placed.push({ event, row: 0, lo: c.lo, hi: c.hi });
    }

    // Geometry of each mark, then labels where the row has room before the next obstacle.
    const laneMarks = placed.map((p, k) => {
      const e = p.event;
      const pinned = k >= unpinned;
      const bar = e.precision !== 'day';
      const x = scale(bar ? e.start : anchorDay(e));
      const width = bar ? Math.max(g.minBarWidth, scale(e.end) - x) : 0;
      const effectiveX = e.effective === undefined ? undefined : scale(e.effective);
      const left = bar ? x : x - r;
      const right = Math.max(bar ? x + width : x + r, effectiveX === undefined ? -Infinity : effectiveX + r);
      return { p, e, pinned, x, width, effectiveX, left, right, y: rowsTop + p.row * g.rowHeight + g.rowHeight / 2 };
    });
    const byRow = new Map<number, typeof laneMarks>();
    for (const m of laneMarks) byRow.set(m.p.row, [...(byRow.get(m.p.row) ?? []), m]);
    const clusterLefts = laneClusters.map((c) => c.x);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.left - b.left);
      row.forEach((m, i) => {
        const next = Math.min(row[i + 1]?.left ?? x1, ...clusterLefts.filter((cx) => cx > m.right), x1);
        const room = next - m.right - 10;
        const labelX = m.right + 4;
        const label = room >= g.labelMinWidth && !m.pinned ? fitText(input.measure, m.e.title, room, { size: g.fontSize }) : '';
        const lanesOf = laneSet.lanesOf.get(m.e.id);
        const primary = lanesOf?.[0] === lane.id;
        marks.push({
          // The role is part of the key: when filters or folding make another lane the
          // event's first, its marks are drawn anew (a primary mark is a link, an echo not).
          key: `${m.e.id}@${lane.id}${primary ? '' : '~'}`,
          event: m.e,
          laneId: lane.id,
          primary,
          x: m.x,
          width: m.width,
          ...(m.effectiveX === undefined ? {} : { effectiveX: m.effectiveX }),
          y: m.y,
          label,
          labelX,
          selected: m.e.id === input.selected,
          pinned: m.pinned,
          tabStop: false,
          ...(laneSet.sharedWith.has(m.e.id) ? { sharedWith: laneSet.sharedWith.get(m.e.id)! } : {}),
        });
      });
    }
    y += height;
  });

  // Exactly one mark is in the tab order: the focused or selected event's, else the first in time.
  const primaries = marks.filter((m) => m.primary);
  const stop =
    primaries.find((m) => m.event.id === input.focused) ??
    primaries.find((m) => m.event.id === input.selected) ??
    primaries.reduce<MarkLayout | undefined>((best, m) => (!best || m.event.index < best.event.index ? m : best), undefined);
  const withStop = stop ? marks.map((m) => (m === stop ? { ...m, tabStop: true } : m)) : marks;

  return {
    lang,
    width: g.width,
    height: (laneSet.lanes.length ? y : y + 48) + 8,
    plot: { x0, x1, y0: g.axisHeight, y1: y },
    range,
    scale,
    axis: axis(scale, lang, g.fontSize, input.measure),
    lanes,
    marks: withStop,
    clusters,
    milestones,
    band: { y0: bandTop, y1: bandBottom },
    empty: laneSet.lanes.length === 0,
  };
}
