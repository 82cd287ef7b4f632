/**
 * A diff as a chart for embeds and images: per platform, one line per change —
 * "Group chat · Treatment: [No source] → [Plain page] (changed)" — with level swatches and
 * ✓/✗ for capabilities; "(ended)" where a general change ended a value, and "opinion"
 * (with a dashed outline on the new value) where the new value rests on opinion alone.
 * Drawn with D3 into an injected document.
 */
import type { Selection } from 'd3-selection';
import { LEVEL, type Diff, type DiffRow } from '../../lib/treatments/index.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';
import { ink } from '../shared/ink.ts';
import { drawPatterns, outlineOpinion, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { textWidth } from '../shared/text-width.ts';
import type { ChartTheme } from '../shared/theme.ts';
import { wrap } from '../shared/wrap.ts';

/** Line spacing of wrapped labels and values, in font sizes. */
const LINE_GAP = 1.15;

interface Value {
  readonly level?: string;
  readonly unknown: boolean;
  readonly text: string;
}

function value(row: DiffRow, which: 'before' | 'after', v: Vocabulary): Value {
  const raw = row[which];
  if (raw === undefined) return { unknown: true, text: v.words.unknown };
  if (row.attribute === LEVEL) return { level: raw, unknown: false, text: nameOf(v.levels, raw) };
  // √ and × rather than ✓ and ✗: the images' bundled fonts have them.
  return { unknown: false, text: `${raw === 'yes' ? '√' : '×'} ${raw === 'yes' ? v.words.yes : v.words.no}` };
}

/** Height the chart needs at a font size (rows and platform headings). */
export function diffChartHeight(d: Diff, fontSize: number): number {
  const platforms = new Set(d.rows.map((r) => r.platform)).size;
  return d.rows.length === 0 ? fontSize * 2 : platforms * fontSize * 2.2 + d.rows.length * fontSize * 1.9;
}

export function drawDiffChart(
  g: Selection<SVGGElement, unknown, null, undefined>,
  d: Diff,
  v: Vocabulary,
  width: number,
  o: { readonly id: string; readonly fontSize: number; readonly theme?: ChartTheme },
): number {
  const { fontSize } = o;
  drawPatterns(g.append('defs'), o.id, new Map(v.levels.map((l) => [l.id, l.swatch])));
  if (d.rows.length === 0) {
    ink(g.append('text').attr('y', fontSize * 1.2), 'muted', o.theme).text(v.words.noChanges);
    return fontSize * 2;
  }
  const labelWidth = Math.min(width * 0.42, Math.max(...d.rows.map((r) => textWidth(label(r, v), fontSize * 0.9))) + 16);
  const valueWidth = (width - labelWidth - fontSize * 2) / 2;
  let y = 0;
  for (const p of v.platforms) {
    const rows = d.rows.filter((r) => r.platform === p.id);
    if (rows.length === 0) continue;
    y += fontSize * 1.6;
    ink(g.append('text').attr('y', y).attr('font-weight', 700), 'text', o.theme).text(p.name);
    y += fontSize * 0.6;
    for (const r of rows) {
      const row = g
        .append('g')
        .attr('class', `diff-chart__row diff-chart__row--${r.basis}${r.opinion ? ' diff-chart__row--opinion' : ''}`)
        .attr('transform', `translate(0,${y})`);
      // Long labels and values wrap onto more lines rather than run into the next column.
      const labelLines = wrap(label(r, v), labelWidth - fontSize * 0.6, fontSize * 0.9);
      const labelText = ink(row.append('text').attr('font-size', fontSize * 0.9), 'text', o.theme);
      labelLines.forEach((line, i) => labelText.append('tspan').attr('x', 0).attr('y', fontSize * 1.25 + i * LINE_GAP * fontSize).text(line));
      const beforeLines = drawValue(row, value(r, 'before', v), labelWidth, valueWidth - fontSize * 0.6, true);
      ink(row.append('text').attr('x', labelWidth + valueWidth + fontSize * 0.4).attr('y', fontSize * 1.25), 'muted', o.theme).text('→');
      const afterX = labelWidth + valueWidth + fontSize * 2;
      const afterLines = drawValue(row, value(r, 'after', v), afterX, width - afterX, false, r.opinion);
      const tag = r.ended ? v.words.ended : r.basis === 'report' ? v.words.reported : v.words.changed;
      const opinion = r.opinion ? v.words.opinion : '';
      const small = fontSize * 0.75;
      const tagsWidth = textWidth(tag, small) + (opinion ? small * 0.6 + textWidth(opinion, small) : 0);
      const afterEnd = afterX + fontSize * 1.4 + Math.max(...afterLines.map((line) => textWidth(line, fontSize))) + 8;
      // The tags follow the new value, or go under it when the line is full.
      const below = afterEnd + tagsWidth > width;
      const tx = below ? afterX + fontSize * 1.4 : afterEnd;
      const ty = fontSize * 1.25 + (below ? afterLines.length * LINE_GAP * fontSize : 0);
      ink(row.append('text').attr('x', tx).attr('y', ty).attr('font-size', small), 'muted', o.theme).text(tag);
      if (opinion) {
        ink(row.append('text').attr('x', tx + textWidth(tag, small) + small * 0.6).attr('y', ty).attr('font-size', small).attr('font-weight', 700), 'opinion', o.theme)
          .classed('diff-chart__opinion', true)
          .text(opinion);
      }
      const lines = Math.max(labelLines.length, beforeLines.length, afterLines.length + (below ? 1 : 0));
      y += fontSize * 1.9 + (lines - 1) * LINE_GAP * fontSize;
    }
  }
  return y + fontSize * 0.4;

  /** Draws a value (swatch and words, wrapped to `room`) and returns its lines. */
  function drawValue(row: Selection<SVGGElement, unknown, null, undefined>, val: Value, x: number, room: number, strike: boolean, opinion = false): string[] {
    let tx = x;
    if (val.level || val.unknown) {
      const box = row.append('rect').attr('x', x).attr('y', fontSize * 0.35).attr('width', fontSize).attr('height', fontSize).attr('rx', 2);
      if (val.level) paintLevel(box, o.id, val.level, v.levels.find((l) => l.id === val.level)?.swatch);
      else paintUnknown(box, o.theme, '2 2');
      if (opinion && val.level) outlineOpinion(box, o.theme);
      tx += fontSize * 1.4;
    }
    const lines = wrap(val.text, Math.max(fontSize * 3, room - (tx - x)), fontSize);
    const t = ink(row.append('text'), val.unknown ? 'muted' : 'text', o.theme);
    if (val.unknown) t.attr('font-style', 'italic');
    if (strike) t.attr('opacity', 0.8);
    for (const [i, line] of lines.entries()) {
      const span = t.append('tspan').attr('x', tx).attr('y', fontSize * 1.25 + i * LINE_GAP * fontSize).text(line);
      // On each line: renderers of SVG images do not carry the decoration into tspans.
      if (strike) span.attr('text-decoration', 'line-through');
    }
    return lines;
  }
}

function label(r: DiffRow, v: Vocabulary): string {
  const kind = r.link === v.linkKinds[0]?.id ? '' : ` · ${nameOf(v.linkKinds, r.link)}`;
  const attribute = r.attribute === LEVEL ? v.words.level : nameOf(v.capabilities, r.attribute);
  return `${nameOf(v.surfaces, r.surface)}${kind} — ${attribute}`;
}
