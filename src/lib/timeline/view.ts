/**
 * What a reader is looking at: the time range, what the lanes stand for, the filters, the
 * text query and the selected event. Plain data; the URL holds it (view-url.ts) and the
 * controller (controller.ts) derives new views from old ones.
 */
import type { DayRange } from './bounds.ts';
import { sameRange } from './bounds.ts';
import { FACETS, type Facet, type LaneMode } from './timeline-event.ts';

export type Filters = Readonly<Record<Facet, readonly string[]>>;

export interface TimelineView {
  /** The range shown; absent means everything (the default view). */
  readonly range?: DayRange;
  readonly lanes: LaneMode;
  /** Selected ids per facet. Within a facet any may match; every facet with a selection must match. */
  readonly filters: Filters;
  /** Text the events must contain (every word of it). */
  readonly query: string;
  /** The selected event, whose details are open. */
  readonly event?: string;
}

export const NO_FILTERS: Filters = { platform: [], surface: [], actor: [], tag: [] };

export const DEFAULT_VIEW: TimelineView = { lanes: 'actor', filters: NO_FILTERS, query: '' };

export function hasFilters(view: Pick<TimelineView, 'filters' | 'query'>): boolean {
  return view.query.trim() !== '' || FACETS.some((f) => view.filters[f].length > 0);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function sameFilters(a: Filters, b: Filters): boolean {
  return FACETS.every((f) => sameList(a[f], b[f]));
}

export function sameView(a: TimelineView, b: TimelineView): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.lanes === b.lanes &&
    sameFilters(a.filters, b.filters) &&
    a.query === b.query &&
    a.event === b.event
  );
}
