/**
 * Layout of a platform's history chart: one row per surface (and link kind), one column per
 * date on which something about the platform changed or was reported, each cell filled by
 * the level in force from that date until the next. Columns are dates of change, not a
 * proportional time axis (years of silence would otherwise squeeze months of change).
 * Pure: rows, width and a measurer in; rectangles and lines of text out.
 */
import { widest } from '../../lib/text/measure.ts';
import { fitText } from '../../lib/text/fit.ts';
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
  readonly cells: readonly (Box & {
    readonly level?: string;
    /** No level, but capabilities known: their words, written in the cell where they fit (full text as its title). */
    readonly stated?: { readonly text: string; readonly label?: TextBlock };
    /** The level rests on opinion alone: outlined, and labelled where `label` is set (the cell is wide enough). */
    readonly opinion?: boolean;
    /** The word "opinion", centred on a plate in the cell. */
    readonly label?: TextBlock & { readonly plate: Box };
    readonly row: string;
    readonly columns: number;
  })[];
  /** Column labels; when `rotated`, one slanted line per column ending at (x, y). */
  readonly columnLabels: readonly { readonly x: number; readonly y: number; readonly text: string; readonly year?: string; readonly yearY: number; readonly rotated: boolean }[];
  readonly markers: readonly { readonly x: number; readonly y: number; readonly r: number; readonly n: number; readonly href: string; readonly title: string }[];
  readonly legend: readonly (Box & { readonly level?: string; readonly stated?: boolean; readonly opinion?: boolean; readonly text: TextBlock })[];
  readonly caption: TextBlock;
}

/**
 * What a row's cell shows on a day: the level in force, or (with no level) the capabilities
 * known, in words; and whether it rests on opinion alone. Nothing known: neither.
 */
function cellOn(row: HistoryRow, day: DayNumber): { readonly level?: string; readonly stated?: string; readonly opinion: boolean } {
  const p = row.periods.find((q) => q.from <= day && (q.until === undefined || day < q.until));
  if (p?.level) return { level: p.level.value, opinion: p.level.opinion };
  if (p && p.capabilities.length > 0) return { stated: p.capabilitiesText, opinion: p.capabilities.every((c) => c.value.opinion) };
  return { opinion: false };
}
const same = (a: ReturnType<typeof cellOn>, b: ReturnType<typeof cellOn>) => a.level === b.level && a.stated === b.stated && a.opinion === b.opinion;

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

  // The word "opinion" on a plate in an opinion-only cell, where it fits (the legend explains the outline everywhere).
  const opinionStyle = { size: sm, bold: true };
  const opinionWidth = measure(rows.words.opinion, opinionStyle);
  const opinionLabel = (box: Box): { label?: TextBlock & { plate: Box } } => {
    const plate = { width: opinionWidth + sm * 0.6, height: sm * LINE };
    if (plate.width + 4 > box.width || plate.height + 2 > box.height) return {};
    const px = box.x + (box.width - plate.width) / 2;
    const py = box.y + (box.height - plate.height) / 2;
    return {
      label: { x: px + sm * 0.3, y: py, lines: [rows.words.opinion], ...opinionStyle, opinion: true, className: 'chart__opinion', plate: { x: px, y: py, ...plate } },
    };
  };

  // The facts of a cell with no level, in its words, shortened to the cell ("…") where they do not fit.
  const statedLabel = (box: Box, text: string): { text: string; label?: TextBlock } => {
    const pad = sm * 0.4;
    const line = fitText(measure, text, box.width - 2 * pad, { size: sm });
    if (!line || sm * LINE + 2 > box.height) return { text };
    return { text, label: { x: box.x + pad, y: box.y + (box.height - sm * LINE) / 2, lines: [line], size: sm, className: 'chart__stated' } };
  };

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
    // Cells, merging neighbouring columns that show the same (level or facts, and opinion mark) into one rectangle.
    let start = 0;
    for (let i = 1; i <= rows.columns.length; i++) {
      const current = cellOn(row, rows.columns[start]!.day);
      if (i < rows.columns.length && same(cellOn(row, rows.columns[i]!.day), current)) continue;
      const box = { x: gridLeft + start * columnWidth + 1, y: y + 3, width: (i - start) * columnWidth - 2, height: height - 6 };
      cells.push({
        ...box,
        row: row.key,
        columns: i - start,
        ...(current.level !== undefined ? { level: current.level } : {}),
        ...(current.stated !== undefined ? { stated: statedLabel(box, current.stated) } : {}),
        // A level's opinion word sits on a plate; facts carry "(opinion)" in their own words.
        ...(current.opinion ? { opinion: true, ...(current.level !== undefined ? opinionLabel(box) : {}) } : {}),
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
  const items: { level?: string; stated?: boolean; opinion?: boolean; text: string }[] = [
    ...rows.levels.map((l) => ({ level: l.id, text: l.name })),
    ...(cells.some((cell) => cell.stated) ? [{ stated: true, text: rows.words.legendStated }] : []),
    { text: rows.words.legendUnknown },
    ...(cells.some((cell) => cell.opinion) ? [{ opinion: true, text: rows.words.legendOpinion }] : []),
  ];
  for (const item of items) {
    const textWidth = Math.min(measure(item.text, { size: fs }), width - sw - 6);
    const w = sw + 6 + textWidth + fs;
    if (lx > 0 && lx + w - fs > width) {
      lx = 0;
      ly += fs * LINE;
    }
    const lines = wrapText(measure, item.text, width - sw - 6, { size: fs });
    legend.push({
      x: lx,
      y: ly + (fs * LINE - sw) / 2,
      width: sw,
      height: sw,
      ...(item.level ? { level: item.level } : {}),
      ...(item.stated ? { stated: true } : {}),
      ...(item.opinion ? { opinion: true } : {}),
      text: { x: lx + sw + 6, y: ly, lines, size: fs },
    });
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
