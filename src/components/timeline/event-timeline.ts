/**
 * <event-timeline>: brings the build-time timeline to life. It reads the data the page
 * carries, adopts the server-rendered SVG (the same renderer re-renders it, matching its
 * elements by key), and maps the reader's input onto the pure controller
 * (src/lib/timeline/controller.ts): drag, pinch and Ctrl + wheel zoom and pan, the
 * overview's brush picks a range, buttons and keys do the same, filters and search narrow
 * the events, and selecting one opens its details.
 *
 * The view lives in the URL's query: every committed change is a history entry, so a copied
 * URL shows another reader the same view and Back steps back through views. Continuous
 * gestures commit when they end.
 */
import { describeView } from '../../lib/timeline/describe.ts';
import { canvasMeasure } from '../../charts/browser/canvas-measure.ts';
import { clearCanvas, drawMarksOnCanvas, readPalette, type CanvasPalette } from '../../charts/timeline/render-canvas.ts';
import { renderOverview } from '../../charts/timeline/render-overview.ts';
import { renderTimeline, type RenderOptions } from '../../charts/timeline/render-timeline.ts';
import { outside, sameRange, snapRange, wholeRange } from '../../lib/timeline/bounds.ts';
import * as controller from '../../lib/timeline/controller.ts';
import { formatDayRange } from '../../lib/timeline/day-label.ts';
import { timelineEngine, type TimelineEngine } from '../../lib/timeline/engine.ts';
import { timelineGeometry, type TimelineGeometry } from '../../lib/timeline/geometry.ts';
import { keyAction, ZOOM_STEP } from '../../lib/timeline/keys.ts';
import type { TimelineLayout } from '../../lib/timeline/layout.ts';
import { overviewGeometry, type OverviewLayout } from '../../lib/timeline/overview.ts';
import { decodePayload, type TimelineData, type TimelinePayload } from '../../lib/timeline/payload.ts';
import { fill, laneNames, type TimelineStrings } from '../../lib/timeline/strings.ts';
import { anchorDay, FACETS } from '../../lib/timeline/timeline-event.ts';
import { parseView, type ViewContext } from '../../lib/timeline/view-url.ts';
import { hasFilters, sameFilters, sameView, type TimelineView } from '../../lib/timeline/view.ts';
import { href, type EmbedTheme, type Route } from '../../lib/urls.ts';
import { syncControls, wireControls, type ControlAction } from './controls.ts';
import { fillDetail } from './detail-panel.ts';
import { attachBrush, attachChartGestures } from './gestures.ts';
import { hideCard, showClusterCard, showEventCard } from './hover-card.ts';
import { filterList } from './list-filter.ts';
import { showUrlNotice } from './url-notice.ts';
import { syncLanguageSwitch } from '../../scripts/lang-switch.ts';
import { whenIdle } from '../../scripts/when-idle.ts';

performance.mark('timeline:script-start');

/** What the page hands the element, in <script type="application/json" data-timeline-data>. */
export interface TimelineBoot {
  /** The address of the data (preloaded by the page): JSON, a TimelinePayload. */
  readonly data: string;
  readonly strings: TimelineStrings;
}

declare global {
  interface Window {
    /** The data files Timeline.astro began reading while the page arrived, by address. */
    wlpTimelineData?: Record<string, Promise<TimelinePayload>>;
  }
}

async function fetchPayload(src: string): Promise<TimelinePayload> {
  const early = window.wlpTimelineData?.[src];
  if (early) return early;
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return (await response.json()) as TimelinePayload;
}

type Commit = 'now' | 'soon' | 'none';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

class EventTimeline extends HTMLElement {
  /**
   * Recent frames, newest last, for the benchmark: how long each took (layout, render, and
   * the browser's style and layout) and whether the view was moving (a gesture or animation)
   * or settling (exact packing, titles back).
   */
  readonly frames: { ms: number; moving: boolean }[] = [];
  #data!: TimelineData;
  #engine!: TimelineEngine;
  #strings!: TimelineStrings;
  #context!: ViewContext;
  #options!: RenderOptions;
  #view!: TimelineView;
  /** The view the URL holds. */
  #committed!: TimelineView;
  #focused: string | undefined;
  #layout: TimelineLayout | undefined;
  #overviewLayout: OverviewLayout | undefined;
  #synced: { filters: string; event: string | undefined; range: string; lanes: string; more: string } = { filters: '', event: '', range: '', lanes: '', more: '' };
  #width = 0;
  /** A gesture or animation is under way: draw fast, titles hidden, exact packing when it ends. */
  #moving = false;
  #idle = 0;
  #raf = 0;
  #animation = 0;
  #commitTimer = 0;
  #hintTimer = 0;
  #svg!: SVGSVGElement;
  #overview!: SVGSVGElement;
  #frame!: HTMLElement;
  #card!: HTMLElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list: HTMLElement | null = null;
  #listFiltered = false;
  #listStatus: HTMLElement | null = null;
  #urlProblems: { readonly requested: string; readonly problems: readonly string[] } = { requested: '', problems: [] };
  #wasDrag: () => boolean = () => false;
  /** Draws the marks while the view moves under the pointer; empty otherwise. */
  #canvas!: HTMLCanvasElement;
  #canvasInUse = false;
  /**
   * The moving view changes zoom (wheel, pinch, zoom buttons): every mark moves, so the
   * canvas draws them. A pure pan (drag) keeps the SVG, whose marks move as one group.
   */
  #zooming = false;
  /**
   * While panning: the marks of three screens' width (the view and one each side) drawn
   * once, off screen; each frame copies the visible part onto the canvas.
   */
  #tile: { canvas: HTMLCanvasElement; key: string; start: number; end: number } | undefined;
  #palette: CanvasPalette | undefined;

  #started = false;

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    const boot = JSON.parse(this.querySelector('[data-timeline-data]')!.textContent!) as TimelineBoot;
    fetchPayload(boot.data).then(
      (payload) => this.#start(boot.strings, payload),
      (error: unknown) => {
        console.error(`The timeline's data could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        // The drawn chart stays as the build drew it, and the list of events below it: say
        // so, and give up the room kept for controls that will not come.
        this.querySelector<HTMLElement>('[data-unavailable]')!.hidden = false;
        this.querySelector<HTMLElement>('.timeline__controls')?.remove();
      },
    );
  }

  /** Brings the chart to life once its data has arrived. */
  #start(strings: TimelineStrings, payload: TimelinePayload) {
    this.#strings = strings;
    this.#data = decodePayload(payload);
    this.#svg = this.querySelector<SVGSVGElement>('svg.tl')!;
    // Labels are fitted with the browser's own measure of the chart's font.
    this.#engine = timelineEngine(this.#data, laneNames(this.#strings), canvasMeasure(getComputedStyle(this.#svg).fontFamily));
    performance.mark('timeline:data-ready');
    const ids = Object.fromEntries(FACETS.map((f) => [f, this.#data.names[f]])) as unknown as ViewContext['ids'];
    this.#context = { bounds: this.#engine.bounds, ids, events: this.#data.byId };
    const lang = this.#data.lang;
    this.#options = { strings: this.#strings, eventHref: (id) => href({ page: 'event', id }, lang), interactive: true };

    this.#overview = this.querySelector<SVGSVGElement>('svg.tl-overview')!;
    this.#frame = this.querySelector<HTMLElement>('[data-frame]')!;
    this.#card = this.querySelector<HTMLElement>('[data-card]')!;
    this.#panel = this.querySelector<HTMLElement>('[data-detail]')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#canvas = document.createElement('canvas');
    this.#canvas.className = 'timeline__canvas';
    this.#canvas.setAttribute('aria-hidden', 'true');
    this.#frame.append(this.#canvas);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => (this.#palette = undefined));
    this.#list = this.dataset.list ? document.querySelector<HTMLElement>(this.dataset.list) : null;
    if (this.#list) {
      this.#listStatus = document.createElement('p');
      this.#listStatus.className = 'timeline__list-status';
      this.#listStatus.hidden = true;
      this.#list.before(this.#listStatus);
    }

    const { view, problems } = parseView(location.search, this.#context);
    for (const problem of problems) console.warn(`Timeline URL: ${problem}`);
    this.#urlProblems = { requested: location.search, problems };
    showUrlNotice(location.search, problems);
    this.#view = this.#committed = view;
    this.#focused = view.event;
    if (problems.length) history.replaceState(history.state, '', this.#url(view));
    this.#announceView(view);

    this.#wire();
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js-notice]')) el.remove();
    this.classList.add('is-live');
    // The first draw's width. In a page window at least as wide as the build's drawing, that
    // width (the frame's in the widest layout, see STATIC_WIDTH), read without making the
    // browser lay out the page first; the ResizeObserver then reports the frame's real width,
    // and only a window a little narrower than the widest layout redraws. A narrower window (a
    // phone) cannot show the build's width, and an embed's frame is sized by its host: their
    // frame is measured now, which forces a layout but spares drawing the chart twice.
    const built = Number(this.#svg.getAttribute('width')) || 960;
    this.#width = innerWidth >= built && this.dataset.page !== 'embed' ? built : this.#frameWidth() || built;
    this.#draw(false);
    this.#updateLangSwitch();
    performance.mark('timeline:first-render');
    performance.measure('timeline:data-ready', 'timeline:script-start', 'timeline:data-ready');
    performance.measure('timeline:first-render', 'timeline:script-start', 'timeline:first-render');
    this.dispatchEvent(new CustomEvent('timeline:ready', { bubbles: true }));
  }

  /** The width the chart is drawn at: its frame's, inside the border, in whole pixels (the first draw and every resize measure it alike). */
  #frameWidth(): number {
    return this.#frame.clientWidth;
  }

  /** What was wrong with the address the page was opened with (each problem starts with its parameter's name), and that address's query. */
  get urlProblems(): { readonly requested: string; readonly problems: readonly string[] } {
    return this.#urlProblems;
  }

  /** The event ids the view shows, in time order. */
  get shownEvents(): string[] {
    return this.#engine.shown(this.#view).events.map((e) => e.id);
  }

  /** The address of a view: on the home page, or in the timeline embed when the chart is embedded. */
  #url(view: TimelineView): string {
    return href(this.#route(view), this.#data.lang);
  }

  /** The page a view is shown on: the home page, the story page, or the timeline embed. */
  #route(view: TimelineView): Route {
    // Story mode (?story=<event id>, on the story page or in the embed) stays in the address as the view changes.
    const story = new URLSearchParams(location.search).get('story') ?? undefined;
    return this.dataset.page === 'embed'
      ? { page: 'embed-timeline', view, ...this.#embedTheme(), ...(story ? { story } : {}) }
      : this.dataset.page === 'story'
        ? { page: 'story', view, ...(story ? { step: story } : {}) }
        : { page: 'home', view };
  }

  /** An embed keeps its forced theme (?theme=) in the address as the view changes. */
  #embedTheme(): { theme?: EmbedTheme } {
    const theme = new URLSearchParams(location.search).get('theme');
    return theme === 'light' || theme === 'dark' ? { theme } : {};
  }

  /** The view the address shows (for scripts that start after the timeline). */
  get committedView(): TimelineView | undefined {
    return this.#committed;
  }

  /** What a view shows, in words: title, the note on lanes and marks, alt text (the embed panel and caption use them). */
  describe(view: TimelineView) {
    const names = FACETS.flatMap((f) => view.filters[f].map((id) => this.#data.names[f].get(id) ?? id));
    return describeView(this.#engine.shown(view), controller.viewRange(view, this.#engine.bounds), view, this.#strings, this.#data.lang, { filterNames: names, whole: wholeRange(this.#engine.bounds) });
  }

  /** Tells the page which view is committed, and how it reads (the embed panel and caption follow it). */
  #announceView(view: TimelineView) {
    this.dispatchEvent(new CustomEvent('timeline:view', { bubbles: true, detail: { view, text: this.describe(view) } }));
  }

  // ── drawing ────────────────────────────────────────────────────────────────

  #invalidate() {
    this.#raf ||= requestAnimationFrame(() => {
      this.#raf = 0;
      this.#draw();
    });
  }

  /** Lays out and renders the current view; `measure` also forces style and layout so the frame's time includes them. */
  #draw(measure = true) {
    if (this.#raf) {
      cancelAnimationFrame(this.#raf);
      this.#raf = 0;
    }
    const started = performance.now();
    const moving = this.#moving;
    const geometry = timelineGeometry(this.#width);
    const layout = this.#engine.layout(this.#view, geometry, this.#focused, this.#moving);
    // While the view moves under the pointer, marks go on the canvas: redrawn each frame
    // when zooming, copied from a wider tile when panning (cheaper than moving and painting
    // hundreds of SVG elements a frame). Not while keyboard focus is on a mark: hiding the
    // SVG's marks would take focus away.
    const canvas = moving && !document.activeElement?.closest('svg.tl .tl-mark');
    renderTimeline(this.#svg, layout, moving ? { ...this.#options, moving: true, marks: !canvas } : this.#options);
    if (canvas && this.#zooming) this.#drawCanvas(layout);
    else if (canvas) this.#drawFromTile(layout, geometry);
    else if (this.#canvasInUse) {
      clearCanvas(this.#canvas);
      this.#canvasInUse = false;
    }
    const overview = this.#engine.overview(this.#view, overviewGeometry(this.#width, layout.plot.x0, layout.plot.x1));
    renderOverview(this.#overview, overview);
    this.#layout = layout;
    this.#overviewLayout = overview;
    this.#syncChrome(layout);
    if (!this.#idle && (!this.#engine.prepared(this.#view, geometry) || !moving)) this.#prepareWhenIdle();
    if (!measure) return;
    this.#svg.getBoundingClientRect(); // style and layout now, so the frame's time includes them
    this.frames.push({ ms: performance.now() - started, moving });
    if (this.frames.length > 2000) this.frames.splice(0, 1000);
  }

  /** Sizes the on-screen canvas to the chart; returns the device pixel ratio it uses. */
  #sizeCanvas(layout: TimelineLayout): number {
    const ratio = Math.min(2, devicePixelRatio || 1);
    const width = Math.round(layout.width * ratio);
    const height = Math.round(layout.height * ratio);
    if (this.#canvas.width !== width || this.#canvas.height !== height) {
      this.#canvas.width = width;
      this.#canvas.height = height;
      this.#canvas.style.width = `${layout.width}px`;
      this.#canvas.style.height = `${layout.height}px`;
    }
    this.#palette ??= readPalette(this.#svg);
    this.#canvasInUse = true;
    return ratio;
  }

  #drawCanvas(layout: TimelineLayout) {
    const ratio = this.#sizeCanvas(layout);
    drawMarksOnCanvas(this.#canvas, layout, this.#palette!, ratio);
    this.#tile = undefined;
  }

  /**
   * The pan tile for a layout: the marks of three screens' width around it, drawn off
   * screen. Reused while it covers the view at the same zoom, filters and selection.
   */
  #tileFor(layout: TimelineLayout, geometry: TimelineGeometry, ratio: number) {
    const { range, plot, scale } = layout;
    const span = range.end - range.start;
    const plotWidth = plot.x1 - plot.x0;
    const key = `${scale.ppd}|${ratio}|${this.#width}|${layout.height}|${this.#synced.filters}|${this.#view.event}|${this.#focused}`;
    const tile = this.#tile;
    if (tile && tile.key === key && range.start >= tile.start && range.end <= tile.end) return tile;
    // Same density, three times as wide: the same zoom level, packing and lanes.
    const wide = timelineGeometry(this.#width + 2 * plotWidth, { laneLabels: geometry.laneLabels, gutter: geometry.gutter });
    const extended = { start: range.start - span, end: range.end + span };
    const wideLayout = this.#engine.layout({ ...this.#view, range: extended }, wide, this.#focused, true);
    const canvas = tile?.canvas ?? document.createElement('canvas');
    canvas.width = Math.round(3 * plotWidth * ratio);
    canvas.height = Math.round(layout.height * ratio);
    this.#palette ??= readPalette(this.#svg);
    drawMarksOnCanvas(canvas, wideLayout, this.#palette, ratio, -plot.x0);
    return (this.#tile = { canvas, key, start: extended.start, end: extended.end });
  }

  #drawFromTile(layout: TimelineLayout, geometry: TimelineGeometry) {
    const ratio = this.#sizeCanvas(layout);
    const { range, plot, scale } = layout;
    const plotWidth = plot.x1 - plot.x0;
    const tile = this.#tileFor(layout, geometry, ratio);
    const ctx = this.#canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
    const sx = (range.start - tile.start) * scale.ppd * ratio;
    ctx.drawImage(tile.canvas, sx, 0, plotWidth * ratio, layout.height * ratio, plot.x0 * ratio, 0, plotWidth * ratio, layout.height * ratio);
  }

  /** In idle moments, packs the view's own zoom level if missing, then those zooming out will need, a level at a time. */
  #prepareWhenIdle() {
    if (this.#idle) return;
    const run = (deadline?: IdleDeadline) => {
      this.#idle = 0;
      const geometry = timelineGeometry(this.#width);
      while (this.#engine.prepare(this.#view, geometry)) {
        // A finished level may be the exact one a moving view is standing in for: show it.
        if (this.#moving) this.#invalidate();
        if (!deadline || deadline.timeRemaining() < 10) {
          this.#idle = whenIdle(run);
          return;
        }
      }
      // Then the pan tile, so the next drag starts by copying it rather than drawing it.
      if (!this.#moving && this.#layout && this.#layout.marks.length + this.#layout.clusters.length > 0) {
        this.#tileFor(this.#layout, geometry, Math.min(2, devicePixelRatio || 1));
      }
    };
    this.#idle = whenIdle(run);
  }

  /** The view stops moving: draw it exactly (full packing, titles back). */
  #settle() {
    if (!this.#moving) return;
    this.#moving = false;
    this.#zooming = false;
    this.#invalidate();
  }

  /** Everything around the chart that follows the view: range text, controls, list, panel. */
  #syncChrome(layout: TimelineLayout) {
    const view = this.#view;
    const lang = this.#data.lang;
    const first = Math.floor(layout.range.start);
    const last = Math.ceil(layout.range.end) - 1;
    const range = formatDayRange(first, last, lang);
    // The cue that there is more outside the range: "← 2 earlier", a button that shows everything.
    const { before, after } = outside(this.#engine.shown(view).events, layout.range);
    const more = [before ? fill(this.#strings['timeline.more.before'], { n: before }) : '', after ? fill(this.#strings['timeline.more.after'], { n: after }) : ''].filter(Boolean).join(' · ');
    if (more !== this.#synced.more) {
      this.#synced.more = more;
      this.querySelector<HTMLElement>('[data-outside]')!.hidden = more === '';
      this.querySelector('[data-outside-label]')!.textContent = more;
    }
    if (range !== this.#synced.range) {
      this.#synced.range = range;
      this.querySelector('[data-range-label]')!.textContent = range;
      this.dataset.from = String(first);
      this.dataset.to = String(last);
    }
    const filters = JSON.stringify([view.lanes, view.filters, view.query]);
    if (filters !== this.#synced.filters) {
      this.#synced.filters = filters;
      const shown = this.#engine.shown(view).events;
      const total = this.#data.events.length;
      syncControls(this, view, this.#data, this.#strings);
      this.querySelector('[data-count]')!.textContent = fill(this.#strings['timeline.status.shown'], { n: shown.length, total });
      const filtered = hasFilters(view);
      // The list is long: touch it only when it is or was filtered.
      if (this.#list && (filtered || this.#listFiltered)) {
        filterList(this.#list, filtered ? new Set(shown.map((e) => e.id)) : undefined, this.#listStatus, this.#strings['timeline.list.filtered']);
        this.#listFiltered = filtered;
      }
      for (const note of this.querySelectorAll<HTMLElement>('[data-lanes-note]')) note.hidden = note.dataset.lanesNote !== view.lanes;
    }
    if (view.event !== this.#synced.event) {
      this.#synced.event = view.event;
      const e = view.event === undefined ? undefined : this.#data.byId.get(view.event);
      if (e) fillDetail(this.#panel, e, this.#data, this.#strings);
      this.#panel.hidden = !e;
    }
  }

  // ── changing the view ──────────────────────────────────────────────────────

  /** Shows a view; `commit` says whether it becomes a history entry now, after a pause, or not yet. */
  #set(next: TimelineView, commit: Commit) {
    if (!sameView(next, this.#view)) {
      this.#view = next;
      this.#invalidate();
    }
    clearTimeout(this.#commitTimer);
    if (commit === 'now') this.#commit();
    else if (commit === 'soon') this.#commitTimer = window.setTimeout(() => this.#commit(), 400);
  }

  /** Stops an animation and pending commit, for direct manipulation. */
  #interrupt() {
    if (this.#animation) {
      cancelAnimationFrame(this.#animation);
      this.#animation = 0;
      this.#moving = false;
      this.#zooming = false;
    }
  }

  #commit() {
    clearTimeout(this.#commitTimer);
    this.#settle();
    let view = this.#view;
    if (view.range) {
      const snapped = snapRange(view.range, this.#engine.bounds);
      if (!sameRange(snapped, view.range)) view = controller.setRange(view, this.#engine.bounds, snapped);
    }
    if (!sameView(view, this.#view)) {
      this.#view = view;
      this.#invalidate();
    }
    if (sameView(view, this.#committed)) return;
    const previous = this.#committed;
    this.#committed = view;
    history.pushState(history.state, '', this.#url(view));
    this.#announceView(view);
    this.#updateLangSwitch();
    if (!sameFilters(previous.filters, view.filters) || previous.query !== view.query || previous.lanes !== view.lanes) {
      const n = this.#engine.shown(view).events.length;
      this.#announce(fill(this.#strings['timeline.status.count'], { n, total: this.#data.events.length }));
    } else if (!sameRange(previous.range, view.range)) {
      const r = controller.viewRange(view, this.#engine.bounds);
      this.#announce(fill(this.#strings['timeline.status.range'], { range: formatDayRange(Math.floor(r.start), Math.ceil(r.end) - 1, this.#data.lang) }));
    }
  }

  /** Moves to a view's range smoothly (instantly for readers who prefer less motion), then commits. */
  #animate(next: TimelineView) {
    this.#interrupt();
    const bounds = this.#engine.bounds;
    const from = controller.viewRange(this.#view, bounds);
    const to = controller.viewRange(next, bounds);
    if (reducedMotion() || sameRange(from, to)) {
      this.#set(next, 'now');
      return;
    }
    this.#zooming = Math.abs(to.end - to.start - (from.end - from.start)) > 1e-6;
    const started = performance.now();
    const step = (now: number) => {
      const k = (now - started) / 220;
      if (k < 1) {
        this.#moving = true;
        this.#view = { ...next, range: controller.tweenRange(from, to, k) };
        this.#draw();
        this.#animation = requestAnimationFrame(step);
      } else {
        this.#animation = 0;
        this.#moving = false;
        this.#zooming = false;
        this.#view = next;
        this.#draw();
        this.#commit();
      }
    };
    this.#animation = requestAnimationFrame(step);
  }

  #announce(text: string) {
    // Re-announce identical text by toggling a trailing no-break space.
    this.#status.textContent = this.#status.textContent === text ? `${text}\u00a0` : text;
  }

  #updateLangSwitch() {
    syncLanguageSwitch(this.#route(this.#committed), this.#data.lang);
  }

  #markOf(id: string): SVGElement | null {
    return this.#svg.querySelector<SVGElement>(`a.tl-mark[data-event-id="${CSS.escape(id)}"]`);
  }

  #select(id: string | undefined) {
    const wasOpen = this.#view.event;
    this.#set(controller.select(this.#view, id), 'now');
    this.#draw();
    if (id !== undefined) {
      this.#focused = id;
      const e = this.#data.byId.get(id)!;
      this.#announce(fill(this.#strings['timeline.status.selected'], { title: e.title }));
      this.#revealPanel(id);
    } else if (wasOpen) {
      this.#announce(this.#strings['timeline.status.closed']);
      if (this.#panel.contains(document.activeElement)) this.#markOf(wasOpen)?.focus();
    }
  }

  /**
   * Brings the details panel into view without pushing the chart away: the page scrolls at
   * most until the chart's top edge (or, when that is already above the screen, the
   * selected mark) reaches the top, so the chart stays on screen and the panel shows as
   * much as fits below it.
   */
  #revealPanel(id: string) {
    const panel = this.#panel.getBoundingClientRect();
    const overflow = panel.bottom + 8 - window.innerHeight;
    if (overflow <= 0) return;
    const frameTop = this.#frame.getBoundingClientRect().top;
    const markTop = this.#markOf(id)?.getBoundingClientRect().top ?? frameTop;
    const limit = frameTop >= 0 ? frameTop - 8 : markTop - 48;
    const by = Math.min(overflow, limit);
    if (by > 0) window.scrollBy({ top: by, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** Moves keyboard focus to an event's mark, panning to it first if it is out of view. */
  #focusEvent(id: string) {
    this.#interrupt();
    this.#focused = id;
    const next = controller.reveal(this.#view, this.#engine.bounds, this.#data.byId.get(id)!);
    if (!sameView(next, this.#view)) this.#set(next, 'soon');
    this.#draw();
    this.#markOf(id)?.focus();
  }

  // ── input ──────────────────────────────────────────────────────────────────

  #wire() {
    const bounds = this.#engine.bounds;
    const svg = this.#svg;

    this.#wasDrag = attachChartGestures(svg, {
      pan: (dx) => {
        this.#interrupt();
        this.#moving = true;
        if (this.#layout) this.#set(controller.pan(this.#view, bounds, -dx / this.#layout.scale.ppd), 'none');
      },
      zoom: (factor, x) => {
        this.#interrupt();
        this.#moving = true;
        this.#zooming = true;
        if (this.#layout) this.#set(controller.zoom(this.#view, bounds, factor, this.#layout.scale.invert(x)), 'none');
      },
      end: () => this.#commit(),
      scrollHint: () => {
        const hint = this.querySelector<HTMLElement>('[data-wheel-hint]');
        if (!hint) return;
        hint.hidden = false;
        clearTimeout(this.#hintTimer);
        this.#hintTimer = window.setTimeout(() => (hint.hidden = true), 1600);
      },
    }).wasDrag;

    attachBrush(
      this.#overview,
      () => this.#overviewLayout?.window ?? { x: 0, width: 0 },
      {
        brush: (x0, x1) => {
          this.#interrupt();
          this.#moving = true;
          const scale = this.#overviewLayout?.scale;
          if (!scale) return;
          const range = controller.viewRange(this.#view, bounds);
          const next = { start: scale.invert(x0), end: scale.invert(x1) };
          if (Math.abs(next.end - next.start - (range.end - range.start)) > 1e-6) this.#zooming = true;
          this.#set(controller.setRange(this.#view, bounds, next), 'none');
        },
        end: () => this.#commit(),
      },
    );

    // Pressing in the chart must not move focus (a drag may start there, and focus belongs
    // to the keyboard; Chromium would even focus the <svg>, which has focus listeners);
    // a click on a mark selects it and then focuses it on purpose.
    svg.addEventListener('mousedown', (e) => e.preventDefault());

    svg.addEventListener('click', (e) => {
      const target = e.target as Element;
      const mark = target.closest<SVGElement>('.tl-mark');
      if (this.#wasDrag()) {
        e.preventDefault();
        return;
      }
      if (mark) {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // open the event page in a new tab
        e.preventDefault();
        const id = mark.dataset.eventId!;
        this.#select(this.#view.event === id ? undefined : id);
        this.#markOf(id)?.focus({ preventScroll: true });
        return;
      }
      const cluster = target.closest<SVGGElement>('.tl-cluster');
      if (cluster) {
        const first = Number(cluster.dataset.first);
        const last = Number(cluster.dataset.last);
        const pad = Math.max(1, (last - first) * 0.15);
        this.#animate(controller.setRange(this.#view, bounds, { start: first - pad, end: last + pad }));
      }
    });

    svg.addEventListener('keydown', (e) => {
      const action = keyAction(e);
      if (!action) return;
      const view = this.#view;
      const range = controller.viewRange(view, bounds);
      if (action.kind === 'step') {
        const target = controller.step(this.#engine.shown(view).events, this.#focused ?? view.event, action.direction, range);
        if (!target) return;
        e.preventDefault();
        this.#focusEvent(target.id);
      } else if (action.kind === 'open') {
        const id = (e.target as Element).closest<SVGElement>('.tl-mark')?.dataset.eventId ?? this.#focused;
        if (id === undefined) return;
        e.preventDefault();
        this.#select(id);
      } else if (action.kind === 'close') {
        if (view.event === undefined) return;
        e.preventDefault();
        this.#select(undefined);
      } else if (action.kind === 'zoom') {
        e.preventDefault();
        const focused = this.#focused === undefined ? undefined : this.#data.byId.get(this.#focused);
        const at = focused && anchorDay(focused) >= range.start && anchorDay(focused) <= range.end ? anchorDay(focused) : undefined;
        this.#animate(controller.zoom(view, bounds, action.factor, at));
      } else if (action.kind === 'pan') {
        e.preventDefault();
        this.#animate(controller.pan(view, bounds, (range.end - range.start) * action.screens));
      } else {
        e.preventDefault();
        this.#animate(controller.showAll(view, bounds));
      }
    });

    svg.addEventListener('focusin', (e) => {
      const mark = (e.target as Element).closest<SVGElement>('.tl-mark');
      if (!mark) return;
      const id = mark.dataset.eventId!;
      if (id !== this.#focused) {
        this.#focused = id;
        this.#invalidate();
      }
      this.#showCard(mark);
    });
    svg.addEventListener('focusout', () => hideCard(this.#card));

    svg.addEventListener('pointerover', (e) => {
      // No cards for touch, and none while the view moves under the pointer.
      if (e.pointerType === 'touch' || e.buttons !== 0 || this.#moving) return;
      const target = e.target as Element;
      const mark = target.closest<SVGElement>('.tl-mark');
      if (mark) {
        for (const m of svg.querySelectorAll(`.tl-mark[data-event-id="${CSS.escape(mark.dataset.eventId!)}"]`)) m.classList.add('is-related');
        this.#showCard(mark);
        return;
      }
      const cluster = target.closest<SVGGElement>('.tl-cluster');
      const layout = cluster && this.#layout?.clusters.find((c) => c.key === cluster.dataset.key);
      if (cluster && layout) showClusterCard(this.#card, this.#frame, cluster, layout.count, layout.first, layout.last, this.#data, this.#strings);
    });
    svg.addEventListener('pointerout', (e) => {
      const from = (e.target as Element).closest('.tl-mark, .tl-cluster');
      if (!from || from.contains(e.relatedTarget as Node | null)) return;
      for (const m of svg.querySelectorAll('.is-related')) m.classList.remove('is-related');
      hideCard(this.#card);
    });

    wireControls(this, {
      lanes: (mode) => this.#set(controller.setLanes(this.#view, mode), 'now'),
      query: (text) => this.#set(controller.setQuery(this.#view, text), 'soon'),
      facet: (facet, id, on) => this.#set(controller.setFacet(this.#view, facet, id, on), 'now'),
      action: (name: ControlAction) => {
        const view = this.#view;
        const range = controller.viewRange(view, bounds);
        const span = range.end - range.start;
        if (name === 'zoom-in') this.#animate(controller.zoom(view, bounds, ZOOM_STEP));
        else if (name === 'zoom-out') this.#animate(controller.zoom(view, bounds, 1 / ZOOM_STEP));
        else if (name === 'earlier') this.#animate(controller.pan(view, bounds, -span / 2));
        else if (name === 'later') this.#animate(controller.pan(view, bounds, span / 2));
        else if (name === 'all') this.#animate(controller.showAll(view, bounds));
        else if (name === 'clear') this.#set(controller.clearFilters(view), 'now');
        else if (name === 'close') this.#select(undefined);
      },
    });

    this.#panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.#select(undefined);
      }
    });

    addEventListener('popstate', () => {
      this.#interrupt();
      clearTimeout(this.#commitTimer);
      const { view } = parseView(location.search, this.#context);
      this.#view = this.#committed = view;
      this.#updateLangSwitch();
      this.#invalidate();
    });

    new ResizeObserver(() => {
      const width = this.#frameWidth();
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#invalidate();
      }
    }).observe(this.#frame);
  }

  #showCard(mark: SVGElement) {
    const id = mark.dataset.eventId!;
    const e = this.#data.byId.get(id);
    const lane = mark.closest<SVGGElement>('.tl-lane')?.dataset.lane;
    if (!e || lane === undefined) return;
    const laneSet = this.#engine.shown(this.#view).lanes;
    const lanesOf = laneSet.lanesOf.get(id) ?? [];
    showEventCard(this.#card, this.#frame, { element: mark, lane }, e, { lanesOf, names: laneSet.lanes, sharedWith: laneSet.sharedWith.get(id) }, this.#data, this.#strings);
  }
}

customElements.define('event-timeline', EventTimeline);
