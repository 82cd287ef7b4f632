/**
 * Whether an event has a social preview card (src/lib/card-events.ts: the latest events and
 * the milestones). Its card's route and its page's preview image both ask: worked out once
 * per list of events.
 */
import { cardEvents } from '../lib/card-events.ts';
import type { SiteContent } from './content.ts';

const cardsOf = new WeakMap<SiteContent['events'], ReadonlySet<string>>();

export function hasCard(content: Pick<SiteContent, 'events'>, id: string): boolean {
  let ids = cardsOf.get(content.events);
  if (!ids) cardsOf.set(content.events, (ids = cardEvents(content.events)));
  return ids.has(id);
}
