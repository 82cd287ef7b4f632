/**
 * Draws a laid-out platform history into a group of any document (the browser's, or a
 * server-side one at build time). Stateless: layout and rows in, SVG out.
 */
import { ink } from '../shared/ink.ts';
import { drawPatterns, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { drawBlock, round } from '../shared/text-block.ts';
import { small, type DrawContext, type Group } from '../spec.ts';
import type { HistoryLayout } from './layout.ts';
import type { PlatformRows } from './rows.ts';

export function drawHistory(g: Group, layout: HistoryLayout, rows: PlatformRows, c: DrawContext): void {
  const fs = layout.fontSize;
  const sm = small(fs);
  const swatches = new Map(rows.levels.map((l) => [l.id, l.swatch]));
  drawPatterns(g.append('defs'), c.id, swatches);
  g.attr('class', 'chart__history');
  const header = ink(g.append('g').attr('class', 'chart__header').attr('text-anchor', 'middle').attr('font-size', sm), 'muted', c.theme);
  for (const col of layout.columnLabels) {
    if (col.year) ink(header.append('text').attr('x', round(col.x)).attr('y', round(col.yearY)).attr('font-weight', 700), 'text', c.theme).text(col.year);
    const label = header.append('text').attr('x', round(col.x)).attr('y', round(col.y)).text(col.text);
    if (col.rotated) label.attr('text-anchor', 'start').attr('transform', `rotate(-60 ${round(col.x)} ${round(col.y)})`);
  }
  const markers = g.append('g').attr('class', 'chart__markers').attr('text-anchor', 'middle');
  for (const m of layout.markers) {
    const a = markers.append('a').attr('href', m.href);
    a.append('title').text(m.title);
    ink(a.append('circle').attr('cx', round(m.x)).attr('cy', round(m.y)).attr('r', round(m.r)).attr('class', 'chart__marker'), 'accent', c.theme);
    ink(a.append('text').attr('x', round(m.x)).attr('y', round(m.y + sm * 0.36)).attr('font-size', sm).attr('font-weight', 700), 'background', c.theme).text(String(m.n));
  }
  const labels = g.append('g').attr('class', 'chart__rows');
  for (const y of layout.rules) ink(labels.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', round(y)).attr('y2', round(y)), 'rule', c.theme);
  for (const r of layout.rowLabels) drawBlock(labels, r, c.theme);
  const cells = g.append('g').attr('class', 'chart__cells');
  for (const cell of layout.cells) {
    const rect = cells.append('rect').attr('x', round(cell.x)).attr('y', round(cell.y)).attr('width', round(Math.max(0, cell.width))).attr('height', round(cell.height)).attr('rx', 3);
    if (cell.level) paintLevel(rect, c.id, cell.level, swatches.get(cell.level)).attr('stroke', 'none');
    else paintUnknown(rect, c.theme, '3 3');
  }
  const legend = g.append('g').attr('class', 'chart__legend');
  for (const l of layout.legend) {
    const box = legend.append('rect').attr('x', round(l.x)).attr('y', round(l.y)).attr('width', l.width).attr('height', l.height).attr('rx', 2);
    if (l.level) paintLevel(box, c.id, l.level, swatches.get(l.level));
    else paintUnknown(box, c.theme, '2 2');
    drawBlock(legend, l.text, c.theme);
  }
  drawBlock(g, layout.caption, c.theme).attr('class', 'chart__caption');
}
