/**
 * The timeline as a chart kind for images: the page's own renderer (render-timeline.ts)
 * laid out by the engine at the image's width, with a resolved stylesheet for its colours;
 * below 480 px the tall layout for phones (tall.ts). The page and its embed draw the same
 * renderer live (src/components/timeline).
 */
import { csvList } from '../../lib/exports/csv.ts';
import { timelineGeometry } from '../../lib/timeline/geometry.ts';
import { levelFor, markedEvents, packLanes, type TimelineLayout } from '../../lib/timeline/layout.ts';
import { viewRange } from '../../lib/timeline/controller.ts';
import type { ChartSpec } from '../spec.ts';
import { LIGHT } from '../shared/theme.ts';
import { timelineImageCss } from './image-style.ts';
import { renderTimeline } from './render-timeline.ts';
import type { TimelineRows } from './rows.ts';
import { drawTall, layoutTall, TALL_MAX_EVENTS, type TallLayout } from './tall.ts';

type Layout = (TimelineLayout & { readonly tall?: false }) | TallLayout;

/** Below this width the timeline is laid out tall, time running down. */
export const TALL_BELOW = 480;

export const timelineSpec: ChartSpec<TimelineRows, Layout> = {
  namesEvents: true,
  layout(rows, c) {
    if (c.width < TALL_BELOW) return layoutTall(rows, c);
    return rows.engine.layout(rows.view, timelineGeometry(c.width));
  },
  // A wide drawing names the events drawn as marks, not in clusters (whether a mark has room for
  // its title reads no title: layout.ts), found from the lanes' packing alone; the tall one the
  // latest it may list, whose titles decide how many fit.
  named(rows, c) {
    if (c.width < TALL_BELOW) return rows.events.slice(-TALL_MAX_EVENTS).map((e) => e.event.id);
    const geometry = timelineGeometry(c.width);
    const range = viewRange(rows.view, rows.engine.bounds);
    return markedEvents(packLanes(rows.engine.shown(rows.view).lanes, levelFor(range, geometry), geometry), range);
  },
  draw(g, layout, rows, c) {
    if (layout.tall) return drawTall(g, layout, c);
    const svg = g.append('svg').attr('x', 0).attr('y', 0);
    svg.append('style').text(timelineImageCss(c.theme ?? LIGHT));
    renderTimeline(svg.node()!, layout, { strings: rows.strings, eventHref: rows.eventHref, idPrefix: c.id });
  },
  data(rows) {
    const s = rows.strings;
    return {
      columns: [
        { key: 'id', label: 'id' },
        { key: 'date', label: s['event.date'] },
        { key: 'effective', label: s['event.effective'] },
        { key: 'title', label: s['timeline.data.title'] },
        { key: 'lanes', label: s['timeline.data.lanes'] },
        { key: 'actors', label: s['timeline.data.actors'] },
        { key: 'milestone', label: s['timeline.milestone'] },
        { key: 'opinion', label: s['event.opinion'] },
      ],
      records: rows.events.map(({ event: e, lanes, actors }) => ({
        id: e.id,
        date: e.dateLabel,
        effective: e.effectiveLabel ?? null,
        title: e.title,
        lanes: csvList(lanes),
        actors: csvList(actors),
        milestone: e.milestone ?? null,
        opinion: e.opinion ? 1 : 0,
      })),
    };
  },
};
