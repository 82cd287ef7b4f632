/**
 * Draws a laid-out platform history into an SVG element of the given document (the
 * browser's, or a server-side one at build time). Stateless: layout and labels in, SVG out.
 */
import { select, type Selection } from 'd3-selection';
import { patternId, type Swatch } from '../shared/level-style.ts';
import { ink } from '../shared/ink.ts';
import { drawPatterns, outlineOpinion, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { textWidth } from '../shared/text-width.ts';
import { FONT_FAMILY, type ChartTheme } from '../shared/theme.ts';
import type { HistoryChartState, HistoryLayout } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface HistoryDrawOptions {
  /** Unique per chart in a page: pattern ids derive from it. */
  readonly id: string;
  readonly swatches: ReadonlyMap<string, Swatch>;
  /** Fixed colours (images, forced-theme embeds); omit to inherit the page's CSS. */
  readonly theme?: ChartTheme;
  readonly fontSize?: number;
}

export interface HistoryRenderOptions extends HistoryDrawOptions {
  readonly document: Document;
  /** Accessible summary of the chart (the table beside it carries the detail). */
  readonly description: string;
}

export function renderHistory(layout: HistoryLayout, state: HistoryChartState, o: HistoryRenderOptions): SVGSVGElement {
  const fontSize = o.fontSize ?? 13;
  const root = o.document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(root)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('class', 'chart chart--history')
    // A group, not an image: it holds links (the event markers).
    .attr('role', 'group')
    .attr('aria-labelledby', `${o.id}-title ${o.id}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', fontSize);
  if (o.theme) svg.attr('color', o.theme.text).attr('style', `color:${o.theme.text};background:${o.theme.background}`);
  svg.append('title').attr('id', `${o.id}-title`).text(state.title);
  svg.append('desc').attr('id', `${o.id}-desc`).text(o.description);
  if (o.theme) svg.append('rect').attr('width', layout.width).attr('height', layout.height).attr('fill', o.theme.background);
  drawHistory(svg.append('g'), layout, o);
  return root;
}

/** Draws the chart into a group: on a page (renderHistory), or inside a frame for embeds and images. */
export function drawHistory(g: Selection<SVGGElement, unknown, null, undefined>, layout: HistoryLayout, o: HistoryDrawOptions): number {
  const fontSize = o.fontSize ?? 13;
  const svg = g;
  drawPatterns(svg.append('defs'), o.id, o.swatches);
  const header = ink(svg.append('g').attr('class', 'chart__header').attr('text-anchor', 'middle'), 'text', o.theme);
  for (const c of layout.columnLabels) {
    if (c.year) header.append('text').attr('x', c.x).attr('y', fontSize + 4).attr('font-weight', 700).text(c.year);
    const label = ink(header.append('text').attr('x', c.x).attr('y', c.y), 'muted', o.theme).text(c.text);
    if (c.rotated) label.attr('text-anchor', 'start').attr('transform', `rotate(-60 ${c.x} ${c.y})`);
  }
  const markers = svg.append('g').attr('class', 'chart__markers').attr('text-anchor', 'middle');
  for (const m of layout.markers) {
    const a = markers.append('a').attr('href', m.href);
    a.append('title').text(m.title);
    ink(a.append('circle').attr('cx', m.x).attr('cy', m.y).attr('r', fontSize * 0.72).attr('class', 'chart__marker'), 'accent', o.theme);
    ink(a.append('text').attr('x', m.x).attr('y', m.y + fontSize * 0.32).attr('font-size', fontSize * 0.8).attr('font-weight', 700), 'background', o.theme).text(String(m.n));
  }

  const rows = svg.append('g').attr('class', 'chart__rows');
  for (const r of layout.rowLabels) {
    ink(rows.append('text').attr('x', r.x).attr('y', r.y + r.height / 2 + fontSize * 0.35), r.indent ? 'muted' : 'text', o.theme)
      .attr('font-size', r.indent ? fontSize * 0.9 : fontSize)
      .attr('font-weight', r.indent ? 400 : 600)
      .text(r.text);
  }
  // Rules between surfaces, none between a surface's link kinds.
  for (const r of layout.rowLabels.filter((row) => !row.indent)) {
    ink(rows.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', r.y).attr('y2', r.y), 'rule', o.theme);
  }

  const cells = svg.append('g').attr('class', 'chart__cells');
  for (const c of layout.cells) {
    const rect = cells.append('rect').attr('x', c.x).attr('y', c.y).attr('width', Math.max(0, c.width)).attr('height', c.height).attr('rx', 3);
    if (c.level) {
      rect.attr('fill', `url(#${patternId(o.id, c.level)})`).attr('data-level', c.level);
    } else {
      paintUnknown(rect, o.theme, '3 3');
    }
    if (c.opinion) outlineOpinion(rect, o.theme);
    if (c.label) {
      // A plate behind the word keeps it legible over any pattern.
      const w = textWidth(c.label.text, fontSize * 0.8) + fontSize * 0.6;
      ink(cells.append('rect').attr('x', c.label.x - w / 2).attr('y', c.label.y - fontSize * 0.85).attr('width', w).attr('height', fontSize * 1.15).attr('rx', 2), 'background', o.theme);
      ink(cells.append('text').attr('x', c.label.x).attr('y', c.label.y).attr('text-anchor', 'middle').attr('font-size', fontSize * 0.8).attr('font-weight', 700), 'opinion', o.theme)
        .classed('chart__opinion', true)
        .text(c.label.text);
    }
  }

  const legend = svg.append('g').attr('class', 'chart__legend');
  for (const l of layout.legend) {
    const box = legend.append('rect').attr('x', l.x).attr('y', l.y).attr('width', l.width).attr('height', l.height).attr('rx', 2);
    if (l.level) paintLevel(box, o.id, l.level, o.swatches.get(l.level));
    else paintUnknown(box, o.theme, '2 2');
    if (l.opinion) outlineOpinion(box, o.theme);
    legend.append('text').attr('x', l.x + l.width + 6).attr('y', l.y + l.height - 2).attr('fill', 'currentColor').text(l.text);
  }
  const caption = ink(svg.append('text').attr('class', 'chart__caption').attr('font-size', fontSize * 0.85), 'muted', o.theme);
  layout.caption.lines.forEach((line, i) => {
    caption.append('tspan').attr('x', layout.caption.x).attr('y', layout.caption.y + i * fontSize * 1.2).text(line);
  });
  return layout.height;
}
