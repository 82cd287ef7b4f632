/**
 * A chart on its own, without the image frame (pages and embeds put the title and credit
 * in HTML around it). Its height follows what the chart's renderer drew.
 */
import { select } from 'd3-selection';
import type { BodyDrawer } from './frame.ts';
import { FONT_FAMILY } from './theme.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function renderBare(
  document: Document,
  width: number,
  draw: BodyDrawer,
  o: { readonly id: string; readonly title: string; readonly description: string; readonly fontSize: number },
): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(root)
    .attr('xmlns', SVG_NS)
    .attr('class', 'chart')
    .attr('role', 'group')
    .attr('aria-labelledby', `${o.id}-title ${o.id}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', o.fontSize);
  svg.append('title').attr('id', `${o.id}-title`).text(o.title);
  svg.append('desc').attr('id', `${o.id}-desc`).text(o.description);
  const height = Math.ceil(draw(svg.append('g').attr('fill', 'currentColor'), width) + 2);
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
  return root;
}
