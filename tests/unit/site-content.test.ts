/**
 * The content as pages read it (src/data/site-content.ts), made from the content as its check
 * validated it: what a build hands the pages. The build's output from it was compared, file for
 * file, with the output built from Astro's collections (4 December 2026); these are the rules
 * that comparison rests on.
 */
import { describe, expect, it } from 'vitest';
import { siteContentOf } from '../../src/data/site-content.ts';
import { compareEvents } from '../../src/lib/event-order.ts';
import type { Source } from '../../src/model/source.ts';
import { content } from '../support/site.ts';

describe('siteContentOf', () => {
  const checked = content();
  // In another order than the check's, as files might be listed.
  const shuffled = { ...checked, events: [...checked.events].reverse(), sources: [...checked.sources].reverse() };
  const site = siteContentOf(shuffled);

  it('has every event once, by its id, in time order, with its body', () => {
    expect(site.events).toHaveLength(checked.events.length);
    for (let i = 1; i < site.events.length; i++) expect(compareEvents(site.events[i - 1]!.data, site.events[i]!.data)).toBeLessThan(0);
    for (const record of checked.events) {
      const entry = site.eventById.get(record.data.id)!;
      expect(entry.id).toBe(record.data.id);
      expect(entry.data).toBe(record.data);
      expect(entry.body).toBe(record.body);
    }
  });

  it('lists the sources by date of publication, then by id, whatever the order given', () => {
    const key = (s: Source) => `${s.published}\u0000${s.id}`;
    expect(site.sources.map(key)).toEqual(checked.sources.map(key).sort());
    expect(siteContentOf(checked).sources.map((s) => s.id)).toEqual(site.sources.map((s) => s.id));
    for (const source of checked.sources) expect(site.sourceById.get(source.id)).toBe(source);
  });

  it('keeps the reference lists in the order of their files, and indexes them by id', () => {
    expect(site.reference).toBe(checked.reference);
    expect([...site.levels.keys()]).toEqual(checked.reference.levels.map((l) => l.id));
    expect([...site.platforms.values()]).toEqual(checked.reference.platforms);
    expect(site.codebook).toBe(checked.codebook);
    expect(site.briefings).toBe(checked.briefings);
  });
});
