/**
 * Which chart is which: the one function that names a chart (its id, used in image, data
 * and oEmbed file names) and the pages that show it. Every page, route, script and test
 * that needs a chart's name asks here; src/lib/urls.ts builds the addresses from it.
 */
import { dayNumber } from '../model/calendar-date.ts';
import { DEFAULT_VIEW, type TimelineView } from './timeline/view.ts';
import type { Route } from './urls.ts';

/** A chart the site publishes: the timeline (whole or one year), a platform's history, the matrix on a day, a diff. */
export type ChartKey =
  | { readonly kind: 'timeline'; readonly year?: number }
  | { readonly kind: 'platform'; readonly id: string }
  | { readonly kind: 'matrix'; readonly at: string }
  | { readonly kind: 'diff'; readonly from: string; readonly to: string };

export type ChartKind = ChartKey['kind'];

/** The layouts an image comes in: natural width, a 600 px article column, a 1080 px phone post. */
export const IMAGE_LAYOUTS = ['natural', 'article', 'phone'] as const;
export type ImageLayout = (typeof IMAGE_LAYOUTS)[number];

/** One file an image comes as. */
export type ImageFormat = { readonly format: 'svg' } | { readonly format: 'png'; readonly scale: 1 | 2 };

const SVG_AND_PNG: readonly ImageFormat[] = [{ format: 'svg' }, { format: 'png', scale: 1 }];
const WITH_2X: readonly ImageFormat[] = [...SVG_AND_PNG, { format: 'png', scale: 2 }];

/**
 * The files a layout comes as: SVG and PNG, and for the natural and article widths a PNG at
 * twice the pixels for high-density screens. The phone layout is already drawn at three times
 * its 360 px width (1080 px, what phone posts take); twice that would be 2160 px wide and up to
 * 18,000 px tall, which no host shows.
 */
export const imageFormats = (layout: ImageLayout): readonly ImageFormat[] => (layout === 'phone' ? SVG_AND_PNG : WITH_2X);

/** "timeline", "timeline-2021", "platform-taobao", "matrix-2021-11-30", "diff-2021-11-29-2021-11-30". */
export function chartId(key: ChartKey): string {
  switch (key.kind) {
    case 'timeline':
      return key.year === undefined ? 'timeline' : `timeline-${key.year}`;
    case 'platform':
      return `platform-${key.id}`;
    case 'matrix':
      return `matrix-${key.at}`;
    case 'diff':
      return `diff-${key.from}-${key.to}`;
  }
}

/** Whether two keys name the same chart. */
export const sameChart = (a: ChartKey, b: ChartKey) => chartId(a) === chartId(b);

/** The file-name suffix of an image layout ("" for the natural width). */
export function layoutSuffix(layout: ImageLayout = 'natural'): string {
  return layout === 'natural' ? '' : layout === 'article' ? '-600' : '-phone';
}

/** The page a chart belongs to (credited and linked from its embed and images). */
export function chartPage(key: ChartKey): Route {
  switch (key.kind) {
    case 'timeline': {
      if (key.year === undefined) return { page: 'home' };
      return { page: 'home', view: yearView(key.year) };
    }
    case 'platform':
      return { page: 'platform', id: key.id };
    case 'matrix':
      return { page: 'matrix-snapshot', at: key.at };
    case 'diff':
      return { page: 'diff-snapshot', from: key.from, to: key.to };
  }
}

/** The chart's embed page, in a theme (absent: the reader's setting). */
export function chartEmbed(key: ChartKey, theme?: 'light' | 'dark'): Route {
  const t = theme ? { theme } : {};
  switch (key.kind) {
    case 'timeline':
      return key.year === undefined ? { page: 'embed-timeline', ...t } : { page: 'embed-timeline', view: yearView(key.year), ...t };
    case 'platform':
      return { page: 'embed-platform', id: key.id, ...t };
    case 'matrix':
      return { page: 'embed-matrix-snapshot', at: key.at, ...t };
    case 'diff':
      return { page: 'embed-diff-snapshot', from: key.from, to: key.to, ...t };
  }
}

/** The timeline's view of one calendar year (CST days). */
export function yearView(year: number): TimelineView {
  return { ...DEFAULT_VIEW, range: { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) } };
}
