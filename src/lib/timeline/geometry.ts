/**
 * Sizes of everything the timeline draws, in CSS pixels. The layout reads only these, so a
 * page, an embed or a static image can pass its own (narrow phones get lane names above
 * each lane instead of in a left-hand column).
 */
export interface TimelineGeometry {
  readonly width: number;
  /** Lane names in a column on the left, or on a line above each lane. */
  readonly laneLabels: 'gutter' | 'header';
  /** Width of the lane-name column (gutter mode). */
  readonly gutter: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Height of the axis above the lanes (two lines: context and ticks). */
  readonly axisHeight: number;
  /** Height of the line above each lane that holds its name (header mode). */
  readonly laneHeader: number;
  readonly lanePadding: number;
  readonly rowHeight: number;
  /** Radius of a one-day mark (and of the effective-date diamond). */
  readonly markRadius: number;
  /** Height of a month or year bar. */
  readonly barHeight: number;
  /** A bar is never drawn narrower than this. */
  readonly minBarWidth: number;
  /** Space kept between marks in one row. */
  readonly gap: number;
  /** Rows per lane before dense stretches are counted instead of drawn one by one. */
  readonly maxRows: number;
  /** Width of the stretches that dense events are counted in. */
  readonly bucketWidth: number;
  readonly fontSize: number;
  /** An event's title is shown beside its mark when at least this much room is free. */
  readonly labelMinWidth: number;
}

export function timelineGeometry(width: number, overrides: Partial<TimelineGeometry> = {}): TimelineGeometry {
  const narrow = width < 640;
  return {
    width,
    laneLabels: narrow ? 'header' : 'gutter',
    gutter: width >= 960 ? 168 : 136,
    marginLeft: 12,
    marginRight: 16,
    axisHeight: 44,
    laneHeader: 20,
    lanePadding: 6,
    rowHeight: 24,
    markRadius: 6,
    barHeight: 12,
    minBarWidth: 6,
    gap: 4,
    maxRows: 4,
    bucketWidth: 36,
    fontSize: 12,
    labelMinWidth: 44,
    ...overrides,
  };
}

/** The horizontal span the time axis occupies. */
export function plotSpan(g: TimelineGeometry): [number, number] {
  const left = g.laneLabels === 'gutter' ? g.gutter : g.marginLeft;
  return [left, Math.max(left + 1, g.width - g.marginRight)];
}
