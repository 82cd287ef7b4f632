/**
 * The matrix drawn: platforms down, surfaces across, each entry a swatch with the level's
 * pattern and its name (wrapped to the column); link kinds the sources tell apart get a
 * small label above their entry. Where the columns would be too narrow for the names, the
 * grid stacks: each platform, then its surfaces one under another.
 */
import type { TextStyle } from '../../lib/text/measure.ts';
import { widest } from '../../lib/text/measure.ts';
import { wrapText } from '../../lib/text/wrap.ts';
import { ink } from '../shared/ink.ts';
import { drawPatterns, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { BASELINE, LINE, small, type DrawContext, type Group, type LayoutContext } from '../spec.ts';
import { drawBlock, round, type TextBlock } from '../shared/text-block.ts';
import type { MatrixRows } from './rows.ts';

export interface MatrixLayout {
  readonly width: number;
  readonly height: number;
  readonly stacked: boolean;
  readonly texts: readonly TextBlock[];
  readonly swatches: readonly { readonly x: number; readonly y: number; readonly size: number; readonly level?: string; readonly platform: string; readonly surface: string }[];
  readonly rules: readonly number[];
}

/** Height of a block of lines. */
const blockHeight = (lines: number, size: number) => lines * size * LINE;

export function layoutMatrix(rows: MatrixRows, c: LayoutContext): MatrixLayout {
  const { width, measure } = c;
  const fs = c.fontSize;
  const sm = small(fs);
  const body: TextStyle = { size: fs };
  const texts: TextBlock[] = [];
  const swatches: MatrixLayout['swatches'][number][] = [];
  const rules: number[] = [];
  const sw = Math.round(fs * 0.85);
  const gap = Math.round(fs * 0.45);
  const pad = 8;

  const labelWidth = Math.min(width * 0.3, widest(measure, rows.platforms.map((p) => p.name), { size: fs, bold: true }) + 16);
  const columns = rows.surfaces.length || 1;
  const columnWidth = (width - labelWidth) / columns;
  // The longest word a level name must keep whole decides whether the columns can hold them.
  const words = [...rows.levels.map((l) => l.name), rows.words.unknown].flatMap((n) => n.split(/\s+/));
  const stacked = columnWidth - sw - gap - pad < widest(measure, words, body) || columnWidth < fs * 7;

  /** Lays out one cell's entries from (x, y) in a width; returns the bottom. */
  const entries = (cell: MatrixRows['cells'][number], x: number, y: number, w: number): number => {
    let cy = y;
    for (const e of cell.entries) {
      if (e.kindLabel) {
        const lines = wrapText(measure, e.kindLabel, w, { size: sm });
        texts.push({ x, y: cy, lines, size: sm, muted: true });
        cy += blockHeight(lines.length, sm);
      }
      const italic = !e.level;
      const lines = wrapText(measure, e.level?.label ?? rows.words.unknown, w - sw - gap, { size: fs, italic });
      swatches.push({ x, y: cy + fs * (BASELINE - 0.35) - sw / 2, size: sw, ...(e.level ? { level: e.level.value } : {}), platform: cell.platform, surface: cell.surface });
      texts.push({ x: x + sw + gap, y: cy, lines, size: fs, italic, muted: italic });
      cy += blockHeight(lines.length, fs);
    }
    return cy;
  };

  let y = 0;
  if (stacked) {
    const surfaceWidth = Math.min(width * 0.38, widest(measure, rows.surfaces.map((s) => s.name), { size: sm }) + 12);
    for (const p of rows.platforms) {
      rules.push(y);
      y += fs * 0.3;
      texts.push({ x: 0, y, lines: wrapText(measure, p.name, width, { size: fs, bold: true }), size: fs, bold: true });
      y += blockHeight(1, fs);
      for (const s of rows.surfaces) {
        const cell = rows.cells.find((x) => x.platform === p.id && x.surface === s.id)!;
        const label = wrapText(measure, s.name, surfaceWidth - 12, { size: sm });
        texts.push({ x: 0, y: y + (fs - sm) * BASELINE, lines: label, size: sm, muted: true });
        const bottom = Math.max(entries(cell, surfaceWidth, y, width - surfaceWidth), y + (fs - sm) * BASELINE + blockHeight(label.length, sm));
        y = bottom + fs * 0.2;
      }
      y += fs * 0.3;
    }
  } else {
    let headerHeight = 0;
    rows.surfaces.forEach((s, i) => {
      const lines = wrapText(measure, s.name, columnWidth - pad, { size: sm, bold: true });
      texts.push({ x: labelWidth + i * columnWidth, y: 0, lines, size: sm, bold: true, muted: true });
      headerHeight = Math.max(headerHeight, blockHeight(lines.length, sm));
    });
    y = headerHeight + 6;
    for (const p of rows.platforms) {
      rules.push(y);
      const top = y + fs * 0.35;
      const label = wrapText(measure, p.name, labelWidth - 10, { size: fs, bold: true });
      texts.push({ x: 0, y: top, lines: label, size: fs, bold: true });
      let bottom = top + blockHeight(label.length, fs);
      rows.surfaces.forEach((s, i) => {
        const cell = rows.cells.find((x) => x.platform === p.id && x.surface === s.id)!;
        bottom = Math.max(bottom, entries(cell, labelWidth + i * columnWidth, top, columnWidth - pad));
      });
      y = bottom + fs * 0.35;
    }
  }
  return { width, height: Math.ceil(y + 2), stacked, texts, swatches, rules };
}

export function drawMatrix(g: Group, layout: MatrixLayout, rows: MatrixRows, c: DrawContext): void {
  drawPatterns(g.append('defs'), c.id, new Map(rows.levels.map((l) => [l.id, l.swatch])));
  g.attr('class', `matrix-chart${layout.stacked ? ' matrix-chart--stacked' : ''}`);
  for (const y of layout.rules) ink(g.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', round(y)).attr('y2', round(y)), 'rule', c.theme);
  for (const s of layout.swatches) {
    const box = g
      .append('rect')
      .attr('x', round(s.x))
      .attr('y', round(s.y))
      .attr('width', s.size)
      .attr('height', s.size)
      .attr('rx', 2)
      .attr('data-platform', s.platform)
      .attr('data-surface', s.surface);
    if (s.level) paintLevel(box, c.id, s.level, rows.levels.find((l) => l.id === s.level)?.swatch);
    else paintUnknown(box, c.theme, '2 2');
  }
  for (const b of layout.texts) drawBlock(g, b, c.theme);
}

