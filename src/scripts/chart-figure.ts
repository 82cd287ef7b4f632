/**
 * <chart-figure>: a chart on a page, brought to life. It lays the chart out again at the
 * width it really has, with the browser's own measure of the font it is drawn in (the
 * build's drawings were measured with the bundled fonts), from the rows the build
 * used; when the page shows another state (another date) it draws those rows instead. Its
 * caption (alt text), SVG title and the embed panel always describe what is drawn.
 */
import { select } from 'd3-selection';
import { canvasMeasure } from '../charts/browser/canvas-measure.ts';
import { diffSpec } from '../charts/diff/spec.ts';
import type { DiffRows } from '../charts/diff/rows.ts';
import { matrixSpec } from '../charts/matrix/spec.ts';
import type { MatrixRows } from '../charts/matrix/rows.ts';
import { platformSpec } from '../charts/platform-history/spec.ts';
import type { PlatformRows } from '../charts/platform-history/rows.ts';
import { bareChart, framedChart } from '../charts/render.ts';
import { LIGHT } from '../charts/shared/theme.ts';
import { imageSize, NATURAL_WIDTH, pageFontSize } from '../charts/sizes.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { ChartKey, ImageLayout } from '../lib/chart-id.ts';
import type { Measure } from '../lib/text/measure.ts';
import { offerMadeImages, retargetEmbedControl, type EmbedTarget } from './embed-control-client.ts';

export type FigureRows = PlatformRows | MatrixRows | DiffRows;

const SPECS = { platform: platformSpec, matrix: matrixSpec, diff: diffSpec };
const specOf = (rows: FigureRows) => SPECS[rows.kind] as unknown as ChartSpec<FigureRows, { height: number }>;

/** Widest a page draws a chart (wider figures centre it). */
const MAX_WIDTH = 760;

export class ChartFigure extends HTMLElement {
  #rows!: FigureRows;
  #measure!: Measure;
  #fontFamily = '';
  #width = 0;
  #observer: ResizeObserver | undefined;
  #target!: HTMLElement;
  #serial = 0;

  connectedCallback() {
    if (this.#observer) return;
    this.#rows = JSON.parse(this.querySelector('[data-chart-rows]')!.textContent!) as FigureRows;
    const drawn = this.querySelector<SVGSVGElement>('.embed__chart svg');
    this.#fontFamily = drawn?.getAttribute('font-family') ?? getComputedStyle(this).fontFamily;
    this.#measure = canvasMeasure(this.#fontFamily);
    this.#target = Object.assign(document.createElement('div'), { className: 'embed__chart embed__chart--live' });
    this.#target.dataset.liveChart = '';
    this.querySelector('.chart-figure__drawing')!.append(this.#target);
    // A chart with no prebuilt images (an older date of change): the panel offers them made here.
    const control = this.querySelector<HTMLElement>('[data-embed-control][data-made-images]');
    if (control) offerMadeImages(control, JSON.parse(control.dataset.chart!) as ChartKey, this.#image(this.#rows));
    this.#observer = new ResizeObserver(() => this.#paint());
    this.#observer.observe(this.querySelector('.chart-figure__drawing')!);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /**
   * Draws other rows (another state of the page) and points the panel at them; with no
   * prebuilt chart, its images are these rows framed as the build frames them, measured and
   * drawn in this page's fonts.
   */
  show(rows: FigureRows, target: Omit<EmbedTarget, 'title' | 'alt' | 'data' | 'image'>) {
    this.#rows = rows;
    this.#width = 0;
    this.#paint();
    const control = this.querySelector<HTMLElement>('[data-embed-control]');
    if (control) retargetEmbedControl(control, { ...target, title: rows.text.title, alt: rows.text.alt, data: specOf(rows).data(rows), image: this.#image(rows) });
  }

  /** Rows framed as an image in a layout, as the build frames them, in this page's fonts. */
  #image(rows: FigureRows) {
    return (layout: ImageLayout, credit: string) =>
      framedChart(document, specOf(rows), rows, imageSize(layout, NATURAL_WIDTH[rows.kind]), this.#measure, { id: `image-${++this.#serial}`, fontFamily: this.#fontFamily, theme: LIGHT, credit });
  }

  #paint() {
    const box = this.querySelector<HTMLElement>('.chart-figure__drawing')!;
    const width = Math.min(MAX_WIDTH, Math.floor(box.clientWidth));
    if (width <= 0 || width === this.#width) return;
    this.#width = width;
    const svg = bareChart(document, specOf(this.#rows), this.#rows, { width, fontSize: pageFontSize(width) }, this.#measure, {
      id: `live-${this.dataset.chartFigure ?? 'chart'}-${++this.#serial}`,
      fontFamily: this.#fontFamily,
    });
    select(this.#target).selectAll('*').remove();
    this.#target.append(svg);
    // The prebuilt drawings give way to this one (they stay for readers without JavaScript).
    for (const el of this.querySelectorAll<HTMLElement>('.embed__chart:not([data-live-chart])')) el.hidden = true;
    const alt = this.querySelector('[data-chart-alt]');
    if (alt) alt.textContent = this.#rows.text.alt;
  }
}

customElements.define('chart-figure', ChartFigure);
