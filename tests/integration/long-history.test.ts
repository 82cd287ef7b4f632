/**
 * A long history (120 synthetic events over ten years) builds into pages whose weight does
 * not follow the number of events: the home page lists only the latest events and stays
 * under 60 KB gzipped, each year's page lists all of that year's events (together, every
 * event once, in time order), and the timeline's data is a file of its own that the page
 * preloads, at an address that changes with its content.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate-content.ts';
import { CREDIT_SOURCES } from '../../src/data/chart-catalogue.ts';
import { HOME_LATEST_EVENTS } from '../../src/data/years.ts';
import type { TimelinePayload } from '../../src/lib/timeline/payload.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EVENTS = 120;
const parent = mkdtempSync(join(tmpdir(), 'long-history-'));
const out = join(parent, 'site');
let build: { code: number | null; stderr: string };

beforeAll(async () => {
  generateContent({ events: EVENTS, out: join(parent, 'content'), seed: 7, treatmentShare: 0 });
  build = await new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts', '--out', out, '--no-pdf'],
      // A hung build fails here instead of stalling the suite.
      // Its own caches: Astro's content store would otherwise go on naming this content's files after they are deleted.
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(parent, 'content'), ASTRO_CACHE_DIR: join(parent, 'astro-cache'), WLP_CACHE_DIR: join(parent, 'image-cache') }, timeout: 600_000 },
      (error, _stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}, 620_000);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const listed = (path: string) => [...parseHTML(html(path)).document.querySelectorAll<HTMLElement>('.event-list [data-event-id]')].map((li) => li.dataset.eventId!);
const payload = (lang: string): TimelinePayload => JSON.parse(readFileSync(join(out, `data/timeline-${lang}.json`), 'utf8')) as TimelinePayload;

describe(`a history of ${EVENTS} events`, () => {
  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  for (const [lang, prefix] of [['zh', ''], ['en', 'en/']] as const) {
    it(`${lang}: the home page lists the latest ${HOME_LATEST_EVENTS} events, says so, and weighs at most 60 KB gzipped`, () => {
      const ids = payload(lang).events.map((e) => e[0]);
      expect(ids).toHaveLength(EVENTS);
      expect(listed(prefix)).toEqual(ids.slice(-HOME_LATEST_EVENTS));
      const note = parseHTML(html(prefix)).document.querySelector('.events__latest-note')?.textContent;
      expect(note).toBe(lang === 'zh' ? `共 ${EVENTS} 个事件，这里列出最新的 ${HOME_LATEST_EVENTS} 个。` : `The latest ${HOME_LATEST_EVENTS} of ${EVENTS} events.`);
      expect(gzipSync(html(prefix), { level: 9 }).length / 1024).toBeLessThanOrEqual(60);
    });

    it(`${lang}: the year pages list every event once, in time order, and the home page links each`, () => {
      const years = readdirSync(join(out, `${prefix}years`)).sort();
      expect(years.length).toBeGreaterThanOrEqual(10);
      expect(years.flatMap((year) => listed(`${prefix}years/${year}`))).toEqual(payload(lang).events.map((e) => e[0]));
      const links = [...parseHTML(html(prefix)).document.querySelectorAll('#years a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(years.map((year) => `/${prefix}years/${year}/`));
    });

    it(`${lang}: the timeline's data is preloaded from its own file, whose address carries its content's hash`, () => {
      const doc = parseHTML(html(prefix)).document;
      const preload = doc.querySelector('link[rel="preload"][as="fetch"]')?.getAttribute('href');
      expect(preload).toMatch(new RegExp(`^/data/timeline-${lang}\\.json\\?v=[0-9a-f]{12}$`));
      const boot = JSON.parse(doc.querySelector('[data-timeline-data]')!.textContent!) as { data: string };
      expect(boot.data).toBe(preload);
      // The page carries no event's summary beyond the latest: the first event's is in the data file only.
      const first = payload(lang).events[0]!;
      expect(html(prefix).includes(first[8]), `the home page carries "${first[8]}"`).toBe(false);
    });
  }

  it('makes the whole timeline an image at every layout: the credit names the first sources and counts the rest', () => {
    for (const layout of ['', '-600', '-phone']) {
      const svg = readFileSync(join(out, `images/en/timeline${layout}.svg`), 'utf8');
      // "from A; B; C; D; E; F and 29 more": six names, then the count of the rest.
      const credit = /from ((?:[^;<]+; ){5}[^;<]+) and (\d+) more/.exec(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
      expect(credit, 'the credit names six sources and counts the rest').not.toBeNull();
      expect(credit![1]!.split('; ')).toHaveLength(CREDIT_SOURCES);
      expect(Number(credit![2])).toBeGreaterThan(0);
      // The PNG exists, so its height was within what a PNG can hold.
      expect(readFileSync(join(out, `images/en/timeline${layout}.png`)).length).toBeGreaterThan(0);
      expect(Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1])).toBeLessThanOrEqual(32_767);
    }
  });
});
