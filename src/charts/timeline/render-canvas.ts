/**
 * The marks of a timeline layout drawn on a canvas: what the chart shows while the reader
 * drags, pinches or wheels, when moving hundreds of SVG elements every frame would cost
 * more than a frame. Same layout, same shapes (dots, bars, hatched bars, diamonds, dashed
 * opinion outlines, counted clusters), colours read from the page's own styles, so the
 * picture does not change when the SVG takes over again as the view settles.
 */
import type { TimelineLayout } from '../../lib/timeline/layout.ts';
import { SVG_NS } from './svg.ts';

/** Colours and line styles the canvas copies from the SVG's stylesheet. */
export interface CanvasPalette {
  readonly dot: { fill: string; stroke: string };
  readonly month: { fill: string; stroke: string };
  readonly hatch: { fill: string; line: string };
  readonly link: string;
  readonly effective: { fill: string; stroke: string };
  readonly opinion: { fill: string; stroke: string };
  readonly selected: string;
  readonly cluster: { fill: string; stroke: string; text: string };
  readonly font: string;
}

/** Reads the palette from hidden sample elements styled like real marks (so dark mode and themes carry over). */
export function readPalette(svg: SVGSVGElement): CanvasPalette {
  const doc = svg.ownerDocument;
  const probe = doc.createElementNS(SVG_NS, 'g');
  probe.setAttribute('visibility', 'hidden');
  probe.innerHTML = `
    <g class="tl-mark"><circle class="tl-mark__dot"/><rect class="tl-mark__bar tl-mark__bar--month"/><line class="tl-mark__link"/><path class="tl-mark__effective"/></g>
    <g class="tl-mark tl-mark--opinion"><circle class="tl-mark__dot"/></g>
    <g class="tl-mark is-selected"><circle class="tl-mark__dot"/></g>
    <rect class="tl-hatch__bg"/><rect class="tl-hatch__line"/>
    <g class="tl-cluster"><rect class="tl-cluster__box"/><text class="tl-cluster__count"/></g>`;
  svg.appendChild(probe);
  const style = (selector: string) => getComputedStyle(probe.querySelector(selector)!);
  const dot = style('.tl-mark .tl-mark__dot');
  const month = style('.tl-mark__bar--month');
  const opinion = style('.tl-mark--opinion .tl-mark__dot');
  const effective = style('.tl-mark__effective');
  const box = style('.tl-cluster__box');
  const count = style('.tl-cluster__count');
  const palette: CanvasPalette = {
    dot: { fill: dot.fill, stroke: dot.stroke },
    month: { fill: month.fill, stroke: month.stroke },
    hatch: { fill: style('.tl-hatch__bg').fill, line: style('.tl-hatch__line').fill },
    link: style('.tl-mark__link').stroke,
    effective: { fill: effective.fill, stroke: effective.stroke },
    opinion: { fill: opinion.fill, stroke: opinion.stroke },
    selected: style('.is-selected .tl-mark__dot').stroke,
    cluster: { fill: box.fill, stroke: box.stroke, text: count.fill },
    font: `700 11px ${count.fontFamily}`,
  };
  probe.remove();
  return palette;
}

/** The hatch for year bars, made once per palette and pixel ratio. */
const hatches = new WeakMap<CanvasPalette, Map<number, CanvasPattern | string>>();
function hatchPattern(ctx: CanvasRenderingContext2D, palette: CanvasPalette, ratio: number): CanvasPattern | string {
  const cached = hatches.get(palette)?.get(ratio);
  if (cached) return cached;
  const tile = ctx.canvas.ownerDocument.createElement('canvas');
  const size = Math.round(6 * ratio);
  tile.width = tile.height = size;
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | string = palette.hatch.fill;
  if (t) {
    t.fillStyle = palette.hatch.fill;
    t.fillRect(0, 0, size, size);
    t.fillStyle = palette.hatch.line;
    t.fillRect(0, 0, 2.5 * ratio, size);
    const made = ctx.createPattern(tile, 'repeat');
    if (made) {
      made.setTransform(new DOMMatrix().scale(1 / ratio).rotate(45));
      pattern = made;
    }
  }
  if (!hatches.has(palette)) hatches.set(palette, new Map());
  hatches.get(palette)!.set(ratio, pattern);
  return pattern;
}

/** One path per kind of shape, filled and stroked once: far fewer canvas calls than one per mark. */
function paint(ctx: CanvasRenderingContext2D, fill: string | CanvasPattern, stroke: string, width: number, dash: number[], build: () => void) {
  ctx.beginPath();
  build();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.setLineDash(dash);
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

/**
 * Draws the layout's clusters and marks (not titles) into a canvas, clipped to the plot.
 * `ratio` is the device pixel ratio the canvas was sized for; `shift` moves the drawing
 * left or right (a pan tile starts at the plot's left edge: shift = -plot.x0).
 */
export function drawMarksOnCanvas(canvas: HTMLCanvasElement, layout: TimelineLayout, palette: CanvasPalette, ratio: number, shift = 0): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, shift * ratio, 0);
  ctx.clearRect(-shift, 0, canvas.width / ratio, canvas.height / ratio);
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.plot.x0 - 1, 0, layout.plot.x1 - layout.plot.x0 + 2, layout.height);
  ctx.clip();

  paint(ctx, palette.cluster.fill, palette.cluster.stroke, 1, [], () => {
    for (const c of layout.clusters) ctx.roundRect(c.x, c.y, c.width, c.height, 3);
  });
  ctx.font = palette.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.cluster.text;
  for (const c of layout.clusters) {
    if (c.label) ctx.fillText(c.label, c.x + c.width / 2, c.y + c.height / 2);
  }

  const marks = layout.marks;
  const effective = marks.filter((m) => m.effectiveX !== undefined);
  ctx.beginPath();
  for (const m of effective) {
    ctx.moveTo(m.event.precision === 'day' ? m.x + 6 : m.x + m.width, m.y);
    ctx.lineTo(m.effectiveX!, m.y);
  }
  ctx.setLineDash([]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = palette.link;
  ctx.stroke();

  const dot = (m: (typeof marks)[number]) => {
    ctx.moveTo(m.x + 5, m.y);
    ctx.arc(m.x, m.y, 5, 0, 2 * Math.PI);
  };
  const bar = (m: (typeof marks)[number]) => ctx.roundRect(m.x, m.y - 6, m.width, 12, 2);
  const plain = marks.filter((m) => !m.event.opinion);
  const opinion = marks.filter((m) => m.event.opinion);
  paint(ctx, palette.month.fill, palette.month.stroke, 1.5, [], () => plain.filter((m) => m.event.precision === 'month').forEach(bar));
  paint(ctx, hatchPattern(ctx, palette, ratio), palette.month.stroke, 1.5, [], () => plain.filter((m) => m.event.precision === 'year').forEach(bar));
  paint(ctx, palette.dot.fill, palette.dot.stroke, 1.5, [], () => plain.filter((m) => m.event.precision === 'day').forEach(dot));
  paint(ctx, palette.opinion.fill, palette.opinion.stroke, 2, [3, 2], () => opinion.forEach((m) => (m.event.precision === 'day' ? dot(m) : bar(m))));
  paint(ctx, palette.effective.fill, palette.effective.stroke, 2, [], () => {
    for (const m of effective) {
      const x = m.effectiveX!;
      ctx.moveTo(x, m.y - 6);
      ctx.lineTo(x + 6, m.y);
      ctx.lineTo(x, m.y + 6);
      ctx.lineTo(x - 6, m.y);
      ctx.closePath();
    }
  });
  // The selected event: outlined again, heavier, on top.
  const selected = marks.filter((m) => m.selected);
  if (selected.length) {
    ctx.beginPath();
    for (const m of selected) (m.event.precision === 'day' ? dot : bar)(m);
    ctx.setLineDash([]);
    ctx.lineWidth = 3;
    ctx.strokeStyle = palette.selected;
    ctx.stroke();
  }
  ctx.restore();
}

/** Empties the canvas (the SVG shows the marks again). */
export function clearCanvas(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}
