/**
 * The matrix as a chart: platforms down, surfaces across, each cell a swatch per link kind
 * with the level's pattern and name; a level resting on opinion alone has a dashed outline
 * and the word "opinion" under it. Drawn with D3 into an injected document: the matrix
 * page's overview, its embed and its SVG/PNG images are this one drawing.
 */
import type { Selection } from 'd3-selection';
import type { CellState, Matrix } from '../../lib/treatments/index.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';
import { ink } from '../shared/ink.ts';
import { drawPatterns, outlineOpinion, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { textWidth } from '../shared/text-width.ts';
import type { ChartTheme } from '../shared/theme.ts';
import { wrap } from '../shared/wrap.ts';

interface Line {
  /** A link kind's label (small, above its level). */
  readonly kind?: string;
  readonly level?: string;
  /** The level rests on opinion alone (outlined); an `opinionLabel` line follows it. */
  readonly opinion?: boolean;
  /** The word "opinion" under an opinion-only level (small). */
  readonly opinionLabel?: boolean;
  readonly text: string;
  /** A level's name wrapped to the cell (one entry per line). */
  readonly wrapped?: readonly string[];
}

export interface MatrixChartLayout {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly columnWidth: number;
  readonly header: readonly { readonly x: number; readonly lines: readonly string[] }[];
  readonly headerHeight: number;
  readonly rows: readonly {
    readonly y: number;
    readonly height: number;
    readonly label: string;
    readonly platform: string;
    /** Cells; `y` is relative to the row, `label` set when surfaces are not column headers. */
    readonly cells: readonly { readonly x: number; readonly y: number; readonly surface: string; readonly label?: string; readonly lines: readonly Line[] }[];
  }[];
}

/** Below this width the grid stacks: each platform, then its surfaces one under another. */
export const STACK_BELOW = 520;

const LINE = 1.55; // line height in em
const WRAPPED = 1.2; // each further line of a wrapped level name, in em

/**
 * Lays the grid out at a width. Wide: surfaces are columns and row heights follow the
 * fullest cell. Narrow (below STACK_BELOW): each platform lists its surfaces underneath.
 */
export function layoutMatrixChart(matrix: Matrix, v: Vocabulary, width: number, fontSize: number): MatrixChartLayout {
  const small = fontSize * 0.82;
  const stacked = width < STACK_BELOW;
  const byCell = new Map<string, CellState[]>();
  for (const c of matrix.cells) byCell.set(`${c.platform}|${c.surface}`, [...(byCell.get(`${c.platform}|${c.surface}`) ?? []), c]);
  /** A cell's lines; `room` is the width left for a level's name beside its swatch. */
  const lineFor = (c: CellState, room: number): Line[] => {
    const isDefault = c.link === v.linkKinds[0]?.id;
    const level = c.level?.value;
    const text = level ? nameOf(v.levels, level) : v.words.unknown;
    const opinion = c.level?.opinion === true;
    return [
      ...(isDefault ? [] : [{ kind: nameOf(v.linkKinds, c.link), text: '' }]),
      { ...(level ? { level } : {}), ...(opinion ? { opinion } : {}), text, wrapped: wrap(text, room, fontSize) },
      ...(opinion ? [{ opinionLabel: true, text: v.words.opinion }] : []),
    ];
  };
  const linesHeight = (lines: readonly Line[]) =>
    lines.reduce((n, l) => n + (l.kind || l.opinionLabel ? small * 1.25 : fontSize * LINE + ((l.wrapped?.length ?? 1) - 1) * fontSize * WRAPPED), 0);

  if (stacked) {
    const surfaceWidth = Math.min(width * 0.42, Math.max(...v.surfaces.map((s) => textWidth(s.name, small))) + 10);
    let y = 0;
    const rows = v.platforms.map((p) => {
      let cy = fontSize * 1.7;
      const cells = v.surfaces.map((s) => {
        const lines = (byCell.get(`${p.id}|${s.id}`) ?? []).flatMap((c) => lineFor(c, width - surfaceWidth - fontSize - 14));
        const cell = { x: surfaceWidth, y: cy, surface: s.id, label: s.name, lines };
        cy += Math.max(fontSize * LINE, linesHeight(lines)) + fontSize * 0.2;
        return cell;
      });
      const row = { y, height: cy + fontSize * 0.4, label: p.name, platform: p.id, cells };
      y += row.height;
      return row;
    });
    return { width, height: Math.ceil(y), labelWidth: surfaceWidth, columnWidth: width - surfaceWidth, header: [], headerHeight: 0, rows };
  }

  const labelWidth = Math.min(width * 0.24, Math.max(...v.platforms.map((p) => textWidth(p.name, fontSize))) + 20);
  const columnWidth = (width - labelWidth) / Math.max(1, v.surfaces.length);
  const header = v.surfaces.map((s, i) => ({ x: labelWidth + i * columnWidth + 4, lines: wrap(s.name, columnWidth - 8, small) }));
  const headerHeight = Math.max(...header.map((h) => h.lines.length)) * small * 1.3 + 8;
  let y = headerHeight;
  const rows = v.platforms.map((p) => {
    const cells = v.surfaces.map((s, i) => ({
      x: labelWidth + i * columnWidth,
      y: fontSize * 0.35,
      surface: s.id,
      lines: (byCell.get(`${p.id}|${s.id}`) ?? []).flatMap((c) => lineFor(c, columnWidth - fontSize - 14)),
    }));
    const height = Math.max(fontSize * LINE, ...cells.map((c) => linesHeight(c.lines))) + fontSize * 0.6;
    const row = { y, height, label: p.name, platform: p.id, cells };
    y += height;
    return row;
  });
  return { width, height: Math.ceil(y), labelWidth, columnWidth, header, headerHeight, rows };
}

/** Draws the laid-out grid into a group (inside a frame, or a bare SVG on the page). */
export function drawMatrixChart(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: MatrixChartLayout,
  v: Vocabulary,
  o: { readonly id: string; readonly fontSize: number; readonly theme?: ChartTheme },
): number {
  const { fontSize } = o;
  const small = fontSize * 0.82;
  drawPatterns(g.append('defs'), o.id, new Map(v.levels.map((l) => [l.id, l.swatch])));
  const head = ink(g.append('g').attr('class', 'matrix-chart__head').attr('font-size', small).attr('font-weight', 700), 'muted', o.theme);
  for (const h of layout.header) {
    const text = head.append('text');
    h.lines.forEach((line, i) => text.append('tspan').attr('x', h.x).attr('y', small * 1.1 + i * small * 1.3).text(line));
  }
  const rows = g.append('g').attr('class', 'matrix-chart__rows');
  for (const row of layout.rows) {
    const r = rows.append('g').attr('data-platform', row.platform);
    ink(r.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', row.y).attr('y2', row.y), 'rule', o.theme);
    ink(r.append('text').attr('x', 0).attr('y', row.y + fontSize * 1.3).attr('font-weight', 700), 'text', o.theme).text(row.label);
    for (const cell of row.cells) {
      let ly = row.y + cell.y;
      const c = r.append('g').attr('data-surface', cell.surface);
      if (cell.label) {
        ink(c.append('text').attr('x', 0).attr('y', ly + fontSize * 1.1).attr('font-size', small), 'muted', o.theme).text(cell.label);
      }
      for (const line of cell.lines) {
        if (line.kind) {
          ly += small * 1.25;
          ink(c.append('text').attr('x', cell.x + 4).attr('y', ly).attr('font-size', small), 'muted', o.theme).text(line.kind);
          continue;
        }
        if (line.opinionLabel) {
          ly += small * 1.25;
          ink(c.append('text').attr('x', cell.x + 10 + fontSize).attr('y', ly - small * 0.3).attr('font-size', small).attr('font-weight', 700), 'opinion', o.theme)
            .classed('matrix-chart__opinion', true)
            .text(line.text);
          continue;
        }
        const box = c
          .append('rect')
          .attr('x', cell.x + 4)
          .attr('y', ly + fontSize * 0.25)
          .attr('width', fontSize)
          .attr('height', fontSize)
          .attr('rx', 2);
        if (line.level) paintLevel(box, o.id, line.level, v.levels.find((l) => l.id === line.level)?.swatch);
        else paintUnknown(box, o.theme, '2 2');
        if (line.opinion) outlineOpinion(box, o.theme);
        ly += fontSize * LINE;
        const text = ink(c.append('text'), line.level ? 'text' : 'muted', o.theme).attr('font-style', line.level ? null : 'italic');
        (line.wrapped ?? [line.text]).forEach((part, i) => {
          if (i > 0) ly += fontSize * WRAPPED;
          text.append('tspan').attr('x', cell.x + 10 + fontSize).attr('y', ly - fontSize * 0.35).text(part);
        });
      }
    }
  }
  return layout.height;
}
