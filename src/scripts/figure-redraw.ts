/**
 * Browser side of a chart figure: redraws the chart with its renderer when the page's
 * state changes (another date), at the figure's own width.
 */
import { select } from 'd3-selection';
import { renderBare } from '../charts/shared/bare.ts';
import type { BodyDrawer } from '../charts/shared/frame.ts';

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

