/**
 * The social preview card of an event (1200 × 630): site name, date, title, summary.
 * Laid out with measured text (title up to three lines, the summary as much as fits, cut
 * with "…"), drawn with D3 into an injected document, rasterised like the chart images.
 */
import { select } from 'd3-selection';
import type { Measure } from '../lib/text/measure.ts';
import { clampLines } from '../lib/text/wrap.ts';
import type { ChartTheme } from './shared/theme.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  readonly site: string;
  readonly date: string;
  readonly title: string;
  readonly summary: string;
  /** e.g. "Opinion" when the event rests on opinion alone. */
  readonly badge?: string;
}

export function renderOgCard(card: OgCard, document: Document, theme: ChartTheme, fontFamily: string, measure: Measure): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(root)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${OG_WIDTH} ${OG_HEIGHT}`)
    .attr('width', OG_WIDTH)
    .attr('height', OG_HEIGHT)
    .attr('font-family', fontFamily);
  svg.append('rect').attr('width', OG_WIDTH).attr('height', OG_HEIGHT).attr('fill', theme.background);
  svg.append('rect').attr('width', 16).attr('height', OG_HEIGHT).attr('fill', theme.accent);
  const x = 80;
  const width = OG_WIDTH - x * 2;
  svg.append('text').attr('x', x).attr('y', 100).attr('font-size', 30).attr('font-weight', 700).attr('fill', theme.accent).text(card.site);
  svg.append('text').attr('x', x).attr('y', 160).attr('font-size', 30).attr('fill', theme.muted).text(card.date + (card.badge ? `  ·  ${card.badge}` : ''));
  let y = 170;
  const title = svg.append('text').attr('font-size', 58).attr('font-weight', 700).attr('fill', theme.text);
  for (const line of clampLines(measure, card.title, width, { size: 58, bold: true }, 3)) {
    y += 72;
    title.append('tspan').attr('x', x).attr('y', y).text(line);
  }
  const summary = svg.append('text').attr('font-size', 28).attr('fill', theme.muted);
  const room = Math.max(1, Math.floor((OG_HEIGHT - 60 - y - 20) / 40));
  clampLines(measure, card.summary, width, { size: 28 }, room).forEach((line, i) => {
    summary.append('tspan').attr('x', x).attr('y', y + 60 + i * 40).text(line);
  });
  return root;
}
