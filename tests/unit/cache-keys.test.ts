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

  it("an edit to one language's text changes that language's keys only; the keys without a language cover both", () => {
    const before = { zh: cacheKeys(site(), 'zh'), en: cacheKeys(site(), 'en'), both: cacheKeys(site()) };
    for (const [edited, edit] of [
      ['en', (e) => ((e.data.summary as { en: string }).en += ' Edited.')],
      ['en', (e) => (e.body = e.body.replace('</En>', 'An added sentence.\n\n</En>'))],
      ['zh', (e) => ((e.data.summary as { zh: string }).zh += '有改动。')],
      ['zh', (e) => (e.body = e.body.replace('</Zh>', '新增一句。\n\n</Zh>'))],
    ] as ['zh' | 'en', Edit][]) {
      const other = edited === 'zh' ? 'en' : 'zh';
      const c = site(last().id, edit);
      const [changed, same, both] = [cacheKeys(c, edited), cacheKeys(c, other), cacheKeys(c)];
      expect(changed.event(last().id)).not.toBe(before[edited].event(last().id));
      expect(changed.full).not.toBe(before[edited].full);
      expect(changed.year(yearOf(last()))).not.toBe(before[edited].year(yearOf(last())));
      expect(changed.events([last().id])).not.toBe(before[edited].events([last().id]));
      expect(same.event(last().id)).toBe(before[other].event(last().id));
      expect(same.full).toBe(before[other].full);
      expect(same.year(yearOf(last()))).toBe(before[other].year(yearOf(last())));
      expect(same.events([last().id])).toBe(before[other].events([last().id]));
      expect(both.event(last().id)).not.toBe(before.both.event(last().id));
      expect(both.full).not.toBe(before.both.full);
      expect(changed.structure).toBe(before.both.structure);
    }
    // Text outside the language blocks is on both languages' pages.
    const outside = site(last().id, (e) => (e.body += '\nEdited.'));
    expect(cacheKeys(outside, 'zh').event(last().id)).not.toBe(before.zh.event(last().id));
    expect(cacheKeys(outside, 'en').event(last().id)).not.toBe(before.en.event(last().id));
  });

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
