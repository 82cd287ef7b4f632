/**
 * Shortening a text to a width with a measurer (./measure.ts). On its own, apart from line
 * breaking (./wrap.ts): the timeline, which only ever shortens, loads this alone.
 */
import type { Measure, TextStyle } from './measure.ts';

/** The text cut to fit a width, ending in "…" when cut; "" when not even one character fits. */
export function fitText(measure: Measure, text: string, width: number, style: TextStyle): string {
  if (measure(text, style) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with its ellipsis (widths grow with length).
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}
