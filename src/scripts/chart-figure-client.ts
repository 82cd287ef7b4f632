/**
 * Browser side of a chart figure: redraws the chart with its renderer when the page's
 * state changes (another date), at the figure's own width, and points the embed panel and
 * downloads at what is now shown.
 */
import { select } from 'd3-selection';
import { renderBare } from '../charts/shared/bare.ts';
import type { BodyDrawer } from '../charts/shared/frame.ts';
import { embedCode } from '../lib/embed-code.ts';
import { href, type Route } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';

const observers = new WeakMap<HTMLElement, ResizeObserver>();

/** Replaces the figure's prebuilt drawings with one drawn here, redrawn when its width changes. */
export function redrawFigure(figure: HTMLElement, draw: (width: number) => BodyDrawer, o: { title: string; fontSize: (width: number) => number }): void {
  for (const el of figure.querySelectorAll<HTMLElement>('.embed__chart:not([data-live-chart])')) el.hidden = true;
  let target = figure.querySelector<HTMLElement>('[data-live-chart]');
  if (!target) {
    target = Object.assign(document.createElement('div'), { className: 'embed__chart' });
    target.dataset.liveChart = '';
    figure.querySelector('.chart-figure__drawing')!.append(target);
  }
  const paint = (width: number) => {
    const svg = renderBare(document, width, draw(width), { id: `live-${width}`, title: o.title, description: o.title, fontSize: o.fontSize(width) });
    select(target).selectAll('*').remove();
    target.append(svg);
  };
  observers.get(target)?.disconnect();
  let last = 0;
  const observer = new ResizeObserver(() => {
    const width = Math.min(760, Math.floor(target.clientWidth));
    if (width > 0 && width !== last) paint((last = width));
  });
  observer.observe(target);
  observers.set(target, observer);
}

/** Points the embed panel at an embed page and the downloads at an image (or hides them when none exists). */
export function retargetEmbedControl(control: HTMLElement, lang: Lang, embed: Route, title: string, image: string | undefined): void {
  const abs = (r: Route) => new URL(href(r, lang), location.href).toString();
  const height = Number(control.querySelector<HTMLTextAreaElement>('[data-code="plain"]')?.value.match(/height="(\d+)"/)?.[1] ?? 600);
  const input = { src: abs(embed), title, height };
  const loader = control.querySelector<HTMLTextAreaElement>('[data-code="loader"]');
  const plain = control.querySelector<HTMLTextAreaElement>('[data-code="plain"]');
  if (loader) loader.value = embedCode({ ...input, loader: abs({ page: 'embed-loader' }) });
  if (plain) plain.value = embedCode(input);
  const downloads = control.querySelector<HTMLElement>('.chart-tools__downloads');
  const images = control.querySelector<HTMLElement>('.embed-control__images');
  if (downloads) downloads.hidden = image === undefined;
  if (images) {
    images.hidden = image === undefined;
    (images.nextElementSibling as HTMLElement | null)?.toggleAttribute('hidden', image === undefined);
  }
  if (image === undefined) return;
  const formats: Record<string, Route> = {
    SVG: { page: 'image', name: image, format: 'svg' },
    PNG: { page: 'image', name: image, format: 'png' },
    'PNG 2×': { page: 'image', name: image, format: 'png', scale: 2 },
  };
  for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-format]')) a.href = href(formats[a.dataset.format!]!, lang);
  const links = control.querySelectorAll<HTMLAnchorElement>('.embed-control__images + ul a');
  Object.values(formats).forEach((r, i) => {
    const a = links[i];
    if (a) a.href = a.textContent = abs(r);
  });
  control.dataset.image = image;
}
