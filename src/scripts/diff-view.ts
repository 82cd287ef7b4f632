/**
 * <diff-view>: enhances the server-rendered diff. With ?from=&to= in the address it
 * recomputes the diff between any two days, explains bad or reversed dates, lets the
 * reader pick events instead of dates, and keeps the address as the state.
 */
import { SourceNumbering } from '../charts/html/source-numbering.ts';
import { renderDiff } from '../charts/diff/render-diff.ts';
import { readRange, type Bounds } from '../lib/date-query.ts';
import { dateIssueText, fill, type QueryMessages } from '../lib/date-issue-text.ts';
import { formatDate } from '../lib/format-date.ts';
import { diff } from '../lib/treatments/index.ts';
import { href } from '../lib/urls.ts';
import { chinaToday, isoDay, parseIsoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import { drawDiffChart } from '../charts/diff/diff-chart.ts';
import { milestoneAtOrBefore } from '../lib/date-query.ts';
import { redrawFigure } from './figure-redraw.ts';
import { retargetEmbedControl } from './embed-control-client.ts';
import { jsonAttribute, loadEngine } from './engine-client.ts';

interface Config {
  readonly lang: Lang;
  readonly engine: string;
  readonly milestones: readonly string[];
  readonly messages: QueryMessages & { readonly heading: string; readonly caption: string; readonly swapped: string };
  readonly rendered: { readonly from: string; readonly to: string };
}

class DiffView extends HTMLElement {
  #config!: Config;

  connectedCallback() {
    this.#config = jsonAttribute<Config>(this, 'data-config');
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      this.#navigate(String(data.get('from') ?? ''), String(data.get('to') ?? ''));
    });
    // Picking an event fills in its date.
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-fills]')) {
      select.hidden = false;
      select.closest('label')?.removeAttribute('hidden');
      select.addEventListener('change', () => {
        const input = form.querySelector<HTMLInputElement>(`input[name="${select.dataset.fills}"]`);
        if (input && select.value) input.value = select.value;
      });
    }
    this.querySelector('[data-swap]')?.addEventListener('click', () => {
      const data = new FormData(form);
      this.#navigate(String(data.get('to') ?? ''), String(data.get('from') ?? ''));
    });
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="date"]')) input.max = chinaToday();
    addEventListener('popstate', () => void this.update());
    const params = new URL(location.href).searchParams;
    if (params.has('from') || params.has('to')) void this.update();
  }

  #navigate(from: string, to: string) {
    const url = new URL(location.href);
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
    history.pushState(null, '', url);
    void this.update();
  }

  async update() {
    const c = this.#config;
    const days = c.milestones.map(parseIsoDay);
    const bounds: Bounds = { first: days[0]!, last: days.at(-1)!, today: parseIsoDay(chinaToday()) };
    const params = new URL(location.href).searchParams;
    const defaults = { from: days.at(-2) ?? days[0]!, to: days.at(-1)! };
    const range = readRange(params.get('from'), params.get('to'), bounds, defaults);
    const date = (n: number) => formatDate(isoDay(n), c.lang);
    const messages: string[] = [];
    for (const r of [range.from, range.to]) {
      if (r.issue) messages.push(`${dateIssueText(r.issue, c.lang, c.messages)} ${fill(c.messages.showing, { date: date(r.day) })}`);
    }
    if (range.swapped) messages.push(fill(c.messages.swapped, { from: date(range.to.day), to: date(range.from.day) }));
    if (range.to.afterData) messages.push(fill(c.messages.after, { last: date(bounds.last) }));
    this.#show(messages);

    const form = this.querySelector('form')!;
    form.querySelector<HTMLInputElement>('input[name="from"]')!.value = isoDay(range.from.day);
    form.querySelector<HTMLInputElement>('input[name="to"]')!.value = isoDay(range.to.day);
    if (isoDay(range.from.day) === c.rendered.from && isoDay(range.to.day) === c.rendered.to) return;

    this.setAttribute('aria-busy', 'true');
    const { index, data } = await loadEngine(c.engine);
    const d = diff(index, range.from.day, range.to.day);
    const numbering = new SourceNumbering(data.vocabulary, 'diff');
    const caption = fill(c.messages.caption, { from: date(d.from), to: date(d.to), n: d.rows.length });
    this.querySelector('[data-diff-body]')!.innerHTML = renderDiff(d, data.vocabulary, numbering, caption).html;
    this.querySelector('[data-diff-refs]')!.innerHTML = numbering.list().html;
    const heading = fill(c.messages.heading, { from: date(d.from), to: date(d.to) });
    this.querySelector('[data-diff-heading]')!.textContent = heading;
    this.#figure(d, data.vocabulary, heading, days);
    // The printed briefing follows what is on screen (title, online address, QR code).
    this.dispatchEvent(new CustomEvent('briefing:retitle', { bubbles: true, detail: { title: heading, href: href({ page: 'diff', from: d.fromIso, to: d.toIso }, c.lang), range: `${d.fromIso}/${d.toIso}` } }));
    const permalink = this.querySelector<HTMLAnchorElement>('[data-diff-permalink]');
    if (permalink) permalink.href = href({ page: 'diff', from: d.fromIso, to: d.toIso }, c.lang);
    this.#config = { ...c, rendered: { from: d.fromIso, to: d.toIso } };
    this.removeAttribute('aria-busy');
  }

  /** Redraws the chart for the diff shown, and points embeds and downloads at it. */
  #figure(d: ReturnType<typeof diff>, v: Parameters<typeof drawDiffChart>[2], heading: string, days: readonly number[]) {
    const c = this.#config;
    const figure = this.querySelector<HTMLElement>('[data-chart-figure]');
    const size = (w: number) => (w < 480 ? 12 : 14);
    if (figure) redrawFigure(figure, (w) => (g) => drawDiffChart(g, d, v, w, { id: `live-diff-${w}`, fontSize: size(w) }), { title: heading, fontSize: size });
    const control = this.querySelector<HTMLElement>('[data-embed-control]');
    if (!control) return;
    // A prebuilt embed and images exist when the range spans two consecutive dates of change.
    const a = milestoneAtOrBefore(days, d.from);
    const b = milestoneAtOrBefore(days, d.to);
    const consecutive = a !== undefined && b !== undefined && days.indexOf(b) === days.indexOf(a) + 1;
    const [from, to] = [a === undefined ? '' : isoDay(a), b === undefined ? '' : isoDay(b)];
    retargetEmbedControl(
      control,
      c.lang,
      consecutive ? { page: 'embed-diff-snapshot', from, to } : { page: 'embed-diff', from: d.fromIso, to: d.toIso },
      heading,
      consecutive ? `diff-${from}-${to}` : undefined,
    );
  }

  #show(messages: string[]) {
    const box = this.querySelector<HTMLElement>('[data-query-message]')!;
    box.hidden = messages.length === 0;
    box.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
  }
}

customElements.define('diff-view', DiffView);
