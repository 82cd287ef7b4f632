/**
 * Rows within a lane, and counted clusters where events are too dense to draw one by one.
 *
 * Packing works at a zoom *level* rather than the exact zoom: density (pixels per day) is
 * rounded down to a quarter power of two, and marks are packed as wide as they would be at
 * that lowest density. They therefore never overlap anywhere within the level, the packing
 * is computed once per level (not per frame), and panning never moves a mark between rows.
 *
 * Time is cut into buckets of `bucketWidth` pixels (at the level's density), fixed in time
 * so they do not shift as the reader pans. A bucket holding more events than its rows can
 * show, or one whose event finds no free row, becomes a cluster: one box with a count,
 * which every event reaching into it joins.
 */
import type { TimelineGeometry } from './geometry.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { anchorDay, reachDay } from './timeline-event.ts';

export interface PackedMark {
  readonly event: TimelineEvent;
  readonly row: number;
  /** Extent in days, as packed (the mark's width at the level's density). */
  readonly lo: number;
  readonly hi: number;
}

export interface PackedCluster {
  readonly bucket: number;
  /** The bucket's extent in days. */
  readonly lo: number;
  readonly hi: number;
  /** Its events, in time order. */
  readonly events: readonly TimelineEvent[];
  /** First day and last position its events cover. */
  readonly first: number;
  readonly last: number;
}

export interface LanePacking {
  /** Rows used (at least 1). */
  readonly rows: number;
  /** Marks drawn one by one, by extent start. */
  readonly marks: readonly PackedMark[];
  readonly clusters: readonly PackedCluster[];
  /** Widest mark extent, in days (for finding the marks in a range). */
  readonly maxSpan: number;
  readonly clusterOf: ReadonlyMap<string, PackedCluster>;
}

/** Zoom level of a density: quarter powers of two. */
export function zoomLevel(ppd: number): number {
  return Math.floor(Math.log2(ppd) * 4);
}

export function levelDensity(level: number): number {
  return 2 ** (level / 4);
}

/** A mark's extent in days at a density (without the gap after it). */
export function markExtent(e: TimelineEvent, ppd: number, g: Pick<TimelineGeometry, 'markRadius' | 'minBarWidth'>): [number, number] {
  const r = g.markRadius / ppd;
  const lo = e.precision === 'day' ? anchorDay(e) - r : e.start;
  let hi = e.precision === 'day' ? anchorDay(e) + r : Math.max(e.end, e.start + g.minBarWidth / ppd);
  if (e.effective !== undefined) hi = Math.max(hi, e.effective + r, reachDay(e));
  return [lo, hi];
}

export function packLane(events: readonly TimelineEvent[], ppd: number, g: TimelineGeometry): LanePacking {
  const n = events.length;
  // Extents in time order (by start, then the events' own order), in flat arrays: this runs
  // for every event of every lane at each zoom level the reader reaches.
  const order = new Array<number>(n);
  const los = new Float64Array(n);
  const his = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const [lo, hi] = markExtent(events[k]!, ppd, g);
    los[k] = lo;
    his[k] = hi;
    order[k] = k;
  }
  order.sort((a, b) => los[a]! - los[b]! || events[a]!.index - events[b]!.index);
  const sorted = order.map((k) => events[k]!);
  const lo = Float64Array.from(order, (k) => los[k]!);
  const hi = Float64Array.from(order, (k) => his[k]!);
  const bucketDays = g.bucketWidth / ppd;
  const gapDays = g.gap / ppd;
  const bucketOf = (day: number) => Math.floor(day / bucketDays);
  let maxSpan = 0;
  for (let k = 0; k < n; k++) maxSpan = Math.max(maxSpan, hi[k]! - lo[k]!);

  // Buckets with more events than rows × marks-per-bucket-row are counted outright.
  const perRow = Math.max(1, Math.floor(g.bucketWidth / (2 * g.markRadius + g.gap)));
  const counts = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    const b = bucketOf(lo[k]!);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const clustered = new Set<number>();
  for (const [b, count] of counts) if (count > g.maxRows * perRow) clustered.add(b);

  // First-fit rows; an event that finds no row turns its bucket into a cluster, and packing
  // resumes from the first event that reaches into that bucket (row state is snapshotted).
  const rowOf = new Int16Array(n);
  const bucketAt = new Float64Array(n);
  const snapshots = new Float64Array(n * g.maxRows);
  const snapshotRows = new Int8Array(n);
  const rowsEnd = new Float64Array(g.maxRows);
  let rowCount = 0;
  let i = 0;
  while (i < n) {
    snapshots.set(rowsEnd, i * g.maxRows);
    snapshotRows[i] = rowCount;
    const b0 = bucketOf(lo[i]!);
    const b1 = bucketOf(hi[i]!);
    let hit = NaN;
    for (let b = b0; b <= b1; b++) {
      if (clustered.has(b)) {
        hit = b;
        break;
      }
    }
    if (!Number.isNaN(hit)) {
      rowOf[i] = -1;
      bucketAt[i] = hit;
      i++;
      continue;
    }
    let row = -1;
    for (let r = 0; r < rowCount; r++) {
      if (rowsEnd[r]! <= lo[i]!) {
        row = r;
        break;
      }
    }
    if (row < 0 && rowCount < g.maxRows) row = rowCount++;
    if (row >= 0) {
      rowsEnd[row] = hi[i]! + gapDays;
      rowOf[i] = row;
      i++;
      continue;
    }
    clustered.add(b0);
    const bucketStart = b0 * bucketDays;
    let j = i;
    while (j > 0 && lo[j - 1]! >= bucketStart - maxSpan) j--;
    while (j < i && hi[j]! < bucketStart) j++;
    rowsEnd.set(snapshots.subarray(j * g.maxRows, (j + 1) * g.maxRows));
    rowCount = snapshotRows[j]!;
    i = j;
  }

  const marks: PackedMark[] = [];
  const clusterEvents = new Map<number, TimelineEvent[]>();
  let rows = 1;
  for (let k = 0; k < n; k++) {
    const event = sorted[k]!;
    if (rowOf[k]! >= 0) {
      marks.push({ event, row: rowOf[k]!, lo: lo[k]!, hi: hi[k]! });
      rows = Math.max(rows, rowOf[k]! + 1);
    } else {
      const b = bucketAt[k]!;
      const list = clusterEvents.get(b);
      if (list) list.push(event);
      else clusterEvents.set(b, [event]);
    }
  }
  const clusters = [...clusterEvents]
    .sort((a, b) => a[0] - b[0])
    .map(([bucket, list]): PackedCluster => {
      let first = Infinity;
      let last = -Infinity;
      for (const e of list) {
        first = Math.min(first, e.start);
        last = Math.max(last, reachDay(e));
      }
      return { bucket, lo: bucket * bucketDays, hi: (bucket + 1) * bucketDays, events: list.sort((a, b) => a.index - b.index), first, last };
    });
  if (clusters.length) rows = Math.max(rows, Math.min(2, g.maxRows));
  // Looked up only for the focused or selected event and for marks in view: built on first use.
  let clusterOf: Map<string, PackedCluster> | undefined;
  return {
    rows,
    marks,
    clusters,
    maxSpan: Math.max(maxSpan, bucketDays),
    get clusterOf() {
      if (!clusterOf) {
        clusterOf = new Map();
        for (const c of clusters) for (const e of c.events) clusterOf.set(e.id, c);
      }
      return clusterOf;
    },
  };
}
