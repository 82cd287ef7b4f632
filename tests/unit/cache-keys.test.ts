/**
 * The incremental build's cache keys (src/data/cache-keys.ts): each changes when what its
 * pages show changes, and only then. (tests/integration/incremental-build.test.ts checks
 * whole rebuilds against fresh builds.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSettingsKey, cacheKeys } from '../../src/data/cache-keys.ts';
import type { SiteContent } from '../../src/data/content.ts';
import { content } from '../support/site.ts';

type Edit = (e: { data: Record<string, unknown>; body: string }) => void;

/** The site's content as the pages read it, with one event edited. */
function site(id?: string, edit?: Edit): SiteContent {
  const c = content();
  const events = c.events.map((e) => {
    const copy = { id: e.data.id, data: structuredClone(e.data) as unknown as Record<string, unknown>, body: e.body };
    if (e.data.id === id) edit!(copy);
    return copy;
  });
  return { ...c, events, eventById: new Map(events.map((e) => [e.id, e])) } as unknown as SiteContent;
}

const first = () => content().events[0]!.data;
const last = () => content().events.at(-1)!.data;
const yearOf = (d: { date: string }) => Number(d.date.slice(0, 4));

describe('cache keys', () => {
  const pdfs = process.env.BRIEFING_PDFS;
  afterEach(() => {
    if (pdfs === undefined) delete process.env.BRIEFING_PDFS;
    else process.env.BRIEFING_PDFS = pdfs;
  });

  it('are the same for the same content', () => {
    const [a, b] = [cacheKeys(site()), cacheKeys(site())];
    expect(b.full).toBe(a.full);
    expect(b.structure).toBe(a.structure);
    expect(b.event(last().id)).toBe(a.event(last().id));
    expect(b.year(yearOf(last()))).toBe(a.year(yearOf(last())));
    expect(b.events([first().id, last().id])).toBe(a.events([first().id, last().id]));
    expect(b.events([])).not.toBe(b.events([first().id]));
  });

  for (const [what, edit] of [
    ['summary', (e) => ((e.data.summary as { en: string }).en += ' Edited.')],
    ['body', (e) => (e.body += '\nEdited.')],
  ] as [string, Edit][]) {
    it(`an event's ${what} changes its page's, its year's and the whole content's keys, not the structure or other events'`, () => {
      const a = cacheKeys(site());
      const b = cacheKeys(site(last().id, edit));
      expect(b.full).not.toBe(a.full);
      expect(b.event(last().id)).not.toBe(a.event(last().id));
      expect(b.year(yearOf(last()))).not.toBe(a.year(yearOf(last())));
      expect(b.structure).toBe(a.structure);
      expect(b.event(first().id)).toBe(a.event(first().id));
      expect(yearOf(first())).not.toBe(yearOf(last()));
      expect(b.year(yearOf(first()))).toBe(a.year(yearOf(first())));
      // A briefing's key names the events it tells: it changes when one of them does.
      expect(b.events([first().id, last().id])).not.toBe(a.events([first().id, last().id]));
      expect(b.events([first().id])).toBe(a.events([first().id]));
    });
  }

  it('an event title changes the structure, and with it every key', () => {
    const a = cacheKeys(site());
    const b = cacheKeys(site(last().id, (e) => ((e.data.title as { en: string }).en += ' (edited)')));
    expect(b.structure).not.toBe(a.structure);
    expect(b.full).not.toBe(a.full);
    expect(b.event(first().id)).not.toBe(a.event(first().id));
    expect(b.year(yearOf(first()))).not.toBe(a.year(yearOf(first())));
    expect(b.events([first().id])).not.toBe(a.events([first().id]));
  });

  it('whether the build makes PDFs changes every key (briefing pages link them or say there are none)', () => {
    process.env.BRIEFING_PDFS = '0';
    const a = cacheKeys(site());
    process.env.BRIEFING_PDFS = '1';
    const b = cacheKeys(site());
    expect(b.structure).not.toBe(a.structure);
    expect(b.full).not.toBe(a.full);
  });

  it('the build’s settings and dependencies change every key (they rename the bundles pages link)', () => {
    const root = mkdtempSync(join(tmpdir(), 'wlp-settings-'));
    try {
      const none = buildSettingsKey(root);
      writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
      const config = buildSettingsKey(root);
      writeFileSync(join(root, 'astro.config.mjs'), 'export default { vite: {} }');
      const edited = buildSettingsKey(root);
      writeFileSync(join(root, 'package-lock.json'), '{}');
      const locked = buildSettingsKey(root);
      expect(new Set([none, config, edited, locked]).size).toBe(4);
      expect(buildSettingsKey(root)).toBe(locked);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
