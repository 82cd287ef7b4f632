/**
 * A chart kind as one spec: rows → layout → draw → table.
 *
 * - rows: the engine's output turned into a view model once, words included (built by each
 *   kind's rows.ts, in Node at build time or in the browser after an interaction);
 * - layout: positions and line breaks from measured text, at a width and a font size;
 * - draw: SVG into a group of an injected document (linkedom at build time, the page's in
 *   the browser), colours fixed by a theme (images) or left to the page's CSS;
 * - table: the HTML companion, made from the same rows;
 * - data: the chart's own data, for its CSV and JSON downloads.
 *
 * The chart catalogue (src/data/chart-catalogue.ts), the images, embeds, oEmbed files, PDF
 * figures and the browser's redraws all go through a spec.
 */
import type { Selection } from 'd3-selection';
import type { Measure } from '../lib/text/measure.ts';
import type { ChartTheme } from './shared/theme.ts';

export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** What every chart says about itself, in one language, from its rows. */
export interface ChartText {
  readonly title: string;
  /** The line under the title: "as of", what the columns mean. */
  readonly subtitle: string;
  /** Alt text: what the chart shows, in words. */
  readonly alt: string;
}

export interface LayoutContext {
  /** Width in layout pixels. */
  readonly width: number;
  /** Base font size; nothing is drawn smaller than MIN_TEXT. */
  readonly fontSize: number;
  readonly measure: Measure;
}

export interface DrawContext {
  /** Prefix for ids inside the drawing, unique per chart in a document. */
  readonly id: string;
  /** Fixed colours (images); absent, the page's CSS colours the chart. */
  readonly theme?: ChartTheme | undefined;
}

/** The chart's own data: columns and one record per row, for CSV and JSON. */
export interface ChartData {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly records: readonly Readonly<Record<string, string | number | null>>[];
}

/** Data columns by key, labelled in the rows' language. */
export function columnsOf<K extends string>(labels: Readonly<Record<K, string>>, keys: readonly K[]): ChartData['columns'] {
  return keys.map((key) => ({ key, label: labels[key] }));
}

export interface ChartSpec<Rows extends { readonly text: ChartText }, Layout extends { readonly height: number }> {
  /**
   * Whether the kind's drawing, words or data name events (by title): then its files are made
   * again whenever a title changes; otherwise only when the frame does (src/data/cache-keys.ts).
   * tests/unit/chart-keys.test.ts checks each kind's answer against what it draws. Either way
   * a chart's files are not made again when a summary changes: no chart shows one.
   */
  readonly namesEvents: boolean;
  layout(rows: Rows, context: LayoutContext): Layout;
  /** Draws into a group; the layout's height is the drawing's. */
  draw(g: Group, layout: Layout, rows: Rows, context: DrawContext): void;
  data(rows: Rows): ChartData;
  /**
   * The rows with only what layout and draw read: what a page carries for the browser to draw
   * the chart again at its own width (the sources' words and codebook cases, which only the
   * table reads, left out). Absent, the rows as they are. tests/unit/chart-drawings.test.ts
   * checks that each kind's drawing comes out the same from either.
   */
  drawing?(rows: Rows): Rows;
  /**
   * The events a drawing laid out in this context names, when its kind names events but a
   * drawing may show fewer than its rows hold (the timeline clusters dense periods, and its
   * phone layout lists the latest events): the cache key of its image files
   * (`chartImageKey()` in src/data/chart-catalogue.ts), so it should cost less than a layout.
   * Which events these are must not depend on any title. Absent, an image is keyed as the
   * chart's other files. tests/unit/chart-keys.test.ts retitles every other event and
   * expects the same image.
   */
  named?(rows: Rows, context: LayoutContext): readonly string[];
}

/** The smallest text any chart draws, in layout pixels. */
export const MIN_TEXT = 12;

/** A smaller size for secondary text, never below MIN_TEXT. */
export const small = (fontSize: number) => Math.max(MIN_TEXT, Math.round(fontSize * 0.86 * 2) / 2);

/** One line of text in a row of its own is LINE em tall, its baseline BASELINE em below the row's top. */
export const LINE = 1.5;
export const BASELINE = 1.1;
