/**
 * Layout of a platform's history chart: one row per surface (and link kind), one column per
 * date on which something about the platform changed or was reported, each cell filled by
 * the level in force from that date until the next. Columns are dates of change, not a
 * proportional time axis (years of silence would otherwise squeeze months of change).
 * Pure: sizes in, rectangles and labels out.
 */
import type { DayNumber } from '../../model/calendar-date.ts';
import { textWidth } from '../shared/text-width.ts';
import { wrap } from '../shared/wrap.ts';

export interface HistoryRow {
  readonly key: string;
  readonly label: string;
  /** A sub-row (another link kind of the surface above): label indented and smaller. */
  readonly indent?: boolean;
  /** Level per period; undefined level = unknown; `opinion` when the level rests on opinion alone. */
  readonly periods: readonly { readonly from: DayNumber; readonly until?: DayNumber; readonly level?: string; readonly opinion?: boolean }[];
}

export interface HistoryColumn {
  readonly day: DayNumber;
  /** Date as shown ("2018", "9月17日"). */
  readonly label: string;
  /** Shown above the label when the year changes (or on the first column). */
  readonly year?: string;
  /** Events dated to this column, numbered as on the page. */
  readonly events: readonly { readonly n: number; readonly href: string; readonly title: string }[];
}

export interface HistoryChartState {
  readonly title: string;
  readonly rows: readonly HistoryRow[];
  readonly columns: readonly HistoryColumn[];
  /** Levels in rank order, with display names, for the legend. */
  readonly levels: readonly { readonly id: string; readonly name: string }[];
  readonly unknownLabel: string;
  /** The word written in an opinion-only cell ("opinion"). */
  readonly opinionWord: string;
  /** The legend's entry for opinion-only cells (shown when there are any). */
  readonly opinionLabel: string;
  /** A line under the chart: credit, "as of", "columns are dates of change". */
  readonly caption: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HistoryLayout {
  readonly width: number;
  readonly height: number;
  readonly rowLabels: readonly (Box & { readonly text: string; readonly indent: boolean })[];
  readonly cells: readonly (Box & {
    readonly level?: string;
    /** Rests on opinion alone: outlined, and labelled where `label` is set (the cell is wide enough). */
    readonly opinion?: boolean;
    readonly label?: { readonly x: number; readonly y: number; readonly text: string };
    readonly row: string;
    readonly columns: number;
  })[];
  /** Column labels; when `rotated`, one slanted line per column ending at (x, y). */
  readonly columnLabels: readonly { readonly x: number; readonly y: number; readonly text: string; readonly year?: string; readonly rotated: boolean }[];
  readonly markers: readonly { readonly x: number; readonly y: number; readonly n: number; readonly href: string; readonly title: string }[];
  readonly legend: readonly (Box & { readonly level?: string; readonly opinion?: boolean; readonly text: string })[];
  readonly caption: { readonly x: number; readonly y: number; readonly text: string; readonly lines: readonly string[] };
  readonly gridTop: number;
}

export interface HistorySizes {
  readonly width: number;
  readonly rowHeight?: number;
  readonly fontSize?: number;
}

/** The level in force on a day, from a row's periods, and whether it rests on opinion alone. */
function levelOn(row: HistoryRow, day: DayNumber): { level?: string; opinion: boolean } {
  const p = row.periods.find((q) => q.from <= day && (q.until === undefined || day < q.until));
  return { ...(p?.level !== undefined ? { level: p.level } : {}), opinion: p?.opinion === true && p.level !== undefined };
}
const same = (a: { level?: string; opinion: boolean }, b: { level?: string; opinion: boolean }) => a.level === b.level && a.opinion === b.opinion;

export function layoutHistory(state: HistoryChartState, sizes: HistorySizes): HistoryLayout {
  const fontSize = sizes.fontSize ?? 13;
  const rowHeight = sizes.rowHeight ?? 30;
  const width = sizes.width;
  const indent = fontSize;
  const labelWidth = Math.min(width * 0.4, Math.max(90, ...state.rows.map((r) => textWidth(r.label, fontSize) + (r.indent ? indent : 0))) + 12);
  const gridLeft = labelWidth;
  const gridWidth = Math.max(40, width - gridLeft - 4);
  const n = Math.max(1, state.columns.length);
  const columnWidth = gridWidth / n;
  const headerTop = 4;
  // Narrow columns: slant the labels (year and date on one line) instead of overlapping them.
  const widest = Math.max(0, ...state.columns.map((c) => Math.max(textWidth(c.label, fontSize), textWidth(c.year ?? '', fontSize))));
  const rotated = widest > columnWidth - 6;
  const slant = Math.sin(Math.PI / 3);
  const slantedText = (c: HistoryColumn) => (c.year ? `${c.year} ${c.label}` : c.label);
  const slantedHeight = Math.max(0, ...state.columns.map((c) => textWidth(slantedText(c), fontSize))) * slant + fontSize;
  const yearY = headerTop + fontSize;
  const labelY = rotated ? headerTop + slantedHeight : yearY + fontSize + 4;
  const markerY = labelY + 6 + fontSize * 0.7;
  const gridTop = markerY + fontSize * 0.8 + 8;

  const columnLabels = state.columns.map((c, i) => ({
    x: gridLeft + columnWidth * (i + 0.5),
    y: rotated ? labelY - 2 : labelY,
    text: rotated ? slantedText(c) : c.label,
    ...(c.year && !rotated ? { year: c.year } : {}),
    rotated,
  }));
  const markers = state.columns.flatMap((c, i) =>
    c.events.map((e, j) => ({
      x: gridLeft + columnWidth * (i + 0.5) + (j - (c.events.length - 1) / 2) * (fontSize * 1.5),
      y: markerY,
      n: e.n,
      href: e.href,
      title: e.title,
    })),
  );

  const rowLabels = state.rows.map((r, i) => ({
    x: r.indent ? indent : 0,
    y: gridTop + i * rowHeight,
    width: labelWidth - 8 - (r.indent ? indent : 0),
    height: rowHeight,
    text: r.label,
    indent: r.indent === true,
  }));

  // Cells, merging neighbouring columns with the same level (and opinion mark) into one rectangle.
  const cells: HistoryLayout['cells'][number][] = [];
  const small = fontSize * 0.8;
  state.rows.forEach((row, r) => {
    let start = 0;
    for (let i = 1; i <= state.columns.length; i++) {
      const current = levelOn(row, state.columns[start]!.day);
      if (i < state.columns.length && same(levelOn(row, state.columns[i]!.day), current)) continue;
      const box = { x: gridLeft + start * columnWidth + 1, y: gridTop + r * rowHeight + 3, width: (i - start) * columnWidth - 2, height: rowHeight - 6 };
      // The word "opinion" on a plate in the cell, where it fits (the legend explains the outline everywhere).
      const fits = textWidth(state.opinionWord, small) + small <= box.width;
      cells.push({
        ...box,
        row: row.key,
        columns: i - start,
        ...(current.level !== undefined ? { level: current.level } : {}),
        ...(current.opinion ? { opinion: true } : {}),
        ...(current.opinion && fits ? { label: { x: box.x + box.width / 2, y: box.y + box.height / 2 + small * 0.35, text: state.opinionWord } } : {}),
      });
      start = i;
    }
  });

  // Legend: swatch + name, flowing onto new lines.
  const legendTop = gridTop + state.rows.length * rowHeight + 14;
  const sw = fontSize;
  const legend: HistoryLayout['legend'][number][] = [];
  let lx = 0;
  let ly = legendTop;
  const items: { level?: string; opinion?: boolean; text: string }[] = [
    ...state.levels.map((l) => ({ level: l.id, text: l.name })),
    { text: state.unknownLabel },
    ...(cells.some((c) => c.opinion) ? [{ opinion: true, text: state.opinionLabel }] : []),
  ];
  for (const item of items) {
    const w = sw + 6 + textWidth(item.text, fontSize) + 16;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += fontSize + 10;
    }
    legend.push({ x: lx, y: ly, width: sw, height: sw, text: item.text, ...(item.level ? { level: item.level } : {}), ...(item.opinion ? { opinion: true } : {}) });
    lx += w;
  }
  const captionLines = wrap(state.caption, width, fontSize * 0.85);
  const captionY = ly + fontSize + 18;
  const height = captionY + captionLines.length * fontSize * 1.2 + 4;
  return {
    width,
    height: Math.ceil(height),
    rowLabels,
    cells,
    columnLabels,
    markers,
    legend,
    caption: { x: 0, y: captionY, text: state.caption, lines: captionLines },
    gridTop,
  };
}
