/**
 * Draws the overview strip: how many events start in each month across the whole history,
 * year labels, and the brush: a window over the range the main chart shows, with a handle
 * at each end. Decorative for assistive technology (the same range is stated in words and
 * set with buttons and keys), so the whole strip is aria-hidden.
 */
import { select } from 'd3-selection';
import type { OverviewLayout } from '../../lib/timeline/overview.ts';
import type { AxisLabel } from '../../lib/timeline/axis.ts';
import { byKey, changed, layer, px } from './svg.ts';

/** The bars and axis last drawn per strip: they change with the filters and width, not with the range. */
const drawn = new WeakMap<Element, string>();

export function renderOverview(svg: SVGSVGElement, layout: OverviewLayout): void {
  select(svg)
    .attr('class', 'tl-overview')
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('aria-hidden', 'true');
  const [x0, x1] = layout.scale.range;
  const still = !changed(svg, `${layout.width} ${x0} ${x1} ${layout.bars.map((b) => `${b.key}:${b.count}`).join()}`, drawn);
  if (!still) drawBackground(svg, layout);
  drawBrush(svg, layout);
}

function drawBackground(svg: SVGSVGElement, layout: OverviewLayout) {
  const [x0, x1] = layout.scale.range;
  layer(svg, 'rect', 'tl-overview__bg')
    .attr('x', x0)
    .attr('y', layout.barsTop)
    .attr('width', px(x1 - x0))
    .attr('height', layout.barsBottom - layout.barsTop);
  layer(svg, 'g', 'tl-overview__bars')
    .selectAll<SVGRectElement, OverviewLayout['bars'][number]>('rect')
    .data(layout.bars, byKey)
    .join((enter) => enter.append('rect'))
    .attr('data-key', (d) => d.key)
    .attr('class', 'tl-overview__bar')
    .attr('x', (d) => px(d.x))
    .attr('y', (d) => px(d.y))
    .attr('width', (d) => px(d.width))
    .attr('height', (d) => px(d.height));
  const ticks = layer(svg, 'g', 'tl-overview__ticks');
  ticks
    .selectAll<SVGLineElement, { key: string; x: number }>('line')
    .data(layout.axis.ticks.map((t) => ({ key: String(t.day), x: t.x })), byKey)
    .join((enter) => enter.append('line'))
    .attr('data-key', (d) => d.key)
    .attr('class', 'tl-overview__tick')
    .attr('x1', (d) => px(d.x))
    .attr('x2', (d) => px(d.x))
    .attr('y1', layout.barsTop)
    .attr('y2', layout.barsBottom + 4);
  ticks
    .selectAll<SVGTextElement, AxisLabel>('text')
    .data(layout.axis.labels, byKey)
    .join((enter) => enter.append('text'))
    .attr('data-key', (d) => d.key)
    .attr('class', 'tl-overview__label')
    .attr('x', (d) => px(d.x))
    .attr('y', layout.barsBottom + 15)
    .attr('text-anchor', 'middle')
    .text((d) => d.text);
}

function drawBrush(svg: SVGSVGElement, layout: OverviewLayout) {
  const [x0, x1] = layout.scale.range;
  const { x, width } = layout.window;
  const brush = layer(svg, 'g', 'tl-brush');
  const node = brush.node()!;
  layer(node, 'rect', 'tl-brush__shade tl-brush__shade--before')
    .attr('x', x0)
    .attr('y', layout.barsTop)
    .attr('width', px(Math.max(0, x - x0)))
    .attr('height', layout.barsBottom - layout.barsTop);
  layer(node, 'rect', 'tl-brush__shade tl-brush__shade--after')
    .attr('x', px(x + width))
    .attr('y', layout.barsTop)
    .attr('width', px(Math.max(0, x1 - x - width)))
    .attr('height', layout.barsBottom - layout.barsTop);
  layer(node, 'rect', 'tl-brush__window')
    .attr('x', px(x))
    .attr('y', layout.barsTop - 2)
    .attr('width', px(width))
    .attr('height', layout.barsBottom - layout.barsTop + 4)
    .attr('rx', 3);
  for (const side of ['start', 'end'] as const) {
    layer(node, 'rect', `tl-brush__handle tl-brush__handle--${side}`)
      .attr('data-handle', side)
      .attr('x', px((side === 'start' ? x : x + width) - 4))
      .attr('y', layout.barsTop + 4)
      .attr('width', 8)
      .attr('height', layout.barsBottom - layout.barsTop - 8)
      .attr('rx', 3);
  }
}
