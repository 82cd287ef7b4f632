/**
 * The events whose social preview card (1200 × 630 PNG, src/charts/og-card.ts) comes with
 * the site: the latest PREBUILT_CARDS events, and every milestone. A card costs a build about
 * 20 ms of CPU per language, whatever the machine does meanwhile (librsvg drawing text on a
 * card of that size; the same with the text as outlines), so a card for each of 10,000
 * events was a third of that build's CPU. An older event's page names no image: a link to it
 * shows its title and summary, as a link to any page but an event's does. Sharing is mostly
 * of what is new, and the milestones are the history's landmarks.
 */
import type { EventData } from '../model/event.ts';

/** How many of the latest events have a card (besides the milestones). */
export const PREBUILT_CARDS = 100;

/** The ids of the events with a card, from the events in time order. */
export function cardEvents(sorted: readonly { readonly data: Pick<EventData, 'id' | 'milestone'> }[], max = PREBUILT_CARDS): ReadonlySet<string> {
  const ids = new Set(max > 0 ? sorted.slice(-max).map((e) => e.data.id) : []);
  for (const e of sorted) if (e.data.milestone) ids.add(e.data.id);
  return ids;
}
