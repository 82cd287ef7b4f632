/**
 * The timeline's rows for one view: the events the view shows and its lanes (from the
 * engine, which remembers its work per view), and what the chart says about itself. Made
 * once per view; the images' layouts (wide, article, tall for phones) read them.
 */
import { describeView } from '../../lib/timeline/describe.ts';
import { wholeRange } from '../../lib/timeline/bounds.ts';
import { viewRange } from '../../lib/timeline/controller.ts';
import { OTHERS_LANE } from '../../lib/timeline/lanes.ts';
import type { TimelineEngine } from '../../lib/timeline/engine.ts';
import type { TimelineStrings } from '../../lib/timeline/strings.ts';
import type { TimelineEvent } from '../../lib/timeline/timeline-event.ts';
import type { TimelineView } from '../../lib/timeline/view.ts';
import type { Lang } from '../../model/lang.ts';
import type { ChartText } from '../spec.ts';

export interface TimelineRows {
  readonly kind: 'timeline';
  readonly lang: Lang;
  readonly view: TimelineView;
  readonly engine: TimelineEngine;
  readonly strings: TimelineStrings;
  readonly eventHref: (id: string) => string;
  /** The events in view, in time order, with the names of their lanes and of every actor. */
  readonly events: readonly { readonly event: TimelineEvent; readonly lanes: readonly string[]; readonly actors: readonly string[] }[];
  readonly text: ChartText;
}

export function timelineRows(
  engine: TimelineEngine,
  strings: TimelineStrings,
  view: TimelineView,
  o: { readonly lang: Lang; readonly year?: number; readonly asOf?: string; readonly eventHref: (id: string) => string },
): TimelineRows {
  const shown = engine.shown(view);
  const range = viewRange(view, engine.bounds);
  const words = describeView(shown, range, view, strings, o.lang, { year: o.year, whole: wholeRange(engine.bounds) });
  const laneName = new Map(shown.lanes.lanes.map((l) => [l.id, l.name]));
  const folded = new Set(shown.lanes.lanes.find((l) => l.id === OTHERS_LANE)?.folded ?? []);
  const names = engine.data.names[view.lanes];
  // The lanes an event is drawn in, by name; in "others", the folded lanes it belongs to.
  const lanesOf = (event: TimelineEvent) =>
    (shown.lanes.lanesOf.get(event.id) ?? []).flatMap((id) =>
      id === OTHERS_LANE ? event.facets[view.lanes].map((f) => names.get(f) ?? f).filter((n) => folded.has(n)) : [laneName.get(id) ?? id],
    );
  return {
    kind: 'timeline',
    lang: o.lang,
    view,
    engine,
    strings,
    eventHref: o.eventHref,
    events: shown.events
      .filter((e) => e.end > range.start && e.start < range.end)
      .map((event) => ({
        event,
        lanes: lanesOf(event),
        actors: event.facets.actor.map((id) => engine.data.names.actor.get(id) ?? id),
      })),
    text: { title: words.title, subtitle: o.asOf ? `${o.asOf} · ${words.note}` : words.note, alt: words.alt },
  };
}

