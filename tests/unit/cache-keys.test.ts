/**
 * The incremental build's cache keys (src/data/cache-keys.ts): each changes when what its
 * pages show changes, and only then. (tests/integration/incremental-build.test.ts checks
 * whole rebuilds against fresh builds.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSettingsKey, cacheKeys, type CacheKeys } from '../../src/data/cache-keys.ts';
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
    expect(b.eventPage(last().id)).toBe(a.eventPage(last().id));
    expect(b.year(yearOf(last()))).toBe(a.year(yearOf(last())));
    expect(b.events([first().id, last().id])).toBe(a.events([first().id, last().id]));
    expect(b.events([])).not.toBe(b.events([first().id]));
    expect(b.titles([first().id, last().id])).toBe(a.titles([first().id, last().id]));
    expect(b.texts([first().id, last().id])).toBe(a.texts([first().id, last().id]));
    expect(b.titles([])).not.toBe(b.titles([first().id]));
  });

  it("an event's summary changes its page's, its card's, its year's and the whole content's keys, not the structure or other events'", () => {
    const a = cacheKeys(site());
    const b = cacheKeys(site(last().id, (e) => ((e.data.summary as { en: string }).en += ' Edited.')));
    expect(b.full).not.toBe(a.full);
    expect(b.event(last().id)).not.toBe(a.event(last().id));
    expect(b.eventPage(last().id)).not.toBe(a.eventPage(last().id));
    expect(b.year(yearOf(last()))).not.toBe(a.year(yearOf(last())));
    expect(b.structure).toBe(a.structure);
    expect(b.event(first().id)).toBe(a.event(first().id));
    expect(b.eventPage(first().id)).toBe(a.eventPage(first().id));
    expect(yearOf(first())).not.toBe(yearOf(last()));
    expect(b.year(yearOf(first()))).toBe(a.year(yearOf(first())));
    // A briefing's key names the events it tells: it changes when one of them does.
    expect(b.events([first().id, last().id])).not.toBe(a.events([first().id, last().id]));
    expect(b.events([first().id])).toBe(a.events([first().id]));
    // A page that names the event without its summary (a platform's, a diff's) is as it was.
    expect(b.texts([first().id, last().id])).not.toBe(a.texts([first().id, last().id]));
    expect(b.titles([first().id, last().id])).toBe(a.titles([first().id, last().id]));
  });

  it("an event's body changes its page's key alone: no other page shows a body", () => {
    const a = cacheKeys(site());
    const b = cacheKeys(site(last().id, (e) => (e.body += '\nEdited.')));
    expect(b.eventPage(last().id)).not.toBe(a.eventPage(last().id));
    expect(b.event(last().id)).toBe(a.event(last().id));
    expect(b.year(yearOf(last()))).toBe(a.year(yearOf(last())));
    expect(b.events([first().id, last().id])).toBe(a.events([first().id, last().id]));
    expect(b.full).toBe(a.full);
    expect(b.structure).toBe(a.structure);
    expect(b.eventPage(first().id)).toBe(a.eventPage(first().id));
  });

  it("an edit to one language's text changes that language's keys only; the keys without a language cover both", () => {
    const before = { zh: cacheKeys(site(), 'zh'), en: cacheKeys(site(), 'en'), both: cacheKeys(site()) };
    for (const [edited, part, edit] of [
      ['en', 'summary', (e) => ((e.data.summary as { en: string }).en += ' Edited.')],
      ['en', 'body', (e) => (e.body = e.body.replace('</En>', 'An added sentence.\n\n</En>'))],
      ['zh', 'summary', (e) => ((e.data.summary as { zh: string }).zh += '有改动。')],
      ['zh', 'body', (e) => (e.body = e.body.replace('</Zh>', '新增一句。\n\n</Zh>'))],
    ] as ['zh' | 'en', 'summary' | 'body', Edit][]) {
      const other = edited === 'zh' ? 'en' : 'zh';
      const c = site(last().id, edit);
      const [changed, same, both] = [cacheKeys(c, edited), cacheKeys(c, other), cacheKeys(c)];
      expect(changed.eventPage(last().id)).not.toBe(before[edited].eventPage(last().id));
      expect(same.eventPage(last().id)).toBe(before[other].eventPage(last().id));
      expect(both.eventPage(last().id)).not.toBe(before.both.eventPage(last().id));
      expect(changed.structure).toBe(before[edited].structure);
      // A summary is also on the card, the year's page, the briefings and the lists; a body is not.
      const shown = (k: CacheKeys) => [k.event(last().id), k.full, k.year(yearOf(last())), k.events([last().id])];
      if (part === 'summary') {
        shown(changed).forEach((key, i) => expect(key).not.toBe(shown(before[edited])[i]));
        shown(both).forEach((key, i) => expect(key).not.toBe(shown(before.both)[i]));
      } else {
        expect(shown(changed)).toEqual(shown(before[edited]));
        expect(shown(both)).toEqual(shown(before.both));
      }
      expect(shown(same)).toEqual(shown(before[other]));
    }
    // Text outside the language blocks is on both languages' pages.
    const outside = site(last().id, (e) => (e.body += '\nEdited.'));
    expect(cacheKeys(outside, 'zh').eventPage(last().id)).not.toBe(before.zh.eventPage(last().id));
    expect(cacheKeys(outside, 'en').eventPage(last().id)).not.toBe(before.en.eventPage(last().id));
  });

  it("an event's title changes the structure, its own page's and card's keys, its neighbours' pages' and its year's, in its language, not other events' or years'", () => {
    const events = content().events.map((e) => e.data);
    // An event with neighbours on both sides, and one beyond them.
    const [before, edited, after, beyond] = [events[1]!, events[2]!, events[3]!, events[5]!];
    const retitle: Edit = (e) => ((e.data.title as { en: string }).en += ' (edited)');
    const a = { en: cacheKeys(site(), 'en'), zh: cacheKeys(site(), 'zh'), both: cacheKeys(site()) };
    const c = site(edited.id, retitle);
    const b = { en: cacheKeys(c, 'en'), zh: cacheKeys(c, 'zh'), both: cacheKeys(c) };
    // Lists, charts and briefings name events by title: those of the whole history in the title's language only.
    expect(b.en.structure).not.toBe(a.en.structure);
    expect(b.both.structure).not.toBe(a.both.structure);
    expect(b.zh.structure).toBe(a.zh.structure);
    expect(b.en.full).not.toBe(a.en.full);
    expect(b.zh.full).toBe(a.zh.full);
    expect(b.en.events([beyond.id])).not.toBe(a.en.events([beyond.id]));
    // What names some events alone (a year, a platform, a diff) changes when it names this one.
    expect(b.en.year(yearOf(edited))).not.toBe(a.en.year(yearOf(edited)));
    expect(b.zh.year(yearOf(edited))).toBe(a.zh.year(yearOf(edited)));
    const otherYear = events.find((e) => yearOf(e) !== yearOf(edited))!;
    expect(b.en.year(yearOf(otherYear))).toBe(a.en.year(yearOf(otherYear)));
    for (const k of ['titles', 'texts'] as const) {
      expect(b.en[k]([beyond.id, edited.id])).not.toBe(a.en[k]([beyond.id, edited.id]));
      expect(b.both[k]([edited.id])).not.toBe(a.both[k]([edited.id]));
      expect(b.zh[k]([edited.id])).toBe(a.zh[k]([edited.id]));
      expect(b.en[k]([beyond.id])).toBe(a.en[k]([beyond.id]));
    }
    // Its own page, in both languages (each carries its title in both, for search), and its card in the title's language.
    for (const lang of ['en', 'zh', 'both'] as const) expect(b[lang].eventPage(edited.id)).not.toBe(a[lang].eventPage(edited.id));
    expect(b.en.event(edited.id)).not.toBe(a.en.event(edited.id));
    expect(b.both.event(edited.id)).not.toBe(a.both.event(edited.id));
    expect(b.zh.event(edited.id)).toBe(a.zh.event(edited.id));
    // Its neighbours' pages link it by name, in their language.
    for (const n of [before, after]) {
      expect(b.en.eventPage(n.id)).not.toBe(a.en.eventPage(n.id));
      expect(b.both.eventPage(n.id)).not.toBe(a.both.eventPage(n.id));
      expect(b.zh.eventPage(n.id)).toBe(a.zh.eventPage(n.id));
      expect(b.en.event(n.id)).toBe(a.en.event(n.id));
    }
    // Every other event's page and card is as it was.
    for (const lang of ['en', 'zh', 'both'] as const) {
      expect(b[lang].eventPage(beyond.id)).toBe(a[lang].eventPage(beyond.id));
      expect(b[lang].event(beyond.id)).toBe(a[lang].event(beyond.id));
    }
  });

  it("an event's Chinese title changes the Chinese keys that name it and leaves the English ones as they were", () => {
    const edited = content().events[2]!.data;
    const a = { en: cacheKeys(site(), 'en'), zh: cacheKeys(site(), 'zh') };
    const c = site(edited.id, (e) => ((e.data.title as { zh: string }).zh += '（改）'));
    const b = { en: cacheKeys(c, 'en'), zh: cacheKeys(c, 'zh') };
    const named = (k: CacheKeys) => [k.structure, k.full, k.year(yearOf(edited)), k.titles([edited.id]), k.texts([edited.id]), k.event(edited.id)];
    named(b.zh).forEach((key, i) => expect(key).not.toBe(named(a.zh)[i]));
    expect(named(b.en)).toEqual(named(a.en));
    // Its own page carries both titles, for search.
    expect(b.en.eventPage(edited.id)).not.toBe(a.en.eventPage(edited.id));
  });

  it("an event's date changes every event page's key (the order, and so the neighbours, may change)", () => {
    const events = content().events.map((e) => e.data);
    const a = cacheKeys(site(), 'en');
    const b = cacheKeys(site(events[2]!.id, (e) => (e.data.date = '2030-01-01')), 'en');
    expect(b.eventPage(events[5]!.id)).not.toBe(a.eventPage(events[5]!.id));
    expect(b.event(events[5]!.id)).not.toBe(a.event(events[5]!.id));
    expect(b.structure).not.toBe(a.structure);
  });

  it('whether the build makes PDFs changes every key (briefing pages link them or say there are none)', () => {
    process.env.BRIEFING_PDFS = '0';
    const a = cacheKeys(site());
    process.env.BRIEFING_PDFS = '1';
    const b = cacheKeys(site());
    expect(b.structure).not.toBe(a.structure);
    expect(b.full).not.toBe(a.full);
  });

  it('the build’s settings, dependencies and their patches change every key (they rename the bundles pages link, or change what they draw)', () => {
    const root = mkdtempSync(join(tmpdir(), 'wlp-settings-'));
    try {
      const none = buildSettingsKey(root);
      writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
      const config = buildSettingsKey(root);
      writeFileSync(join(root, 'astro.config.mjs'), 'export default { vite: {} }');
      const edited = buildSettingsKey(root);
      writeFileSync(join(root, 'package-lock.json'), '{}');
      const locked = buildSettingsKey(root);
      // A patch npm install applies to a dependency changes what it does, not the lockfile.
      mkdirSync(join(root, 'patches'));
      writeFileSync(join(root, 'patches', 'linkedom+1.0.0.patch'), '-a\n+b\n');
      const patched = buildSettingsKey(root);
      writeFileSync(join(root, 'patches', 'linkedom+1.0.0.patch'), '-a\n+c\n');
      const repatched = buildSettingsKey(root);
      // patch-package reads the folders in patches/ too.
      mkdirSync(join(root, 'patches', 'more'));
      const folder = buildSettingsKey(root);
      expect(folder).toBe(repatched);
      writeFileSync(join(root, 'patches', 'more', 'pagefind+1.0.0.patch'), '-a\n+b\n');
      const nested = buildSettingsKey(root);
      expect(new Set([none, config, edited, locked, patched, repatched, nested]).size).toBe(7);
      expect(buildSettingsKey(root)).toBe(nested);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
