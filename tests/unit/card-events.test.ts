import { describe, expect, it } from 'vitest';
import { cardEvents, PREBUILT_CARDS } from '../../src/lib/card-events.ts';
import type { SiteContent } from '../../src/data/content.ts';
import { hasCard } from '../../src/data/event-cards.ts';

/** `n` events in time order, e0 the oldest; the ids in `milestones` are milestones. */
const events = (n: number, milestones: readonly number[] = []) =>
  Array.from({ length: n }, (_, i) => ({ data: { id: `e${i}`, ...(milestones.includes(i) ? { milestone: { zh: '里程碑', en: 'Landmark' } } : {}) } }));

describe('the events with a social card', () => {
  it('are every event while the history has no more than the limit', () => {
    expect([...cardEvents(events(PREBUILT_CARDS))]).toEqual(events(PREBUILT_CARDS).map((e) => e.data.id));
  });

  it('are the latest events and every milestone, in a longer history', () => {
    const all = events(PREBUILT_CARDS + 30, [2, 17, PREBUILT_CARDS + 29]);
    const ids = cardEvents(all);
    expect(ids.size).toBe(PREBUILT_CARDS + 2);
    expect(ids.has('e2') && ids.has('e17')).toBe(true);
    for (let i = 30; i < PREBUILT_CARDS + 30; i++) expect(ids.has(`e${i}`), `e${i}`).toBe(true);
    for (const i of [0, 1, 3, 16, 18, 29]) expect(ids.has(`e${i}`), `e${i}`).toBe(false);
  });

  it('follow a limit given, down to none but the milestones', () => {
    expect([...cardEvents(events(10, [4]), 3)]).toEqual(['e7', 'e8', 'e9', 'e4']);
    expect([...cardEvents(events(10, [4]), 0)]).toEqual(['e4']);
  });

  it("are asked of the site's content by id, and follow the content's events", () => {
    const content = { events: events(PREBUILT_CARDS + 1) } as unknown as SiteContent;
    expect(hasCard(content, 'e0')).toBe(false);
    expect(hasCard(content, `e${PREBUILT_CARDS}`)).toBe(true);
    const shorter = { events: content.events.slice(1) } as unknown as SiteContent;
    expect(hasCard(shorter, 'e1')).toBe(true);
  });
});
