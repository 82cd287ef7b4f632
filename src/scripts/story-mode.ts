/**
 * <story-mode>: the milestones one step at a time. Previous/next buttons, ← and → while the
 * story has focus (the timeline keeps its own keys), a sideways swipe on a touch screen.
 * The step is in the address (?story=<event id>, with the timeline's view: Back and Forward
 * step back and forth), and each step zooms the page's <event-timeline> to its moment through
 * the view parameters of the address, the timeline's own way of being told a view.
 */
import { fill } from '../lib/text/fill.ts';
import { DEFAULT_VIEW, type TimelineView } from '../lib/timeline/view.ts';
import { href, type EmbedTheme, type Route } from '../lib/urls.ts';
import { parseIsoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';

interface Config {
  readonly lang: Lang;
  readonly page: 'story' | 'embed';
  readonly steps: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly messages: { readonly position: string; readonly unknown: string };
}

/** A swipe: at least this far sideways, and more sideways than down. */
const SWIPE_PX = 50;

class StoryMode extends HTMLElement {
  #config!: Config;
  #index = -1;
  /** Set while this element tells the timeline of a new address (its own popstate is not a navigation). */
  #telling = false;

  connectedCallback() {
    this.#config = JSON.parse(this.getAttribute('data-config') ?? 'null') as Config;
    const params = new URLSearchParams(location.search);
    // The embed opens in story mode only when asked (?story=).
    if (this.#config.page === 'embed' && !params.has('story')) return;
    if (this.#config.steps.length === 0) return;
    this.hidden = false;
    this.classList.add('is-live');
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    this.querySelector('[data-story-step="previous"]')!.addEventListener('click', () => this.step(-1));
    this.querySelector('[data-story-step="next"]')!.addEventListener('click', () => this.step(1));
    this.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        this.step(e.key === 'ArrowLeft' ? -1 : 1);
      }
    });
    let start: { x: number; y: number } | undefined;
    const steps = this.querySelector<HTMLElement>('.story__steps')!;
    steps.addEventListener('pointerdown', (e) => {
      if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY };
    });
    steps.addEventListener('pointerup', (e) => {
      if (!start) return;
      const [dx, dy] = [e.clientX - start.x, e.clientY - start.y];
      start = undefined;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) this.step(dx < 0 ? 1 : -1);
    });
    steps.addEventListener('pointercancel', () => (start = undefined));
    addEventListener('popstate', () => {
      if (!this.#telling) this.#fromAddress(false);
    });
    this.#fromAddress(true);
  }

  /** The step shown (its event id). */
  get current(): string | undefined {
    return this.#config.steps[this.#index]?.id;
  }

  /** Moves by `delta` steps (clamped to the first and last), as a new history entry. */
  step(delta: number) {
    const next = Math.max(0, Math.min(this.#config.steps.length - 1, this.#index + delta));
    if (next === this.#index) return;
    this.#show(next);
    history.pushState(history.state, '', this.#url(next));
    this.#tellTimeline();
  }

  /** Shows the step the address names; on the first visit, completes the address (step and view). */
  #fromAddress(first: boolean) {
    const c = this.#config;
    const asked = new URLSearchParams(location.search).get('story');
    let index = c.steps.findIndex((s) => s.id === asked);
    const unknown = asked !== null && asked !== '' && asked !== 'start' && index < 0;
    if (index < 0) index = 0;
    this.#message(unknown ? fill(c.messages.unknown, { value: asked! }) : '');
    if (index === this.#index && !first) return;
    this.#show(index);
    if (first && (asked !== c.steps[index]!.id || !new URLSearchParams(location.search).has('from'))) {
      history.replaceState(history.state, '', this.#url(index));
      this.#tellTimeline();
    }
  }

  #show(index: number) {
    const c = this.#config;
    this.#index = index;
    const items = this.querySelectorAll<HTMLElement>('.story-step');
    items.forEach((li, i) => (li.hidden = i !== index));
    this.querySelector('[data-story-position]')!.textContent = fill(c.messages.position, { n: index + 1, total: c.steps.length });
    this.querySelector<HTMLButtonElement>('[data-story-step="previous"]')!.disabled = index === 0;
    this.querySelector<HTMLButtonElement>('[data-story-step="next"]')!.disabled = index === c.steps.length - 1;
    this.dispatchEvent(new CustomEvent('story:step', { bubbles: true, detail: { id: c.steps[index]!.id, index } }));
  }

  /** The address of a step: the story's, with the timeline zoomed to the moment and the event selected. */
  #url(index: number): string {
    const s = this.#config.steps[index]!;
    const view: TimelineView = { ...DEFAULT_VIEW, range: { start: parseIsoDay(s.from), end: parseIsoDay(s.to) + 1 }, event: s.id };
    return href(this.#route(view, s.id), this.#config.lang);
  }

  #route(view: TimelineView, id: string): Route {
    if (this.#config.page === 'story') return { page: 'story', view, step: id };
    const theme = new URLSearchParams(location.search).get('theme');
    return { page: 'embed-timeline', view, story: id, ...(theme === 'light' || theme === 'dark' ? { theme: theme as EmbedTheme } : {}) };
  }

  /** The timeline reads its view from the address, as on Back and Forward (and points the language switch at it). */
  #tellTimeline() {
    this.#telling = true;
    try {
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    } finally {
      this.#telling = false;
    }
  }

  #message(text: string) {
    const box = this.querySelector<HTMLElement>('[data-story-message]')!;
    box.hidden = text === '';
    box.textContent = text;
  }
}

customElements.define('story-mode', StoryMode);
