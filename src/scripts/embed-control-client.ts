/**
 * Browser side of the embed panel. It makes the embed code absolute (from the page's own
 * address when the site has no configured one), puts the chosen theme into it, and — when
 * the page shows something else (another date, a timeline view) — points everything at what
 * is now shown: the embed code and its title, the alt text, the link to copy, the images
 * and the chart's data (made here, when the reader asks, from what is on screen when no
 * file is prebuilt).
 */
import type { CreditWords } from '../charts/credit.ts';
import { dataCsv, dataJson } from '../charts/data-files.ts';
import type { ChartData } from '../charts/spec.ts';
import type { ChartKey, ImageLayout } from '../lib/chart-id.ts';
import { embedCode } from '../lib/embed-code.ts';
import { chartDownloadName } from '../lib/download-name.ts';
import { href, type EmbedTheme, type Route } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';

/** What the panel points at. */
export interface EmbedTarget {
  /** The prebuilt chart, when there is one (its data files and embed page exist). */
  readonly chart?: ChartKey | undefined;
  /** Whether that chart's image files are prebuilt too (all but older dates of change: src/lib/treatments/image-dates.ts). */
  readonly images?: boolean;
  /** The embed page that shows it (without a theme). */
  readonly embed: Route;
  /** The page that shows it, with its state in the address. */
  readonly page: Route;
  readonly title: string;
  readonly alt: string;
  /** The chart's own data, for downloads made here when no file is prebuilt. */
  readonly data?: ChartData;
  /** What is shown as a chart key, for the names of files made here (another day's matrix, say), when not the prebuilt chart. */
  readonly key?: ChartKey;
  /** What is shown framed as an image in a layout, with a credit, for images made here when none is prebuilt. */
  readonly image?: (layout: ImageLayout, credit: string) => SVGSVGElement;
  /** The short names of the sources it draws on, for that credit. */
  readonly sources?: readonly string[];
}

interface State {
  /** Where addresses point: the site's public origin when it has one (the prebuilt code names it), else this page's. */
  origin: string;
  /** The embed page's address, without a theme. */
  src: URL;
  title: string;
  height: number;
}
const states = new WeakMap<HTMLElement, State>();
const blobs = new WeakMap<HTMLElement, string[]>();
/** How each panel makes an image file of what is shown, when none is prebuilt. */
const makers = new WeakMap<HTMLElement, (route: Extract<Route, { page: 'image' }>) => Promise<Blob>>();


function theme(control: HTMLElement): EmbedTheme | undefined {
  const value = control.querySelector<HTMLInputElement>('[data-theme-choice] input:checked')?.value;
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** Writes the embed code for the panel's state and chosen theme. */
function writeCode(control: HTMLElement, lang: Lang) {
  const state = states.get(control);
  if (!state) return;
  const src = new URL(state.src);
  const t = theme(control);
  if (t) src.searchParams.set('theme', t);
  else src.searchParams.delete('theme');
  const input = { src: src.toString(), title: state.title, height: state.height };
  const loader = control.querySelector<HTMLTextAreaElement>('[data-code="loader"]');
  const plain = control.querySelector<HTMLTextAreaElement>('[data-code="plain"]');
  if (loader) loader.value = embedCode({ ...input, loader: new URL(href({ page: 'embed-loader' }, lang), state.origin).toString() });
  if (plain) plain.value = embedCode(input);
}

const unescape = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');

/** Reads the prebuilt code into the panel's state and wires the theme choice (once). */
function setup(control: HTMLElement): State {
  let state = states.get(control);
  if (state) return state;
  const lang = control.dataset.lang as Lang;
  const code = control.querySelector<HTMLTextAreaElement>('[data-code="plain"]')?.value ?? '';
  const src = new URL(unescape(/src="([^"]+)"/.exec(code)?.[1] ?? ''), location.href);
  src.searchParams.delete('theme');
  state = { origin: src.origin, src, title: unescape(/title="([^"]*)"/.exec(code)?.[1] ?? ''), height: Number(/height="(\d+)"/.exec(code)?.[1] ?? 600) };
  states.set(control, state);
  control.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-format]');
    if (a) void makeImage(control, a, event);
  });
  const choice = control.querySelector<HTMLElement>('[data-theme-choice]');
  if (choice) {
    choice.hidden = false;
    choice.addEventListener('change', () => writeCode(control, lang));
  }
  // Without a configured public address the page names itself relatively: absolute from here.
  const link = control.querySelector<HTMLElement>('[data-copy-link]');
  if (link?.dataset.text) link.dataset.text = new URL(link.dataset.text, location.href).toString();
  writeCode(control, lang);
  return state;
}

/** The image route a download link in the panel stands for. */
function imageRoute(a: HTMLAnchorElement, chart: ChartKey): Extract<Route, { page: 'image' }> {
  const layout = a.closest<HTMLElement>('[data-layout]')!.dataset.layout as ImageLayout;
  return { page: 'image', chart, layout, format: a.dataset.format === 'SVG' ? 'svg' : 'png', ...(a.dataset.format === 'PNG 2×' ? { scale: 2 as const } : {}) };
}

/**
 * A click on an image link with no file behind it yet: the file is made, the link pointed at
 * it and clicked again (the browser then saves it under the link's name).
 */
async function makeImage(control: HTMLElement, a: HTMLAnchorElement, event: MouseEvent) {
  const make = makers.get(control);
  if (!make || a.dataset.made !== undefined) return;
  event.preventDefault();
  if (a.getAttribute('aria-busy')) return;
  const note = control.querySelector<HTMLElement>('[data-made-here]');
  const chart = JSON.parse(control.dataset.shown!) as ChartKey;
  a.setAttribute('aria-busy', 'true');
  try {
    const url = URL.createObjectURL(await make(imageRoute(a, chart)));
    blobs.get(control)?.push(url);
    a.href = url;
    a.dataset.made = '';
    if (note) note.textContent = note.dataset.made!;
    a.click();
  } catch (error) {
    if (note) note.textContent = `${note.dataset.failed!} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    a.removeAttribute('aria-busy');
  }
}

/**
 * Points the panel's image links at a chart's prebuilt files, or (given a drawing) at files
 * made here when a reader asks for one; without a chart, hides them.
 */
function pointImages(control: HTMLElement, lang: Lang, chart: ChartKey | undefined, draw?: (layout: ImageLayout) => Promise<SVGSVGElement>) {
  makers.delete(control);
  if (chart && draw) {
    // What makes the files comes when a reader first asks for one (no page pays for it before).
    makers.set(control, async (route) => {
      const [{ pngFile, svgFile }, svg] = await Promise.all([import('../charts/browser/image-file.ts'), draw(route.layout ?? 'natural')]);
      return route.format === 'svg' ? svgFile(svg) : pngFile(svg, route.scale ?? 1);
    });
  }
  const layouts = control.querySelector<HTMLElement>('.chart-tools__layouts');
  const images = control.querySelector<HTMLElement>('.embed-control__images');
  const note = control.querySelector<HTMLElement>('[data-made-here]');
  if (layouts) layouts.hidden = chart === undefined;
  if (images) images.hidden = chart === undefined;
  if (note) {
    note.hidden = chart === undefined || !draw;
    note.textContent = note.dataset.todo!;
  }
  // What the images show, and (for tests and scripts) which prebuilt chart's files they are.
  if (draw || !chart) delete control.dataset.image;
  else control.dataset.image = JSON.stringify(chart);
  if (!chart) return void delete control.dataset.shown;
  control.dataset.shown = JSON.stringify(chart);
  for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-format]')) {
    const route = imageRoute(a, chart);
    // A file made here has no address until it is made: the link stays a link (focusable, and Enter makes it).
    a.href = draw ? '#' : href(route, lang);
    a.download = chartDownloadName(route, lang);
    delete a.dataset.made;
  }
}

/**
 * On a page whose own chart has no prebuilt images (an older date of change): its images
 * made here, with the credit the build wrote for it.
 */
export function offerMadeImages(control: HTMLElement, chart: ChartKey, image: (layout: ImageLayout, credit: string) => SVGSVGElement): void {
  setup(control);
  const credit = control.dataset.creditLine!;
  pointImages(control, control.dataset.lang as Lang, chart, async (layout) => image(layout, credit));
}

/** Points the panel at what the page now shows. */
export function retargetEmbedControl(control: HTMLElement, target: EmbedTarget): void {
  const lang = control.dataset.lang as Lang;
  const state = setup(control);
  const abs = (r: Route) => new URL(href(r, lang), state.origin).toString();
  state.src = new URL(abs(target.embed));
  state.src.searchParams.delete('theme');
  state.title = target.title;
  writeCode(control, lang);
  const alt = control.querySelector('[data-alt]');
  if (alt) alt.textContent = target.alt;
  const link = control.querySelector<HTMLElement>('[data-copy-link]');
  if (link) link.dataset.text = abs(target.page);
  for (const url of blobs.get(control) ?? []) URL.revokeObjectURL(url);
  const made: string[] = [];
  blobs.set(control, made);
  // Images: the prebuilt files, or files made here on request from what is drawn.
  const prebuilt = target.images === false ? undefined : target.chart;
  const { image, sources = [] } = target;
  const shown = target.key ?? target.chart;
  if (prebuilt) pointImages(control, lang, prebuilt);
  else if (image && shown) {
    const words = JSON.parse(control.dataset.credit!) as CreditWords;
    const url = control.dataset.site === undefined ? undefined : abs(target.page);
    pointImages(control, lang, shown, async (layout) => image(layout, (await import('../charts/credit.ts')).creditLine(sources, words, url)));
  } else pointImages(control, lang, undefined);
  if (target.chart) {
    const chart = target.chart;
    for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-data]')) {
      const route: Route = { page: 'chart-data', chart, format: a.dataset.data === 'json' ? 'json' : 'csv' };
      a.href = href(route, lang);
      a.download = chartDownloadName(route, lang);
    }
  } else {
    for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-data]')) {
      if (!target.data) continue;
      const json = a.dataset.data === 'json';
      const text = json ? dataJson(target.data, { title: target.title, source: abs(target.page) }) : dataCsv(target.data);
      const url = URL.createObjectURL(new Blob([text], { type: json ? 'application/json' : 'text/csv' }));
      made.push(url);
      a.href = url;
      a.download = target.key
        ? chartDownloadName({ page: 'chart-data', chart: target.key, format: json ? 'json' : 'csv' }, lang)
        : `${target.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80)}.${lang}.${json ? 'json' : 'csv'}`;
    }
    const data = control.querySelector<HTMLElement>('.chart-tools__data');
    if (data) data.hidden = !target.data;
  }
}

for (const control of document.querySelectorAll<HTMLElement>('[data-embed-control]')) setup(control);
