/**
 * Layout of a platform's history chart: one row per surface (and link kind), one column per
 * date on which something about the platform changed or was reported, each cell filled by
 * the level in force from that date until the next. Columns are dates of change, not a
 * proportional time axis (years of silence would otherwise squeeze months of change).
 * Pure: rows, width and a measurer in; rectangles and lines of text out.
 */
import { widest } from '../../lib/text/measure.ts';
import { wrapText } from '../../lib/text/wrap.ts';
import type { DayNumber } from '../../model/calendar-date.ts';
import { LINE, small, type LayoutContext } from '../spec.ts';
import type { TextBlock } from '../shared/text-block.ts';
import type { HistoryRow, PlatformRows } from './rows.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HistoryLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly rowLabels: readonly (TextBlock & { readonly indent: boolean; readonly top: number })[];
  readonly rules: readonly number[];
  readonly cells: readonly (Box & { readonly level?: string; readonly row: string; readonly columns: number })[];
  /** Column labels; when `rotated`, one slanted line per column ending at (x, y). */
  readonly columnLabels: readonly { readonly x: number; readonly y: number; readonly text: string; readonly year?: string; readonly yearY: number; readonly rotated: boolean }[];
  readonly markers: readonly { readonly x: number; readonly y: number; readonly r: number; readonly n: number; readonly href: string; readonly title: string }[];
  readonly legend: readonly (Box & { readonly level?: string; readonly text: TextBlock })[];
  readonly caption: TextBlock;
}

/** The level in force on a day, from a row's periods. */
function levelOn(row: HistoryRow, day: DayNumber): string | undefined {
  const p = row.periods.find((q) => q.from <= day && (q.until === undefined || day < q.until));
  return p?.level?.value;
}

export function layoutHistory(rows: PlatformRows, c: LayoutContext): HistoryLayout {
  const { width, measure } = c;
  const fs = c.fontSize;
  const sm = small(fs);
  const rowHeight = Math.round(fs * 2.3);
  const indent = fs;
  const labelStyle = (r: HistoryRow) => (r.indent ? { size: sm } : { size: fs, bold: true });
  const labelWidth = Math.min(width * 0.36, Math.max(fs * 6, ...rows.rows.map((r) => measure(r.label, labelStyle(r)) + (r.indent ? indent : 0))) + 12);
  const gridLeft = labelWidth;
  const n = Math.max(1, rows.columns.length);
  // Narrow columns: slant the labels (year and date on one line) instead of overlapping them.
  const wide = widest(measure, rows.columns.flatMap((col) => [col.label, col.year ?? '']), { size: sm });
  const rotated = wide > Math.max(40, width - gridLeft - 2) / n - 6;
  const slant = Math.sin(Math.PI / 3);
  const slantedText = (col: PlatformRows['columns'][number]) => (col.year ? `${col.year} ${col.label}` : col.label);
  // A slanted label runs right of its column by half its length: the last one must stay inside.
  const last = rows.columns.at(-1);
  const overhang = rotated && last ? measure(slantedText(last), { size: sm }) * 0.5 + sm : 0;
  const gridWidth = Math.max(40, Math.min(width - gridLeft - 2, (width - gridLeft - overhang) / (1 - 0.5 / n)));
  const columnWidth = gridWidth / n;
  const slantedHeight = widest(measure, rows.columns.map(slantedText), { size: sm }) * slant + sm;
  const yearY = sm * 1.15;
  const labelY = rotated ? slantedHeight + 2 : yearY + sm * LINE;
  const r = Math.max(fs * 0.72, 9);
  const markerY = labelY + sm * 0.45 + r + 2;
  const gridTop = markerY + r + 8;

  const columnLabels = rows.columns.map((col, i) => ({
    x: gridLeft + columnWidth * (i + 0.5),
    y: labelY,
    yearY,
    text: rotated ? slantedText(col) : col.label,
    ...(col.year && !rotated ? { year: col.year } : {}),
    rotated,
  }));
  const markers = rows.columns.flatMap((col, i) =>
    col.events.map((e, j) => ({
      x: gridLeft + columnWidth * (i + 0.5) + (j - (col.events.length - 1) / 2) * (r * 2 + 2),
      y: markerY,
      r,
      n: e.n,
      href: e.href,
      title: e.title,
    })),
  );

  const rowLabels: HistoryLayout['rowLabels'][number][] = [];
  const rules: number[] = [];
  const cells: HistoryLayout['cells'][number][] = [];
  let y = gridTop;
  rows.rows.forEach((row) => {
    const style = labelStyle(row);
    const x = row.indent ? indent : 0;
    const lines = wrapText(measure, row.label, labelWidth - 8 - x, style);
    const height = Math.max(rowHeight, lines.length * style.size * LINE + 6);
    if (!row.indent) rules.push(y);
    rowLabels.push({ x, y: y + (height - lines.length * style.size * LINE) / 2, top: y, lines, size: style.size, bold: !row.indent, muted: row.indent, indent: row.indent });
    // Cells, merging neighbouring columns with the same level into one rectangle.
    let start = 0;
    for (let i = 1; i <= rows.columns.length; i++) {
      const current = levelOn(row, rows.columns[start]!.day);
      const next = i < rows.columns.length ? levelOn(row, rows.columns[i]!.day) : Symbol('end');
      if (next === current) continue;
      cells.push({
        x: gridLeft + start * columnWidth + 1,
        y: y + 3,
        width: (i - start) * columnWidth - 2,
        height: height - 6,
        row: row.key,
        columns: i - start,
        ...(current !== undefined ? { level: current } : {}),
      });
      start = i;
    }
    y += height;
  });

  // Legend: swatch + name, flowing onto new lines.
  const sw = Math.round(fs * 0.9);
  const legend: HistoryLayout['legend'][number][] = [];
  let lx = 0;
  let ly = y + 14;
  for (const item of [...rows.levels.map((l) => ({ level: l.id as string | undefined, text: l.name })), { level: undefined, text: rows.words.legendUnknown }]) {
    const textWidth = Math.min(measure(item.text, { size: fs }), width - sw - 6);
    const w = sw + 6 + textWidth + fs;
    if (lx > 0 && lx + w - fs > width) {
      lx = 0;
      ly += fs * LINE;
    }
    const lines = wrapText(measure, item.text, width - sw - 6, { size: fs });
    legend.push({ x: lx, y: ly + (fs * LINE - sw) / 2, width: sw, height: sw, ...(item.level ? { level: item.level } : {}), text: { x: lx + sw + 6, y: ly, lines, size: fs } });
    if (lines.length > 1) {
      ly += (lines.length - 1) * fs * LINE;
      lx = width;
    } else lx += w;
  }
  const captionTop = ly + fs * LINE + 6;
  const captionLines = wrapText(measure, rows.words.columnsNote, width, { size: sm });
  return {
    width,
    height: Math.ceil(captionTop + captionLines.length * sm * LINE + 2),
    fontSize: fs,
    rowLabels,
    rules,
    cells,
    columnLabels,
    markers,
    legend,
    caption: { x: 0, y: captionTop, lines: captionLines, size: sm, muted: true },
  };
}
