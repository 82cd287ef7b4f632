/**
 * Lines of text placed by a layout (already broken with a measurer) and drawn as one
 * <text> with a <tspan> per line: the unit every chart's layout hands its drawing.
 */
import { ink } from './ink.ts';
import { BASELINE, LINE, type DrawContext, type Group } from '../spec.ts';

/** A block of text lines, top-left at (x, y). */
export interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly muted?: boolean;
}

/** Draws a text block: one <text>, a <tspan> per line. */
export function drawBlock(g: Group, b: TextBlock, theme: DrawContext['theme']) {
  const text = ink(g.append('text').attr('font-size', b.size), b.muted ? 'muted' : 'text', theme);
  if (b.bold) text.attr('font-weight', 700);
  if (b.italic) text.attr('font-style', 'italic');
  b.lines.forEach((line, i) => text.append('tspan').attr('x', round(b.x)).attr('y', round(b.y + b.size * (BASELINE + i * LINE))).text(line));
  return text;
}

export const round = (n: number) => Math.round(n * 10) / 10;

