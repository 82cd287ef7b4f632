/**
 * A linear scale from positions on the day axis (day numbers, fractions allowed) to pixels.
 * It maps exactly as d3's scaleUtc does over the UTC-midnight dates that stand for CST
 * calendar days (the unit tests check that), without shipping d3-scale's interpolators,
 * colour parsing and number formats to the browser.
 */
export interface DayScale {
  (day: number): number;
  /** The day position at a pixel (fractional). */
  invert(px: number): number;
  /** Pixels per day. */
  readonly ppd: number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function dayScale(domain: readonly [number, number], range: readonly [number, number]): DayScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ppd = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((day: number) => r0 + (day - d0) * ppd) as DayScale;
  Object.assign(scale, {
    invert: (px: number) => d0 + (px - r0) / ppd,
    ppd,
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
  });
  return scale;
}
