/**
 * <embed-live>: the matrix and diff embeds for any date (?at=, ?from=&to=). Recomputes with
 * the treatment engine and redraws with the same renderers, at the embed's own width.
 */
import { select } from 'd3-selection';
import { drawDiffChart } from '../charts/diff/diff-chart.ts';
import { drawMatrixChart, layoutMatrixChart } from '../charts/matrix/matrix-chart.ts';
import { renderBare } from '../charts/shared/bare.ts';
import { readDay, readRange, type Bounds } from '../lib/date-query.ts';
import { dateIssueText, fill, type QueryMessages } from '../lib/date-issue-text.ts';
import { formatDate } from '../lib/format-date.ts';
import { diff, stateAt } from '../lib/treatments/index.ts';
import { chinaToday, isoDay, parseIsoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import { jsonAttribute, loadEngine } from './engine-client.ts';

interface Config {
  readonly kind: 'matrix' | 'diff';
  readonly lang: Lang;
  readonly engine: string;
  readonly milestones: readonly string[];
  readonly messages: QueryMessages & { readonly title: string; readonly subtitle: string; readonly swapped: string };
}

class EmbedLive extends HTMLElement {
  #draw?: (width: number) => void;

  connectedCallback() {
    const params = new URL(location.href).searchParams;
    if (!params.has('at') && !params.has('from') && !params.has('to')) return; // the prebuilt chart is right
    void this.#start(jsonAttribute<Config>(this, 'data-config'), params);
  }

  async #start(c: Config, params: URLSearchParams) {
    const days = c.milestones.map(parseIsoDay);
    const bounds: Bounds = { first: days[0]!, last: days.at(-1)!, today: parseIsoDay(chinaToday()) };
    const date = (n: number) => formatDate(isoDay(n), c.lang);
    const notes: string[] = [];
    const { index, data } = await loadEngine(c.engine);
    const v = data.vocabulary;
    let title: string;
    let draw: (g: Parameters<typeof drawMatrixChart>[0], width: number) => number;
    if (c.kind === 'matrix') {
      const r = readDay(params.get('at'), bounds, bounds.last);
      if (r.issue) notes.push(`${dateIssueText(r.issue, c.lang, c.messages)} ${fill(c.messages.showing, { date: date(r.day) })}`);
      const m = stateAt(index, r.day);
      title = fill(c.messages.title, { date: date(r.day) });
      draw = (g, width) => {
        const size = width < 480 ? 12 : 14;
        return drawMatrixChart(g, layoutMatrixChart(m, v, width, size), v, { id: `live-${width}`, fontSize: size });
      };
    } else {
      const r = readRange(params.get('from'), params.get('to'), bounds, { from: days.at(-2) ?? days[0]!, to: bounds.last });
      for (const x of [r.from, r.to]) if (x.issue) notes.push(`${dateIssueText(x.issue, c.lang, c.messages)} ${fill(c.messages.showing, { date: date(x.day) })}`);
      if (r.swapped) notes.push(fill(c.messages.swapped, { from: date(r.to.day), to: date(r.from.day) }));
      const d = diff(index, r.from.day, r.to.day);
      title = fill(c.messages.title, { from: date(d.from), to: date(d.to) });
      draw = (g, width) => drawDiffChart(g, d, v, width, { id: `live-${width}`, fontSize: width < 480 ? 12 : 14 });
    }
    document.querySelector('.embed__title a')!.textContent = title;
    const box = this.querySelector<HTMLElement>('[data-query-message]')!;
    box.hidden = notes.length === 0;
    box.replaceChildren(...notes.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
    for (const el of document.querySelectorAll<HTMLElement>('.embed__chart:not([data-live-chart])')) el.hidden = true;
    const target = this.querySelector<HTMLElement>('[data-live-chart]')!;
    target.hidden = false;
    this.#draw = (width) => {
      const svg = renderBare(document, width, draw, { id: 'live', title, description: title, fontSize: 14 });
      select(target).selectAll('*').remove();
      target.append(svg);
    };
    let lastWidth = 0;
    new ResizeObserver(() => {
      const width = Math.floor(target.clientWidth);
      if (width > 0 && width !== lastWidth) this.#draw?.((lastWidth = width));
    }).observe(target);
  }
}

customElements.define('embed-live', EmbedLive);
