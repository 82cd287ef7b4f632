/**
 * The frame around a chart when it stands alone (embeds, SVG/PNG images): title, "as of"
 * line, the chart, a one-line credit. The chart itself is drawn by its own renderer into
 * the frame's body group, so pages, embeds and images share one drawing.
 */
import { select, type Selection } from 'd3-selection';
import { wrap } from './wrap.ts';
import { ink } from './ink.ts';
import { FONT_FAMILY, type ChartTheme } from './theme.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FrameText {
  readonly title: string;
  /** e.g. "As of 1 December 2021 (China Standard Time)". */
  readonly subtitle: string;
  /** e.g. "Source: WeChat Link Policy History, https://… · sources: cnBeta, …". */
  readonly credit: string;
}

export type BodyDrawer = (g: Selection<SVGGElement, unknown, null, undefined>, width: number) => number;

export interface FrameOptions {
  readonly document: Document;
  readonly width: number;
  /** Fixed colours (images); omit on pages and embeds to follow the site's CSS. */
  readonly theme?: ChartTheme;
  readonly fontSize?: number;
  readonly padding?: number;
  /** Id prefix for title/desc ids. */
  readonly id: string;
  readonly description: string;
}

/** Draws title, subtitle, body and credit; the SVG's height follows its content. */
export function renderFramed(text: FrameText, body: BodyDrawer, o: FrameOptions): SVGSVGElement {
  const fontSize = o.fontSize ?? 14;
  const pad = o.padding ?? 20;
  const inner = o.width - pad * 2;
  const root = o.document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(root)
    .attr('xmlns', SVG_NS)
    .attr('role', 'group')
    .attr('aria-labelledby', `${o.id}-title ${o.id}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', fontSize)
    .attr('class', 'chart chart--framed');
  if (o.theme) svg.attr('color', o.theme.text);
  svg.append('title').attr('id', `${o.id}-title`).text(text.title);
  svg.append('desc').attr('id', `${o.id}-desc`).text(o.description);
  const background = ink(svg.append('rect'), 'background', o.theme);

  let y = pad;
  const titleSize = fontSize * 1.45;
  const title = ink(svg.append('text').attr('font-size', titleSize).attr('font-weight', 700), 'text', o.theme);
  for (const line of wrap(text.title, inner, titleSize)) {
    y += titleSize * 1.15;
    title.append('tspan').attr('x', pad).attr('y', y).text(line);
  }
  const subtitle = ink(svg.append('text'), 'muted', o.theme);
  wrap(text.subtitle, inner, fontSize).forEach((line, i) => {
    y += i === 0 ? fontSize * 1.5 : fontSize * 1.3;
    subtitle.append('tspan').attr('x', pad).attr('y', y).text(line);
  });
  y += fontSize;

  const g = ink(svg.append('g').attr('transform', `translate(${pad},${y})`), 'text', o.theme);
  const bodyHeight = body(g, inner);
  y += bodyHeight + fontSize * 1.2;

  ink(svg.append('line').attr('x1', pad).attr('x2', o.width - pad).attr('y1', y).attr('y2', y), 'rule', o.theme);
  const creditSize = fontSize * 0.8;
  const credit = ink(svg.append('text').attr('font-size', creditSize), 'muted', o.theme);
  for (const line of wrap(text.credit, inner, creditSize)) {
    y += creditSize * 1.4;
    credit.append('tspan').attr('x', pad).attr('y', y).text(line);
  }
  const height = Math.ceil(y + pad * 0.75);
  svg.attr('viewBox', `0 0 ${o.width} ${height}`).attr('width', o.width).attr('height', height);
  background.attr('width', o.width).attr('height', height);
  return root;
}
