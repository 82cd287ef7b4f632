/**
 * Which events a view shows. Within one facet any selected id may match (Taobao or Douyin);
 * every facet with a selection must match (Taobao or Douyin, and group chat); every word of
 * the text query must appear in the event's title, summary, names or id.
 */
import { FACETS, type TimelineEvent } from './timeline-event.ts';
import type { TimelineView } from './view.ts';

/** The words of a query, lower-cased. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matches(e: TimelineEvent, view: Pick<TimelineView, 'filters' | 'query'>, terms = queryTerms(view.query)): boolean {
  for (const facet of FACETS) {
    const wanted = view.filters[facet];
    if (wanted.length && !e.facets[facet].some((id) => wanted.includes(id))) return false;
  }
  return terms.every((term) => e.text.includes(term));
}

/** The events a view shows, in time order. */
export function filterEvents(events: readonly TimelineEvent[], view: Pick<TimelineView, 'filters' | 'query'>): TimelineEvent[] {
  const terms = queryTerms(view.query);
  // Nothing narrows the view (how every page opens): every event, without testing each.
  if (terms.length === 0 && FACETS.every((facet) => view.filters[facet].length === 0)) return [...events];
  return events.filter((e) => matches(e, view, terms));
}
