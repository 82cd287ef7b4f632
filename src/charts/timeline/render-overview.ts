/**
 * Draws the overview strip: how many events start in each month across the whole history,
 * year labels, and the brush: a window over the range the main chart shows, with a handle
 * at each end. Decorative for assistive technology (the same range is stated in words and
 * set with buttons and keys), so the whole strip is aria-hidden.
 */
import type { OverviewLayout } from '../../lib/timeline/overview.ts';
import type { AxisLabel } from '../../lib/timeline/axis.ts';
import { changed, join, layer, px, setAttrs, setText } from './svg.ts';

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
  setAttrs(layer(svg, 'rect', 'tl-overview__bg'), { x: x0, y: layout.barsTop, width: px(x1 - x0), height: layout.barsBottom - layout.barsTop });
  join<OverviewLayout['bars'][number], SVGRectElement>(layer(svg, 'g', 'tl-overview__bars'), 'rect', layout.bars, {
    update: (el, d) => setAttrs(el, { class: 'tl-overview__bar', x: px(d.x), y: px(d.y), width: px(d.width), height: px(d.height) }),
  });
  const ticks = layer(svg, 'g', 'tl-overview__ticks');
  join<{ key: string; x: number }, SVGLineElement>(
    ticks,
    'line',
    layout.axis.ticks.map((t) => ({ key: String(t.day), x: t.x })),
    { update: (el, d) => setAttrs(el, { class: 'tl-overview__tick', x1: px(d.x), x2: px(d.x), y1: layout.barsTop, y2: layout.barsBottom + 4 }) },
  );
  join<AxisLabel, SVGTextElement>(ticks, 'text', layout.axis.labels, {
    update(el, d) {
      setAttrs(el, { class: 'tl-overview__label', x: px(d.x), y: layout.barsBottom + 15, 'text-anchor': 'middle' });
      setText(el, d.text);
    },
  });
}

function drawBrush(svg: SVGSVGElement, layout: OverviewLayout) {
  const [x0, x1] = layout.scale.range;
  const { x, width } = layout.window;
  const node = layer(svg, 'g', 'tl-brush');
  const top = layout.barsTop;
  const height = layout.barsBottom - layout.barsTop;
  setAttrs(layer(node, 'rect', 'tl-brush__shade tl-brush__shade--before'), { x: x0, y: top, width: px(Math.max(0, x - x0)), height });
  setAttrs(layer(node, 'rect', 'tl-brush__shade tl-brush__shade--after'), { x: px(x + width), y: top, width: px(Math.max(0, x1 - x - width)), height });
  setAttrs(layer(node, 'rect', 'tl-brush__window'), { x: px(x), y: top - 2, width: px(width), height: height + 4, rx: 3 });
  for (const side of ['start', 'end'] as const) {
    setAttrs(layer(node, 'rect', `tl-brush__handle tl-brush__handle--${side}`), {
      'data-handle': side,
      x: px((side === 'start' ? x : x + width) - 4),
      y: top + 4,
      width: 8,
      height: height - 8,
      rx: 3,
    });
  }
}
