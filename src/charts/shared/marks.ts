/**
 * The yes and no marks (a tick, a cross), drawn as paths rather than characters: no font
 * has to carry them, so images, PDFs and pages show the same marks. One drawing for SVG
 * charts and for inline icons in HTML tables.
 */
import type { Selection } from 'd3-selection';
import { h, type Html } from '../html/markup.ts';

/** Paths in a 16 × 16 box. */
const PATHS = {
  yes: 'M3 8.5l3.2 3.2L13 4.8',
  no: 'M4 4l8 8M12 4l-8 8',
} as const;

export type MarkValue = keyof typeof PATHS;

/** A mark in an SVG chart, in a square of `size` with its top-left corner at (x, y). */
export function drawMark<P extends Element>(parent: Selection<P, unknown, null, undefined>, value: MarkValue, x: number, y: number, size: number) {
  return parent
    .append('path')
    .attr('class', `mark mark--${value}`)
    .attr('d', PATHS[value])
    .attr('transform', `translate(${x},${y}) scale(${size / 16})`)
    .attr('fill', 'none')
    .attr('stroke', 'currentColor')
    .attr('stroke-width', 2.2)
    .attr('stroke-linecap', 'round')
    .attr('stroke-linejoin', 'round');
}

/** The same mark as an inline icon in HTML (hidden from assistive technology: the words say it). */
export function markIcon(value: MarkValue): Html {
  return h(
    'svg',
    { class: `mark-icon mark-icon--${value}`, viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true' },
    h('path', { d: PATHS[value], fill: 'none', stroke: 'currentColor', 'stroke-width': 2.2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  );
}
