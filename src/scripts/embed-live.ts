/**
 * <embed-live>: the matrix and diff embeds for any date (?at=, ?from=&to=). Recomputes with
 * the treatment engine and redraws with the same specs, at the embed's own width, measuring
 * text with the browser; the title and the page's description follow what is drawn.
 */
import { select } from 'd3-selection';
import { canvasMeasure } from '../charts/browser/canvas-measure.ts';
import { diffRows } from '../charts/diff/rows.ts';
import { changeSummaryHtml } from '../charts/html/change-summary.ts';
import { changeSummary, EMBED_SUMMARY, type SummaryMessages } from '../lib/change-summary.ts';
import { diffSpec } from '../charts/diff/spec.ts';
import { matrixRows } from '../charts/matrix/rows.ts';
import { matrixSpec } from '../charts/matrix/spec.ts';
import { bareChart } from '../charts/render.ts';
import { pageFontSize } from '../charts/sizes.ts';
import { pageBounds, readDay, readRange } from '../lib/date-query.ts';
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
  readonly changeDates: readonly string[];
  readonly messages: QueryMessages & { readonly title: string; readonly subtitle: string; readonly swapped: string };
  /** The diff's summary templates. */
  readonly summary?: SummaryMessages & { readonly none: string };
  /** The diff without dates in the address (the latest change). */
  readonly defaults?: { readonly from: string; readonly to: string };
}

class EmbedLive extends HTMLElement {
  #draw?: (width: number) => void;

  connectedCallback() {
    const params = new URL(location.href).searchParams;
    if (!params.has('at') && !params.has('from') && !params.has('to')) return; // the prebuilt chart is right
    void this.#start(jsonAttribute<Config>(this, 'data-config'), params);
  }

  async #start(c: Config, params: URLSearchParams) {
    const days = c.changeDates.map(parseIsoDay);
    const bounds = pageBounds(days, parseIsoDay(chinaToday()), c.kind === 'matrix' ? 'state' : 'diff');
    const date = (n: number) => formatDate(isoDay(n), c.lang);
    const notes: string[] = [];
    const { index, data } = await loadEngine(c.engine);
    const v = data.vocabulary;
    let render: (width: number) => SVGSVGElement;
    let text: { title: string; alt: string };
    const fontFamily = this.closest('main')?.querySelector('.embed__chart svg')?.getAttribute('font-family') ?? getComputedStyle(this).fontFamily;
    const measure = canvasMeasure(fontFamily);
    const at = (width: number) => ({ width, fontSize: pageFontSize(width) });
    if (c.kind === 'matrix') {
      const r = readDay(params.get('at'), bounds, bounds.last);
      if (r.issue) notes.push(`${dateIssueText(r.issue, c.lang, c.messages)} ${fill(c.messages.showing, { date: date(r.day) })}`);
      const rows = matrixRows(stateAt(index, r.day), v);
      text = rows.text;
      render = (width) => bareChart(document, matrixSpec, rows, at(width), measure, { id: `live-${width}`, fontFamily });
    } else {
      const fallback = c.defaults ? { from: parseIsoDay(c.defaults.from), to: parseIsoDay(c.defaults.to) } : { from: days.at(-2) ?? days[0]!, to: bounds.last };
      const r = readRange(params.get('from'), params.get('to'), bounds, fallback);
      for (const x of [r.from, r.to]) if (x.issue) notes.push(`${dateIssueText(x.issue, c.lang, c.messages)} ${fill(c.messages.showing, { date: date(x.day) })}`);
      if (r.swapped) notes.push(fill(c.messages.swapped, { from: date(r.to.day), to: date(r.from.day) }));
      const d = diff(index, r.from.day, r.to.day);
      const rows = diffRows(d, v);
      text = rows.text;
      const summary = document.querySelector('[data-change-summary]');
      if (summary && c.summary) summary.innerHTML = changeSummaryHtml(changeSummary(d, v, c.summary, EMBED_SUMMARY), c.summary.none).html;
      render = (width) => bareChart(document, diffSpec, rows, at(width), measure, { id: `live-${width}`, fontFamily });
    }
    document.querySelector('.embed__title a')!.textContent = text.title;
    document.title = `${text.title} · ${document.title.split(' · ').at(-1)}`;
    document.querySelector('meta[name="description"]')?.setAttribute('content', text.alt);
    const box = this.querySelector<HTMLElement>('[data-query-message]')!;
    box.hidden = notes.length === 0;
    box.replaceChildren(...notes.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
    for (const el of document.querySelectorAll<HTMLElement>('.embed__chart:not([data-live-chart])')) el.hidden = true;
    const target = this.querySelector<HTMLElement>('[data-live-chart]')!;
    target.hidden = false;
    this.#draw = (width) => {
      select(target).selectAll('*').remove();
      target.append(render(width));
    };
    let lastWidth = 0;
    new ResizeObserver(() => {
      const width = Math.floor(target.clientWidth);
      if (width > 0 && width !== lastWidth) this.#draw?.((lastWidth = width));
    }).observe(target);
  }
}

customElements.define('embed-live', EmbedLive);
