/**
 * The diff drawn: per platform, one line per difference — "Group chat · Treatment:
 * [No source] → [Plain page]  changed" — with level swatches and drawn yes/no marks. Where
 * the columns do not fit the width, each difference takes two lines: its label, then the
 * old and new values (and, if still too narrow, the new value on a line of its own).
 */
import { widest, type TextStyle } from '../../lib/text/measure.ts';
import { wrapText } from '../../lib/text/wrap.ts';
import { drawMark } from '../shared/marks.ts';
import { drawPatterns, paintLevel, paintUnknown } from '../shared/svg-patterns.ts';
import { drawBlock, round, type TextBlock } from '../shared/text-block.ts';
import { BASELINE, LINE, small, type DrawContext, type Group, type LayoutContext } from '../spec.ts';
import type { DiffLine, DiffRows } from './rows.ts';

interface Icon {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** A level id, "unknown", or a yes/no mark. */
  readonly kind: 'level' | 'unknown' | 'yes' | 'no';
  readonly level?: string;
}

export interface DiffLayout {
  readonly width: number;
  readonly height: number;
  readonly stacked: boolean;
  readonly texts: readonly (TextBlock & { readonly strike?: boolean; readonly basis?: string })[];
  readonly icons: readonly Icon[];
}

export function layoutDiff(rows: DiffRows, c: LayoutContext): DiffLayout {
  const { width, measure } = c;
  const fs = c.fontSize;
  const sm = small(fs);
  const texts: DiffLayout['texts'][number][] = [];
  const icons: Icon[] = [];
  const iconSize = Math.round(fs * 0.85);
  const gap = Math.round(fs * 0.45);
  if (rows.count === 0) {
    const lines = wrapText(measure, rows.words.noChanges, width, { size: fs });
    texts.push({ x: 0, y: 0, lines, size: fs, muted: true });
    return { width, height: Math.ceil(lines.length * fs * LINE + 4), stacked: false, texts, icons };
  }
  const all = rows.groups.flatMap((g) => g.lines);
  const label = (l: DiffLine) => `${l.cellLabel} · ${l.attributeLabel}`;
  const valueText = (l: DiffLine, which: 'before' | 'after') => l[which]?.label ?? rows.words.unknown;
  const valueStyle = (l: DiffLine, which: 'before' | 'after'): TextStyle => ({ size: fs, italic: !l[which] });
  const valueWidth = Math.max(...all.flatMap((l) => (['before', 'after'] as const).map((w) => measure(valueText(l, w), valueStyle(l, w))))) + iconSize + gap;
  const arrow = measure('→', { size: fs }) + 2 * gap;
  const tagWidth = widest(measure, all.map((l) => l.basisLabel), { size: sm });
  const labelNeed = widest(measure, all.map(label), { size: sm });
  const labelWidth = Math.min(labelNeed, width * 0.4) + 2 * gap;
  const stacked = labelWidth + 2 * valueWidth + arrow + gap * 2 + tagWidth > width;

  /** Places a value (icon + words) at x on a line starting at y. */
  const value = (l: DiffLine, which: 'before' | 'after', x: number, y: number) => {
    const v = l[which];
    const iconY = y + fs * (BASELINE - 0.35) - iconSize / 2;
    if (!v) icons.push({ x, y: iconY, size: iconSize, kind: 'unknown' });
    else if (l.isLevel) icons.push({ x, y: iconY, size: iconSize, kind: 'level', level: v.value });
    else icons.push({ x, y: iconY, size: iconSize, kind: v.value === 'yes' ? 'yes' : 'no' });
    const style = valueStyle(l, which);
    texts.push({ x: x + iconSize + gap, y, lines: [valueText(l, which)], size: fs, italic: Boolean(style.italic), muted: !v, ...(which === 'before' ? { strike: true } : {}) });
    return x + iconSize + gap + measure(valueText(l, which), style);
  };
  const tag = (l: DiffLine, x: number, y: number) => texts.push({ x, y: y + (fs - sm) * BASELINE, lines: [l.basisLabel], size: sm, muted: true, basis: l.basis });

  let y = 0;
  for (const g of rows.groups) {
    y += fs * 0.4;
    const name = wrapText(measure, g.platform.name, width, { size: fs, bold: true });
    texts.push({ x: 0, y, lines: name, size: fs, bold: true });
    y += name.length * fs * LINE + fs * 0.1;
    for (const l of g.lines) {
      if (!stacked) {
        const lines = wrapText(measure, label(l), labelWidth - 2 * gap, { size: sm });
        texts.push({ x: 0, y: y + (fs - sm) * BASELINE, lines, size: sm });
        const afterX = labelWidth + valueWidth + arrow;
        value(l, 'before', labelWidth, y);
        texts.push({ x: labelWidth + valueWidth + gap, y, lines: ['→'], size: fs, muted: true });
        value(l, 'after', afterX, y);
        // Tags in a column of their own, after the widest value.
        tag(l, afterX + valueWidth + gap, y);
        y += Math.max(fs * LINE, (fs - sm) * BASELINE + lines.length * sm * LINE) + fs * 0.15;
        continue;
      }
      const lines = wrapText(measure, label(l), width, { size: sm });
      texts.push({ x: 0, y, lines, size: sm });
      y += lines.length * sm * LINE;
      const beforeEnd = value(l, 'before', 0, y);
      const afterWidth = iconSize + gap + measure(valueText(l, 'after'), valueStyle(l, 'after'));
      if (beforeEnd + arrow + afterWidth <= width) {
        texts.push({ x: beforeEnd + gap, y, lines: ['→'], size: fs, muted: true });
        const end = value(l, 'after', beforeEnd + arrow, y);
        const tagW = measure(l.basisLabel, { size: sm });
        if (end + 2 * gap + tagW <= width) tag(l, end + 2 * gap, y);
        else {
          y += fs * LINE;
          tag(l, 0, y);
        }
      } else {
        y += fs * LINE;
        texts.push({ x: 0, y, lines: ['→'], size: fs, muted: true });
        const end = value(l, 'after', arrow - gap, y);
        const tagW = measure(l.basisLabel, { size: sm });
        if (end + 2 * gap + tagW <= width) tag(l, end + 2 * gap, y);
        else {
          y += fs * LINE;
          tag(l, 0, y);
        }
      }
      y += fs * LINE + fs * 0.35;
    }
  }
  return { width, height: Math.ceil(y + fs * 0.3), stacked, texts, icons };
}

export function drawDiff(g: Group, layout: DiffLayout, rows: DiffRows, c: DrawContext): void {
  drawPatterns(g.append('defs'), c.id, new Map(rows.levels.map((l) => [l.id, l.swatch])));
  g.attr('class', `diff-chart${layout.stacked ? ' diff-chart--stacked' : ''}`);
  for (const i of layout.icons) {
    if (i.kind === 'yes' || i.kind === 'no') {
      drawMark(g, i.kind, round(i.x), round(i.y), i.size);
      continue;
    }
    const box = g.append('rect').attr('x', round(i.x)).attr('y', round(i.y)).attr('width', i.size).attr('height', i.size).attr('rx', 2);
    if (i.kind === 'level') paintLevel(box, c.id, i.level!, rows.levels.find((l) => l.id === i.level)?.swatch);
    else paintUnknown(box, c.theme, '2 2');
  }
  for (const t of layout.texts) {
    const text = drawBlock(g, t, c.theme);
    if (t.strike) text.attr('text-decoration', 'line-through');
    if (t.basis) text.attr('class', `diff-chart__basis diff-chart__basis--${t.basis}`);
  }
}
