/**
 * The sizes charts are published at. Images come in three layouts, each laid out anew (not
 * scaled): the chart's natural width; 600 px, a WeChat article's column; and a tall phone
 * layout drawn at 360 px and scaled three times, 1080 px wide, for long-image posts. Pages
 * and embeds draw a wide and a narrow layout and let the browser redraw at its own width.
 */
import type { ChartKey, ImageLayout } from '../lib/chart-id.ts';
import type { ChartSize } from './render.ts';

/** Each kind of chart's natural width: the width of its natural image layout. */
export const NATURAL_WIDTH: Readonly<Record<ChartKey['kind'], number>> = { timeline: 960, platform: 760, matrix: 860, diff: 760 };

/** The size of an image layout for a chart whose natural width is `natural`. */
export function imageSize(layout: ImageLayout, natural: number): Required<ChartSize> {
  switch (layout) {
    case 'natural':
      return { width: natural, fontSize: 14, scale: 1 };
    case 'article':
      return { width: 600, fontSize: 15, scale: 1 };
    case 'phone':
      return { width: 360, fontSize: 14, scale: 3 };
  }
}

/** Pixel width of an image layout's file at 1×. */
export const imagePixelWidth = (layout: ImageLayout, natural: number) => {
  const s = imageSize(layout, natural);
  return s.width * s.scale;
};

/** The drawings a page or embed carries before any script runs: wide, and narrow for phones. */
export const PAGE_SIZES = { wide: { width: 720, fontSize: 14 }, narrow: { width: 340, fontSize: 13 } } as const;

/** Font size a page's chart is drawn at for a width (the browser's redraw uses the same). */
export const pageFontSize = (width: number) => (width < 480 ? PAGE_SIZES.narrow.fontSize : PAGE_SIZES.wide.fontSize);
