/**
 * Browser side of the embed panel. It makes the embed code absolute (from the page's own
 * address when the site has no configured one), puts the chosen theme into it, and — when
 * the page shows something else (another date, a timeline view) — points everything at what
 * is now shown: the embed code and its title, the alt text, the link to copy, the images
 * (hidden when none is prebuilt) and the chart's data (made here from its rows when no
 * file exists).
 */
import { dataCsv, dataJson } from '../charts/data-files.ts';
import type { ChartData } from '../charts/spec.ts';
import type { ChartKey, ImageLayout } from '../lib/chart-id.ts';
import { embedCode } from '../lib/embed-code.ts';
import { chartDownloadName } from '../lib/download-name.ts';
import { href, type EmbedTheme, type Route } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';

/** What the panel points at. */
export interface EmbedTarget {
  /** The prebuilt chart, when there is one (its images and data files exist). */
  readonly chart?: ChartKey | undefined;
  /** The embed page that shows it (without a theme). */
  readonly embed: Route;
  /** The page that shows it, with its state in the address. */
  readonly page: Route;
  readonly title: string;
  readonly alt: string;
  /** The chart's own data, for downloads made here when no file is prebuilt. */
  readonly data?: ChartData;
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
  blobs.delete(control);
  const layouts = control.querySelector<HTMLElement>('.chart-tools__layouts');
  const images = control.querySelector<HTMLElement>('.embed-control__images');
  if (layouts) layouts.hidden = target.chart === undefined;
  if (images) images.hidden = target.chart === undefined;
  if (target.chart) {
    const chart = target.chart;
    for (const li of control.querySelectorAll<HTMLElement>('[data-layout]')) {
      const layout = li.dataset.layout as ImageLayout;
      for (const a of li.querySelectorAll<HTMLAnchorElement>('[data-format]')) {
        const route: Route = { page: 'image', chart, layout, format: a.dataset.format === 'SVG' ? 'svg' : 'png', ...(a.dataset.format === 'PNG 2×' ? { scale: 2 as const } : {}) };
        a.href = href(route, lang);
        a.download = chartDownloadName(route, lang);
      }
    }
    for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-data]')) {
      const route: Route = { page: 'chart-data', chart, format: a.dataset.data === 'json' ? 'json' : 'csv' };
      a.href = href(route, lang);
      a.download = chartDownloadName(route, lang);
    }
    control.dataset.image = JSON.stringify(chart);
  } else {
    delete control.dataset.image;
    const made: string[] = [];
    for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-data]')) {
      if (!target.data) continue;
      const json = a.dataset.data === 'json';
      const text = json ? dataJson(target.data, { title: target.title, source: abs(target.page) }) : dataCsv(target.data);
      const url = URL.createObjectURL(new Blob([text], { type: json ? 'application/json' : 'text/csv' }));
      made.push(url);
      a.href = url;
      a.download = `${target.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80)}.${lang}.${json ? 'json' : 'csv'}`;
    }
    blobs.set(control, made);
    const data = control.querySelector<HTMLElement>('.chart-tools__data');
    if (data) data.hidden = !target.data;
  }
}

for (const control of document.querySelectorAll<HTMLElement>('[data-embed-control]')) setup(control);
