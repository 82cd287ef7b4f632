/**
 * The years of the history and their events: each year has a page listing all of its events
 * (readable without JavaScript), and the home page lists only the latest events, so neither
 * page's weight grows with the whole history.
 */
import { groupByYear } from '../lib/event-order.ts';
import type { SiteContent } from './content.ts';

/** How many of the latest events the home page lists. */
export const HOME_LATEST_EVENTS = 20;

export interface YearGroup {
  readonly year: number;
  readonly events: SiteContent['events'];
}

const made = new WeakMap<SiteContent, readonly YearGroup[]>();

/** The years that have events, ascending, each with its events in time order (made once per content). */
export function eventYears(content: SiteContent): readonly YearGroup[] {
  let years = made.get(content);
  if (!years) made.set(content, (years = groupByYear(content.events)));
  return years;
}

/** The latest events, in time order: what the home page lists. */
export function latestEvents(content: SiteContent, n = HOME_LATEST_EVENTS): SiteContent['events'] {
  return content.events.slice(-n);
}
