/**
 * <matrix-view>: enhances the server-rendered matrix. With ?at=YYYY-MM-DD in the address it
 * recomputes the grid for that day (any day, not only the prebuilt ones), explains bad
 * dates, and keeps the address as the state (Back steps back through dates).
 */
import { SourceNumbering } from '../charts/html/source-numbering.ts';
import { matrixRows } from '../charts/matrix/rows.ts';
import { matrixTable } from '../charts/matrix/table.ts';
import { readDay, changeDateAtOrBefore, pageBounds } from '../lib/date-query.ts';
import { dateIssueText, fill, type QueryMessages } from '../lib/date-issue-text.ts';
import { formatDate } from '../lib/format-date.ts';
import { stateAt } from '../lib/treatments/index.ts';
import { href } from '../lib/urls.ts';
import { chinaToday, isoDay, parseIsoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import { sourceNames } from '../charts/credit.ts';
import type { ChartFigure } from './chart-figure.ts';
import { jsonAttribute, loadEngine } from './engine-client.ts';
import { syncLanguageSwitch } from './lang-switch.ts';

interface Config {
  readonly lang: Lang;
  readonly engine: string;
  readonly changeDates: readonly string[];
  /** The dates of change whose charts have prebuilt images. */
  readonly imageDates: readonly string[];
  readonly messages: QueryMessages & { readonly heading: string; readonly caption: string; readonly previous: string; readonly next: string };
  /** The day the server rendered. */
  readonly rendered: string;
}

class MatrixView extends HTMLElement {
  #config!: Config;
  #built = '';

  connectedCallback() {
    this.#config = jsonAttribute<Config>(this, 'data-config');
    this.#built = this.#config.rendered;
    const form = this.querySelector('form');
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      const at = new FormData(form).get('at');
      const url = new URL(location.href);
      url.searchParams.set('at', typeof at === 'string' ? at : '');
      history.pushState(null, '', url);
      void this.update();
    });
    // The stepper's dates show in place (their links lead to the prebuilt pages without JavaScript).
    for (const a of this.querySelectorAll<HTMLAnchorElement>('[data-date-steps] a[data-at]')) {
      a.addEventListener('click', (e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        const url = new URL(location.href);
        url.searchParams.set('at', a.dataset.at!);
        history.pushState(null, '', url);
        void this.update();
      });
    }
    addEventListener('popstate', () => void this.update());
    const input = this.querySelector<HTMLInputElement>('input[name="at"]');
    if (input) input.max = chinaToday();
    if (new URL(location.href).searchParams.has('at')) void this.update();
    else this.#step(parseIsoDay(this.#config.rendered), this.#config.changeDates.map(parseIsoDay));
  }

  async update() {
    const c = this.#config;
    const days = c.changeDates.map(parseIsoDay);
    const bounds = pageBounds(days, parseIsoDay(chinaToday()), 'state');
    const requested = new URL(location.href).searchParams.get('at');
    // Without ?at=, the day this page was built for (a prebuilt date, or the latest).
    const reading = readDay(requested, bounds, parseIsoDay(this.#built));
    const messages: string[] = [];
    if (reading.issue) {
      messages.push(dateIssueText(reading.issue, c.lang, c.messages));
      messages.push(fill(c.messages.showing, { date: formatDate(isoDay(reading.day), c.lang) }));
    }
    if (reading.afterData) messages.push(fill(c.messages.after, { last: formatDate(isoDay(bounds.last), c.lang) }));
    this.#show(messages);

    const input = this.querySelector<HTMLInputElement>('input[name="at"]');
    if (input) input.value = isoDay(reading.day);
    this.#step(reading.day, days);
    // The other language shows the same day (the corrected one, when the address was wrong).
    syncLanguageSwitch(reading.defaulted ? undefined : { page: 'matrix', at: isoDay(reading.day) }, c.lang);
    if (isoDay(reading.day) === c.rendered) return;

    this.setAttribute('aria-busy', 'true');
    const { index, data } = await loadEngine(c.engine);
    const matrix = stateAt(index, reading.day);
    const numbering = new SourceNumbering(data.vocabulary, 'matrix');
    const rows = matrixRows(matrix, data.vocabulary);
    this.querySelector('[data-matrix-table]')!.innerHTML = matrixTable(rows, numbering).html;
    this.querySelector('[data-matrix-refs]')!.innerHTML = numbering.list().html;
    this.querySelector('[data-matrix-heading]')!.textContent = rows.text.title;
    // The chart: the same spec, from the same rows as the table. On a date of change its
    // images and embed are the prebuilt ones; on any other day, the live embed.
    const figure = this.querySelector<ChartFigure>('chart-figure');
    const changeDate = changeDateAtOrBefore(days, reading.day);
    const prebuilt = changeDate === reading.day ? isoDay(changeDate) : undefined;
    figure?.show(rows, {
      chart: prebuilt ? { kind: 'matrix', at: prebuilt } : undefined,
      images: prebuilt !== undefined && c.imageDates.includes(prebuilt),
      key: { kind: 'matrix', at: matrix.iso },
      sources: sourceNames(rows.sources, data.vocabulary.sources),
      embed: prebuilt ? { page: 'embed-matrix-snapshot', at: prebuilt } : { page: 'embed-matrix', at: matrix.iso },
      page: prebuilt ? { page: 'matrix-snapshot', at: prebuilt } : { page: 'matrix', at: matrix.iso },
    });
    this.#config = { ...c, rendered: matrix.iso };
    this.removeAttribute('aria-busy');
  }

  #show(messages: string[]) {
    const box = this.querySelector<HTMLElement>('[data-query-message]')!;
    box.hidden = messages.length === 0;
    box.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
  }

  /** Points the previous/next links at the changes around the shown day. */
  #step(day: number, days: readonly number[]) {
    const c = this.#config;
    const current = changeDateAtOrBefore(days, day);
    const prev = current === undefined ? undefined : current < day ? current : days[days.indexOf(current) - 1];
    const next = days.find((d) => d > day);
    // A link with nowhere to go loses its href and its rel (rel needs an href).
    const set = (selector: string, target: number | undefined, rel: string) => {
      const a = this.querySelector<HTMLAnchorElement>(selector);
      if (!a) return;
      if (target === undefined) {
        a.removeAttribute('href');
        a.removeAttribute('rel');
      } else {
        a.href = href({ page: 'matrix-snapshot', at: isoDay(target) }, c.lang);
        a.rel = rel;
      }
      a.setAttribute('aria-disabled', String(target === undefined));
    };
    set('[data-step="previous"]', prev, 'prev');
    set('[data-step="next"]', next, 'next');
    // The stepper marks the date of change whose matrix is shown (the day itself, or the last
    // change before it); in a long history, where the stepper lists the dates around the page's
    // own, a date outside them marks its year's link, if its year has one.
    const shown = current === undefined ? undefined : isoDay(current);
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-date-steps] a')];
    const marked = links.find((a) => a.dataset.at === shown) ?? links.find((a) => a.dataset.year !== undefined && a.dataset.year === shown?.slice(0, 4));
    for (const a of links) {
      if (a === marked) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    }
    // On a narrow screen the track scrolls: bring the marked date into view (the track only, never the page).
    const track = this.querySelector<HTMLElement>('[data-date-steps]');
    if (track && marked && track.scrollWidth > track.clientWidth) {
      const [t, m] = [track.getBoundingClientRect(), marked.getBoundingClientRect()];
      track.scrollLeft += m.left + m.width / 2 - (t.left + t.width / 2);
    }
  }
}

customElements.define('matrix-view', MatrixView);
