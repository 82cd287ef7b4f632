/**
 * What the timeline component needs at build time: where the browser finds the data (a
 * file of its own, so the page's weight does not grow with the history), the interface strings, the chart rendered to SVG at the default view, and the
 * filter choices with their counts. Runs in Node only (it renders through linkedom).
 */
import { overviewSvg, timelineSvg } from '../../charts/timeline/static-svg.ts';
import type { SiteContent } from '../../data/content.ts';
import { timelineGeometry } from '../../lib/timeline/geometry.ts';
import { overviewGeometry } from '../../lib/timeline/overview.ts';
import { oncePerLanguage } from '../../data/once-per-language.ts';
import { timelineFor } from '../../data/timeline.ts';
import { FACETS, type Facet } from '../../lib/timeline/timeline-event.ts';
import { DEFAULT_VIEW } from '../../lib/timeline/view.ts';
import { href } from '../../lib/urls.ts';
import type { Lang } from '../../model/lang.ts';

/**
 * The width the build-time SVG is drawn at: the chart frame's inner width in the page's
 * widest layout (the 72rem page less its 1rem padding each side, less the frame's 1px
 * border each side: src/styles/base.css, timeline.css). On a screen that wide, the script's
 * first draw is then its last: the frame's observed width matches and nothing is redrawn
 * (at 1,120 pixels, 2 more than the frame holds, every desktop load drew the chart twice:
 * 53–87 ms more at 10,000 events). A narrower screen shows it scaled until the script
 * draws the chart at its width.
 */
export const STATIC_WIDTH = 1118;

export interface FacetChoice {
  readonly id: string;
  readonly name: string;
  /** How many events name it. */
  readonly count: number;
}

export interface TimelineBuild {
  /** JSON for <script type="application/json" data-timeline-data> (the strings and where the data is), safe inside a script element. */
  readonly boot: string;
  /** The address of the timeline's data (a JSON file the page fetches, and preloads). */
  readonly data: string;
  readonly svg: string;
  readonly overview: string;
  /** Filter choices per facet: the items some event names, in the content's order. */
  readonly choices: Readonly<Record<Facet, readonly FacetChoice[]>>;
  readonly total: number;
}

/** The id of the chart's help text, which the SVG names as its description. */
export const TIMELINE_HELP_ID = 'timeline-help';

/**
 * Made once per content and language: the home page, the story page and the embed show the
 * same chart (drawing it took about 60 ms per page at 1,000 events).
 */
export const buildTimeline = oncePerLanguage((content: SiteContent, lang: Lang): TimelineBuild => {
  const { version, strings, data, engine } = timelineFor(content, lang);
  const layout = engine.layout(DEFAULT_VIEW, timelineGeometry(STATIC_WIDTH));
  const svg = timelineSvg(layout, { strings, eventHref: (id) => href({ page: 'event', id }, lang) }, { 'aria-describedby': TIMELINE_HELP_ID });
  const overview = overviewSvg(engine.overview(DEFAULT_VIEW, overviewGeometry(STATIC_WIDTH, layout.plot.x0, layout.plot.x1)));

  const choices = {} as Record<Facet, FacetChoice[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const e of data.events) for (const id of e.facets[facet]) counts.set(id, (counts.get(id) ?? 0) + 1);
    choices[facet] = data.facets[facet].filter((i) => counts.has(i.id)).map((i) => ({ ...i, count: counts.get(i.id)! }));
  }
  const dataHref = href({ page: 'timeline-data', version }, lang);
  const boot = JSON.stringify({ data: dataHref, strings }).replace(/</g, '\\u003c');
  return { boot, data: dataHref, svg, overview, choices, total: data.events.length };
});
