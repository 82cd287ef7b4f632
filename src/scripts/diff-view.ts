/**
 * <diff-view>: enhances the server-rendered diff. With ?from=&to= in the address it
 * recomputes the diff between any two days, explains bad or reversed dates, lets the
 * reader pick events instead of dates, and keeps the address as the state.
 */
import { changeSummaryHtml } from '../charts/html/change-summary.ts';
import { SourceNumbering } from '../charts/html/source-numbering.ts';
import { changeSummary, type SummaryMessages } from '../lib/change-summary.ts';
import { diffRows } from '../charts/diff/rows.ts';
import { diffTable } from '../charts/diff/table.ts';
import { readRange, pageBounds } from '../lib/date-query.ts';
import { dateIssueText, fill, type QueryMessages } from '../lib/date-issue-text.ts';
import { formatDate } from '../lib/format-date.ts';
import { changesByDay, diff } from '../lib/treatments/index.ts';
import { href } from '../lib/urls.ts';
import { chinaToday, isoDay, parseIsoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import { sourceNames } from '../charts/credit.ts';
import type { ChartFigure } from './chart-figure.ts';
import { jsonAttribute, loadEngine } from './engine-client.ts';
import { syncLanguageSwitch } from './lang-switch.ts';
import { whenIdle } from './when-idle.ts';

interface Config {
  readonly lang: Lang;
  readonly engine: string;
  readonly changeDates: readonly string[];
  /** The dates of change whose charts have prebuilt images. */
  readonly imageDates: readonly string[];
  readonly messages: QueryMessages & { readonly heading: string; readonly caption: string; readonly swapped: string };
  readonly summary: SummaryMessages & { readonly none: string };
  readonly rendered: { readonly from: string; readonly to: string };
}

class DiffView extends HTMLElement {
  #config!: Config;
  #built!: Config['rendered'];

  connectedCallback() {
    this.#config = jsonAttribute<Config>(this, 'data-config');
    this.#built = this.#config.rendered;
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      this.#navigate(String(data.get('from') ?? ''), String(data.get('to') ?? ''));
    });
    // Picking an event fills in its date. The events come with the engine's data, fetched
    // once the page is idle (the page itself does not carry a list that grows with the history).
    const selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-fills]')];
    for (const select of selects) {
      // Shown at once (disabled until filled), so the form does not move when the events come.
      select.hidden = false;
      select.closest('label')?.removeAttribute('hidden');
      select.addEventListener('change', () => {
        const input = form.querySelector<HTMLInputElement>(`input[name="${select.dataset.fills}"]`);
        if (input && select.value) input.value = select.value;
      });
    }
    // Should the data not come, the pickers stay disabled; the dates work without them.
    if (selects.length) whenIdle(() => void this.#fillEventPickers(selects).catch(() => undefined));
    this.querySelector('[data-swap]')?.addEventListener('click', () => {
      const data = new FormData(form);
      this.#navigate(String(data.get('to') ?? ''), String(data.get('from') ?? ''));
    });
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="date"]')) input.max = chinaToday();
    addEventListener('popstate', () => void this.update());
    const params = new URL(location.href).searchParams;
    if (params.has('from') || params.has('to')) void this.update();
  }

  /** Lists every event that changes a treatment, by the day it takes effect: "from" it means the day before. */
  async #fillEventPickers(selects: readonly HTMLSelectElement[]) {
    const { index, data } = await loadEngine(this.#config.engine);
    const lang = this.#config.lang;
    const days = changesByDay(index);
    for (const select of selects) {
      const from = select.dataset.fills === 'from';
      const options = days.flatMap((d) =>
        d.events.map((id) => new Option(`${formatDate(d.date, lang)} · ${data.vocabulary.events[id]?.title ?? id}`, from ? isoDay(d.day - 1) : d.iso)),
      );
      select.append(...options);
      select.disabled = false;
    }
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
    const days = c.changeDates.map(parseIsoDay);
    const bounds = pageBounds(days, parseIsoDay(chinaToday()), 'diff');
    const params = new URL(location.href).searchParams;
    // Without dates, the range this page was built for (a prebuilt pair, or the latest change).
    const defaults = { from: parseIsoDay(this.#built.from), to: parseIsoDay(this.#built.to) };
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
    // The other language shows the same range (the corrected one, when the address was wrong).
    syncLanguageSwitch(range.from.defaulted && range.to.defaulted ? undefined : { page: 'diff', from: isoDay(range.from.day), to: isoDay(range.to.day) }, c.lang);
    if (isoDay(range.from.day) === c.rendered.from && isoDay(range.to.day) === c.rendered.to) return;

    this.setAttribute('aria-busy', 'true');
    const { index, data } = await loadEngine(c.engine);
    const d = diff(index, range.from.day, range.to.day);
    const numbering = new SourceNumbering(data.vocabulary, 'diff');
    const rows = diffRows(d, data.vocabulary);
    this.querySelector('[data-diff-body]')!.innerHTML = diffTable(rows, numbering).html;
    this.querySelector('[data-diff-refs]')!.innerHTML = numbering.list().html;
    this.querySelector('[data-change-summary]')!.innerHTML = changeSummaryHtml(changeSummary(d, data.vocabulary, c.summary, { causes: true }), c.summary.none).html;
    const heading = rows.text.title;
    this.querySelector('[data-diff-heading]')!.textContent = heading;
    this.#figure(rows, days, sourceNames(rows.sources, data.vocabulary.sources));
    // The printed briefing follows what is on screen (title, online address, QR code).
    this.dispatchEvent(new CustomEvent('briefing:retitle', { bubbles: true, detail: { title: heading, href: href({ page: 'diff', from: d.fromIso, to: d.toIso }, c.lang), range: `${d.fromIso}/${d.toIso}` } }));
    const permalink = this.querySelector<HTMLAnchorElement>('[data-diff-permalink]');
    if (permalink) permalink.href = href({ page: 'diff', from: d.fromIso, to: d.toIso }, c.lang);
    this.#config = { ...c, rendered: { from: d.fromIso, to: d.toIso } };
    this.removeAttribute('aria-busy');
  }

  /** Redraws the chart for the diff shown, and points embeds and downloads at it. */
  #figure(rows: ReturnType<typeof diffRows>, days: readonly number[], sources: readonly string[]) {
    const figure = this.querySelector<ChartFigure>('chart-figure');
    if (!figure) return;
    // Prebuilt images and embed exist for exactly two consecutive dates of change.
    const i = days.indexOf(parseIsoDay(rows.fromIso));
    const consecutive = i >= 0 && days[i + 1] === parseIsoDay(rows.toIso);
    const { fromIso: from, toIso: to } = rows;
    figure.show(rows, {
      chart: consecutive ? { kind: 'diff', from, to } : undefined,
      images: consecutive && this.#config.imageDates.includes(to),
      key: { kind: 'diff', from, to },
      sources,
      embed: consecutive ? { page: 'embed-diff-snapshot', from, to } : { page: 'embed-diff', from, to },
      page: consecutive ? { page: 'diff-snapshot', from, to } : { page: 'diff', from, to },
    });
  }

  #show(messages: string[]) {
    const box = this.querySelector<HTMLElement>('[data-query-message]')!;
    box.hidden = messages.length === 0;
    box.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
  }
}

customElements.define('diff-view', DiffView);
