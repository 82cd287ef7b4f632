/**
 * A spec's chart as a whole SVG: bare (pages and embeds put title and credit in HTML around
 * it, colours follow the page's CSS) or framed (images: title, "as of" line, the chart, a
 * credit; fixed colours). Either way the chart is laid out once at the size asked for, with
 * the measurer of the place it is drawn in, and drawn into the document given.
 */
import { select } from 'd3-selection';
import type { Measure } from '../lib/text/measure.ts';
import { wrapText } from '../lib/text/wrap.ts';
import { ink } from './shared/ink.ts';
import { drawBlock } from './shared/text-block.ts';
import type { ChartTheme } from './shared/theme.ts';
import { LINE, small, type ChartSpec, type ChartText, type LayoutContext } from './spec.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartSize {
  /** Width in layout pixels. */
  readonly width: number;
  readonly fontSize: number;
  /** Pixels per layout pixel in the file (the phone layout is drawn at 3). */
  readonly scale?: number;
}

function root(document: Document, id: string, text: ChartText, fontFamily: string, fontSize: number) {
  const svg = select(document.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
    .attr('xmlns', SVG_NS)
    .attr('role', 'group')
    .attr('aria-labelledby', `${id}-title ${id}-desc`)
    .attr('font-family', fontFamily)
    .attr('font-size', fontSize);
  svg.append('title').attr('id', `${id}-title`).text(text.title);
  svg.append('desc').attr('id', `${id}-desc`).text(text.alt);
  return svg;
}

function size(svg: ReturnType<typeof root>, width: number, height: number, scale = 1) {
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', Math.round(width * scale)).attr('height', Math.round(height * scale));
}

/** The chart alone, following the page's CSS theme. */
export function bareChart<R extends { readonly text: ChartText }, L extends { readonly height: number }>(
  document: Document,
  spec: ChartSpec<R, L>,
  rows: R,
  at: ChartSize,
  measure: Measure,
  o: { readonly id: string; readonly fontFamily: string },
): SVGSVGElement {
  const svg = root(document, o.id, rows.text, o.fontFamily, at.fontSize).attr('class', 'chart');
  // A little room all round: some glyphs reach past their advance (the hook of a "J").
  const inset = 2;
  const layout = spec.layout(rows, { width: at.width - 2 * inset, fontSize: at.fontSize, measure });
  spec.draw(svg.append('g').attr('fill', 'currentColor').attr('transform', `translate(${inset},${inset})`), layout, rows, { id: o.id });
  size(svg, at.width, Math.ceil(layout.height + 2 * inset), at.scale);
  return svg.node()!;
}

/** Font size and padding of a framed chart, and the width its drawing is laid out in. */
function framing(at: ChartSize) {
  const fs = at.fontSize;
  const pad = Math.round(fs * 1.4);
  return { fs, pad, inner: at.width - pad * 2 };
}

/** Where a framed chart's drawing is laid out: the width inside its padding, as framedChart() lays it out. */
export function framedContext(at: ChartSize, measure: Measure): LayoutContext {
  return { width: framing(at).inner, fontSize: at.fontSize, measure };
}

/** The chart framed as an image: title, subtitle, chart, rule, credit; fixed colours. */
export function framedChart<R extends { readonly text: ChartText }, L extends { readonly height: number }>(
  document: Document,
  spec: ChartSpec<R, L>,
  rows: R,
  at: ChartSize,
  measure: Measure,
  o: { readonly id: string; readonly fontFamily: string; readonly theme: ChartTheme; readonly credit: string },
): SVGSVGElement {
  const { fs, pad, inner } = framing(at);
  const svg = root(document, o.id, rows.text, o.fontFamily, fs).attr('class', 'chart chart--framed').attr('color', o.theme.text);
  const background = ink(svg.append('rect'), 'background', o.theme);
  const g = svg.append('g');
  const titleSize = Math.round(fs * 1.4);
  let y = pad;
  const title = wrapText(measure, rows.text.title, inner, { size: titleSize, bold: true });
  drawBlock(g, { x: pad, y, lines: title, size: titleSize, bold: true }, o.theme);
  y += title.length * titleSize * LINE;
  if (rows.text.subtitle) {
    const lines = wrapText(measure, rows.text.subtitle, inner, { size: fs });
    drawBlock(g, { x: pad, y, lines, size: fs, muted: true }, o.theme);
    y += lines.length * fs * LINE;
  }
  y += fs * 0.6;
  const layout = spec.layout(rows, framedContext(at, measure));
  spec.draw(svg.append('g').attr('transform', `translate(${pad},${Math.round(y)})`).attr('fill', o.theme.text), layout, rows, { id: o.id, theme: o.theme });
  y = Math.round(y) + layout.height + fs * 0.8;
  ink(svg.append('line').attr('x1', pad).attr('x2', at.width - pad).attr('y1', Math.round(y)).attr('y2', Math.round(y)), 'rule', o.theme);
  y += fs * 0.4;
  const sm = small(fs);
  const credit = wrapText(measure, o.credit, inner, { size: sm });
  drawBlock(g, { x: pad, y, lines: credit, size: sm, muted: true }, o.theme);
  y += credit.length * sm * LINE;
  const height = Math.ceil(y + pad * 0.6);
  background.attr('width', at.width).attr('height', height);
  size(svg, at.width, height, at.scale);
  return svg.node()!;
}
