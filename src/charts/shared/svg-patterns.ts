/**
 * SVG <pattern> definitions for level swatches, drawn into a given <defs> with d3. Fills
 * carry both themes as CSS custom properties (the site's CSS picks one) and the light
 * colour as a plain attribute (for standalone SVG and PNG images).
 */
import type { Selection } from 'd3-selection';
import { patternId, UNKNOWN_SWATCH, type PatternKind, type Swatch } from './level-style.ts';
import type { ChartTheme } from './theme.ts';

const SHAPES: Record<PatternKind, { d?: string; dot?: boolean; strokeWidth?: number }> = {
  solid: {},
  stripes: { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', strokeWidth: 1.6 },
  dots: { dot: true },
  grid: { d: 'M0,4 h8 M4,0 v8', strokeWidth: 1.2 },
  cross: { d: 'M0,0 l8,8 M8,0 l-8,8', strokeWidth: 1.4 },
};

export function swatchStyle(s: Swatch): string {
  return `--fill-light:${s.fill};--fill-dark:${s.fillDark};--ink:${s.ink}`;
}

export function drawPatterns<P extends Element>(
  defs: Selection<P, unknown, null, undefined>,
  prefix: string,
  swatches: ReadonlyMap<string, Swatch>,
): void {
  for (const [level, s] of swatches) {
    const p = defs
      .append('pattern')
      .attr('id', patternId(prefix, level))
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 8)
      .attr('height', 8);
    p.append('rect').attr('width', 8).attr('height', 8).attr('class', 'level-fill').attr('style', swatchStyle(s)).attr('fill', s.fill);
    const shape = SHAPES[s.pattern];
    if (shape.d) {
      p.append('path').attr('d', shape.d).attr('fill', 'none').attr('stroke', s.ink).attr('stroke-width', shape.strokeWidth ?? 1);
    }
    if (shape.dot) p.append('circle').attr('cx', 4).attr('cy', 4).attr('r', 1.6).attr('fill', s.ink);
  }
}

/**
 * Paints a shape as "unknown": pale, dashed outline. Follows the page's theme through CSS,
 * or the fixed theme of an image.
 */
export function paintUnknown<E extends Element>(sel: Selection<E, unknown, null, undefined>, theme: ChartTheme | undefined, dash = '3 3') {
  return sel
    .attr('class', 'level-fill level-fill--unknown')
    .attr('style', swatchStyle(UNKNOWN_SWATCH))
    .attr('fill', theme?.dark ? UNKNOWN_SWATCH.fillDark : UNKNOWN_SWATCH.fill)
    .attr('stroke', UNKNOWN_SWATCH.ink)
    .attr('stroke-dasharray', dash)
    .attr('data-level', 'unknown');
}

/**
 * Paints a shape as "no level stated, other facts known": the background with a solid
 * outline, so it reads neither as a level nor as unknown. Page CSS or an image's theme.
 */
export function paintStated<E extends Element>(sel: Selection<E, unknown, null, undefined>, theme: ChartTheme | undefined) {
  sel.attr('class', 'stated-fill').attr('data-stated', 'true').attr('stroke-width', 1);
  if (theme) sel.attr('fill', theme.background).attr('stroke', theme.muted);
  return sel;
}

/** Paints a shape with a level's pattern (outlined in the pattern's ink). */
export function paintLevel<E extends Element>(sel: Selection<E, unknown, null, undefined>, prefix: string, level: string, swatch: Swatch | undefined) {
  return sel.attr('fill', `url(#${patternId(prefix, level)})`).attr('stroke', swatch?.ink ?? 'none').attr('data-level', level);
}

/**
 * Marks a shape as resting on opinion alone: a dashed outline in the opinion colour, as the
 * timeline outlines events that rest on opinion. Charts also write the word (a label or
 * their legend), never the colour alone.
 */
export function outlineOpinion<E extends Element>(sel: Selection<E, unknown, null, undefined>, theme: ChartTheme | undefined) {
  sel.attr('stroke-dasharray', '3 2').attr('stroke-width', 2).attr('data-opinion', 'true');
  if (theme) sel.attr('stroke', theme.opinion);
  else sel.attr('stroke', null).classed('chart-opinion-outline', true);
  return sel;
}
