/**
 * The overview strip under the timeline: how many of the shown events start in each month
 * (or week, or day, for short histories) across the whole history, with a window marking
 * the range the main chart shows. Dragging the window (the brush) picks the range.
 */
import type { Measure } from '../text/measure.ts';
import { boundaries, months } from './intervals.ts';
import type { Lang } from '../../model/lang.ts';
import { axis, type Axis } from './axis.ts';
import type { DayRange } from './bounds.ts';
import { dayScale, type DayScale } from './day-scale.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { firstIndex } from '../first-index.ts';

export interface Bin {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/** Events counted by the bin their date starts in: months for long histories, else weeks or days. */
export function overviewBins(events: readonly TimelineEvent[], bounds: DayRange): Bin[] {
  const span = bounds.end - bounds.start;
  const edges: number[] = [];
  if (span >= 730) {
    edges.push(...boundaries(months(1), bounds.start, bounds.end));
  } else {
    const step = span >= 120 ? 7 : 1;
    for (let d = Math.floor(bounds.start); d < bounds.end + step; d += step) edges.push(d);
  }
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const e of events) {
    // The bin whose edges hold its start: the last edge at or before it.
    if (e.start >= edges[0]! && e.start < edges.at(-1)!) counts[firstIndex(edges.length, (i) => edges[i]! > e.start) - 1]!++;
  }
  return counts.map((count, i) => ({ start: edges[i]!, end: edges[i + 1]!, count }));
}

export interface OverviewGeometry {
  readonly width: number;
  readonly height: number;
  readonly x0: number;
  readonly x1: number;
  /** Height of the bars' area; the axis labels sit below it. */
  readonly barsHeight: number;
  readonly fontSize: number;
}

export function overviewGeometry(width: number, x0: number, x1: number): OverviewGeometry {
  return { width, height: 58, x0, x1, barsHeight: 34, fontSize: 11 };
}

export interface OverviewLayout {
  readonly width: number;
  readonly height: number;
  readonly barsTop: number;
  readonly barsBottom: number;
  readonly scale: DayScale;
  readonly bars: readonly { readonly key: string; readonly x: number; readonly width: number; readonly y: number; readonly height: number; readonly count: number }[];
  /** The range the main chart shows. */
  readonly window: { readonly x: number; readonly width: number };
  readonly axis: Axis;
}

export function layoutOverview(bins: readonly Bin[], bounds: DayRange, range: DayRange, g: OverviewGeometry, lang: Lang, measure: Measure): OverviewLayout {
  const scale = dayScale([bounds.start, bounds.end], [g.x0, g.x1]);
  const top = 6;
  const bottom = top + g.barsHeight;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const bars = bins
    .filter((b) => b.count > 0)
    .map((b) => {
      const x = scale(b.start);
      const h = Math.max(2, (b.count / max) * (g.barsHeight - 2));
      return { key: String(b.start), x: x + 0.5, width: Math.max(1, scale(b.end) - x - 1), y: bottom - h, height: h, count: b.count };
    });
  const wx = scale(range.start);
  const ww = Math.max(6, scale(range.end) - wx);
  return {
    width: g.width,
    height: g.height,
    barsTop: top,
    barsBottom: bottom,
    scale,
    bars,
    window: { x: Math.min(wx, g.x1 - ww), width: ww },
    axis: axis(scale, lang, g.fontSize, measure, ['year']),
  };
}
