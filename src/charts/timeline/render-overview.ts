/**
 * Draws the overview strip: how many events start in each month across the whole history,
 * year labels, and the brush: a window over the range the main chart shows, with a handle
 * at each end. Decorative for assistive technology (the same range is stated in words and
 * set with buttons and keys), so the whole strip is aria-hidden.
 */
import type { OverviewLayout } from '../../lib/timeline/overview.ts';
import type { AxisLabel } from '../../lib/timeline/axis.ts';
import { byKey, changed, layer, px, setAttrs } from './svg.ts';

/** The bars and axis last drawn per strip: they change with the filters and width, not with the range. */
const drawn = new WeakMap<Element, string>();

export function renderOverview(svg: SVGSVGElement, layout: OverviewLayout): void {
  setAttrs(svg, { class: 'tl-overview', viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, 'aria-hidden': 'true' });
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
  const node = layer(svg, 'g', 'tl-brush').node()!;
  const top = layout.barsTop;
  const height = layout.barsBottom - layout.barsTop;
  setAttrs(layer(node, 'rect', 'tl-brush__shade tl-brush__shade--before').node()!, { x: x0, y: top, width: px(Math.max(0, x - x0)), height });
  setAttrs(layer(node, 'rect', 'tl-brush__shade tl-brush__shade--after').node()!, { x: px(x + width), y: top, width: px(Math.max(0, x1 - x - width)), height });
  setAttrs(layer(node, 'rect', 'tl-brush__window').node()!, { x: px(x), y: top - 2, width: px(width), height: height + 4, rx: 3 });
  for (const side of ['start', 'end'] as const) {
    setAttrs(layer(node, 'rect', `tl-brush__handle tl-brush__handle--${side}`).node()!, {
      'data-handle': side,
      x: px((side === 'start' ? x : x + width) - 4),
      y: top + 4,
      width: 8,
      height: height - 8,
      rx: 3,
    });
  }
}
