/**
 * A long history (120 synthetic events over ten years, a third of them changing a
 * treatment) builds into pages whose weight does not follow the number of events: the home
 * page lists only the latest events and stays under 60 KB gzipped, each year's page lists
 * all of that year's events (together, every event once, in time order), and the timeline's
 * data is a file of its own that the page preloads, at an address that changes with its
 * content. The matrix and diff pages list the dates of change around their own and a link
 * to each other year, not every date, and the diff page carries no list of events.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate-content.ts';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { startServer } from '../../scripts/serve.ts';
import { CREDIT_SOURCES } from '../../src/charts/credit.ts';
import { PREBUILT_CARDS } from '../../src/lib/card-events.ts';
import { pagefindPerLanguage, startSearchIndex } from '../../src/build/ordered-search-index.ts';
import { searchedPages } from '../../src/build/reused-search-index.ts';
import { HOME_LATEST_EVENTS } from '../../src/data/years.ts';
import { DATE_WINDOW_MAX } from '../../src/lib/date-window.ts';
import { PREBUILT_IMAGE_DATES } from '../../src/lib/treatments/image-dates.ts';
import { pngSize } from '../support/png.ts';
import type { TimelinePayload } from '../../src/lib/timeline/payload.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EVENTS = 120;
const parent = mkdtempSync(join(tmpdir(), 'long-history-'));
const out = join(parent, 'site');
let build: { code: number | null; stdout: string; stderr: string };
let withTreatments = 0;

beforeAll(async () => {
  ({ withTreatments } = generateContent({ events: EVENTS, out: join(parent, 'content'), seed: 7, treatmentShare: 0.3 }));
  build = await new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts', '--out', out, '--no-pdf'],
      // A hung build fails here instead of stalling the suite.
      // Its own caches: Astro's content store would otherwise go on naming this content's files after they are deleted.
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(parent, 'content'), ASTRO_CACHE_DIR: join(parent, 'astro-cache'), WLP_CACHE_DIR: join(parent, 'image-cache') }, timeout: 600_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}, 620_000);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const listed = (path: string) => [...parseHTML(html(path)).document.querySelectorAll<HTMLElement>('.event-list [data-event-id]')].map((li) => li.dataset.eventId!);
const page = (path: string) => parseHTML(html(path)).document;
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
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

  it('lists, on a matrix page, the dates of change around its own and the first of every other year', () => {
    // Every date of change has its matrix page (the dated folders of /en/matrix/).
    const dates = readdirSync(join(out, 'en/matrix')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    expect(dates.length, 'the history has more dates of change than a page lists').toBeGreaterThan(DATE_WINDOW_MAX);
    const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
    const middle = dates[Math.floor(dates.length / 2)]!;
    const doc = page(`en/matrix/${middle}`);
    const steps = [...doc.querySelectorAll<HTMLAnchorElement>('[data-date-steps] a[data-at]')].map((a) => a.dataset.at!);
    // A run of DATE_WINDOW_MAX consecutive dates, this one among them and marked.
    expect(steps).toHaveLength(DATE_WINDOW_MAX);
    const start = dates.indexOf(steps[0]!);
    expect(steps).toEqual(dates.slice(start, start + DATE_WINDOW_MAX));
    expect(doc.querySelector('[data-date-steps] [aria-current="step"]')?.getAttribute('data-at')).toBe(middle);
    // Every year whose first date is not among them is a link to that first date, in its place.
    const firsts = years.map((y) => dates.find((d) => d.startsWith(y))!).filter((d) => !steps.includes(d));
    expect(firsts.length).toBeGreaterThan(0);
    const jumps = [...doc.querySelectorAll('.date-steps__jump a')];
    expect(jumps.map((a) => a.getAttribute('href'))).toEqual(firsts.map((d) => `/en/matrix/${d}/`));
    expect(jumps.map((a) => a.textContent!.trim())).toEqual(firsts.map((d) => d.slice(0, 4)));
    // The script marks a year's link while a date of that year outside the run is shown in place.
    expect(jumps.map((a) => a.getAttribute('data-year'))).toEqual(firsts.map((d) => d.slice(0, 4)));
    // The list without JavaScript links the same dates, in date order, and says why it is not all of them.
    const listed = [...doc.querySelectorAll('.snapshot-list a')].map((a) => /(\d{4}-\d{2}-\d{2})\/$/.exec(a.getAttribute('href')!)![1]!);
    expect(listed).toEqual([...firsts, ...steps].sort());
    expect(texts(doc, 'p.muted')).toContain('There are many dates of change: listed here are those around this one, and the first of every other year.');
    // The script still knows every date, for the previous and next links and any ?at=.
    const config = JSON.parse(doc.querySelector('matrix-view')!.getAttribute('data-config')!) as { changeDates: string[] };
    expect(config.changeDates).toEqual(dates);
  });

  it('lists, on a diff page, the comparisons around its own, and carries no list of events', () => {
    const dates = readdirSync(join(out, 'matrix')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const consecutive = dates.slice(1).map((to, i) => `/diff/${dates[i]}/${to}/`);
    const listed = (doc: Document) => [...doc.querySelectorAll('.snapshot-list a')].map((a) => a.getAttribute('href')!);
    // The bare page shows the latest comparison: the run ends there, with the first of each earlier year before it.
    const latest = page('diff');
    expect(listed(latest).slice(-DATE_WINDOW_MAX)).toEqual(consecutive.slice(-DATE_WINDOW_MAX));
    expect(listed(latest).length).toBeLessThan(consecutive.length);
    expect(latest.querySelectorAll('.snapshot-list__year')).toHaveLength(listed(latest).length - DATE_WINDOW_MAX);
    expect(texts(latest, 'p.muted')).toContain('对比很多：这里列出此对比前后的对比，其余每年只列出当年的第一个。');
    // A comparison in the middle of the history: the run around it, itself marked, in the middle of the run.
    const k = Math.floor(consecutive.length / 2);
    const middle = page(consecutive[k]!.slice(1, -1));
    const run = [...middle.querySelectorAll('.snapshot-list li:not(.snapshot-list__year) a')].map((a) => a.getAttribute('href')!);
    expect(run).toHaveLength(DATE_WINDOW_MAX);
    expect(run.indexOf(consecutive[k]!)).toBe(Math.floor((DATE_WINDOW_MAX - 1) / 2));
    expect(run).toEqual(consecutive.slice(k - run.indexOf(consecutive[k]!), k - run.indexOf(consecutive[k]!) + DATE_WINDOW_MAX));
    expect(middle.querySelector('.snapshot-list [aria-current="page"]')?.getAttribute('href')).toBe(consecutive[k]);
    // The event pickers are filled in the browser from the engine's data: the page holds only their empty choice.
    const selects = [...latest.querySelectorAll('select[data-fills]')];
    expect(selects).toHaveLength(2);
    for (const select of selects) expect(select.querySelectorAll('option')).toHaveLength(1);
  });

  it('in Chromium: a date shown in place outside the run marks its year, and the diff pickers list every event that changes a treatment', async () => {
    const dates = readdirSync(join(out, 'en/matrix')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const last = dates.at(-1)!;
    const server = await startServer({ dir: out, port: 0, host: 'localhost', base: '/' });
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // The first date's page lists the first 24 dates; the latest, asked for in place, is in the last year's link.
      await page.goto(`${origin}/en/matrix/${dates[0]}/?at=${last}`);
      await expect.poll(() => page.locator('matrix-view input[name="at"]').inputValue()).toBe(last);
      await expect.poll(() => page.locator('[data-date-steps] [aria-current]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.year))).toEqual([last.slice(0, 4)]);
      // The previous link steps to the date before, from the whole list.
      expect(await page.locator('[data-step="previous"]').getAttribute('href')).toBe(`/en/matrix/${dates.at(-2)}/`);

      // The first date has no prebuilt images: its page offers them drawn here, under the build's names.
      await page.goto(`${origin}/en/matrix/${dates[0]}/`);
      await expect.poll(() => page.locator('[data-made-here]').textContent()).toContain('No images are prebuilt');
      await expect.poll(() => page.locator('.chart-tools__layouts').isVisible()).toBe(true);
      const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-layout="article"] [data-format="PNG"]').click()]);
      expect(png.suggestedFilename()).toBe(`matrix-${dates[0]}-600.en.png`);
      expect(pngSize(readFileSync((await png.path())!)).width).toBe(600);
      const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-layout="natural"] [data-format="SVG"]').click()]);
      // Its credit is the one the build wrote for this chart.
      const credit = await page.locator('[data-embed-control]').getAttribute('data-credit-line');
      expect(readFileSync((await svg.path())!, 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(credit!.split(' · ')[1]!.slice(0, 40));
      // Stepping to a prebuilt date points the links at its files.
      await page.goto(`${origin}/en/matrix/${dates[0]}/?at=${last}`);
      await expect.poll(() => page.locator('[data-layout="article"] [data-format="PNG"]').getAttribute('href')).toBe(`/images/en/matrix-${last}-600.png`);
      await expect.poll(() => page.locator('[data-made-here]').isHidden()).toBe(true);

      await page.goto(`${origin}/en/diff/`);
      const to = page.locator('select[data-fills="to"]');
      await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('select[data-fills="to"]')?.disabled === false);
      // Every synthetic event with a treatment change takes effect on a day of its own.
      expect(await to.locator('option').count()).toBe(1 + withTreatments);
      const lastOption = await to.locator('option').last().getAttribute('value');
      expect(lastOption).toBe(last);
      await to.selectOption(lastOption!);
      expect(await page.locator('input[name="to"]').inputValue()).toBe(last);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('prebuilds the images of the latest dates of change only; the older dates keep their data files and offer images drawn in the browser', () => {
    const dates = readdirSync(join(out, 'en/matrix')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    expect(dates.length).toBeGreaterThan(PREBUILT_IMAGE_DATES);
    const latest = dates.slice(-PREBUILT_IMAGE_DATES);
    for (const lang of ['zh', 'en']) {
      const files = readdirSync(join(out, 'images', lang));
      // The synthetic history has no milestones: the latest dates' matrices, and their diffs with the date before, in every layout.
      expect([...new Set(files.filter((f) => f.startsWith('matrix-')).map((f) => f.slice(7, 17)))].sort()).toEqual(latest);
      expect([...new Set(files.filter((f) => f.startsWith('diff-')).map((f) => f.slice(16, 26)))].sort()).toEqual(latest.filter((d) => d !== dates[0]));
      expect(files.filter((f) => f.startsWith(`matrix-${latest[0]}`))).toHaveLength(8);
      const data = readdirSync(join(out, 'data/charts', lang));
      expect(data.filter((f) => f.startsWith('matrix-'))).toHaveLength(2 * dates.length);
    }
    for (const [date, prebuilt] of [[dates[0]!, false], [latest[0]!, true]] as const) {
      const doc = page(`en/matrix/${date}`);
      const panel = doc.querySelector<HTMLElement>('[data-embed-control]')!;
      expect(panel.hasAttribute('data-made-images'), date).toBe(!prebuilt);
      expect(doc.querySelector('.chart-tools__layouts')!.hasAttribute('hidden'), date).toBe(!prebuilt);
      const note = doc.querySelector('[data-made-here]')!;
      expect(note.hasAttribute('hidden'), date).toBe(prebuilt);
      if (!prebuilt) {
        expect(note.textContent).toContain('needs JavaScript');
        expect(panel.dataset.creditLine).toMatch(/^Source: WeChat Link Policy History · from /);
        for (const a of doc.querySelectorAll('[data-format]')) expect(a.getAttribute('href')).toBe('#');
      }
      const config = JSON.parse(doc.querySelector('matrix-view')!.getAttribute('data-config')!) as { imageDates: string[] };
      expect(config.imageDates).toEqual(latest);
    }
  });

  it("indexes the event pages for search while Astro renders the rest, and makes the index a build reading every page afterwards makes", async () => {
    const searched = searchedPages(out);
    const platformPages = searched.filter((page) => /(^|\/)platforms\//.test(page));
    expect(searched).toHaveLength(2 * EVENTS + platformPages.length);
    // Only the platforms' pages (and their list), which Astro writes after the events' pages,
    // are read at the end, once Astro has written every searched page: before its other pages.
    expect(/search index: .*/.exec(build.stdout)?.[0]).toMatch(new RegExp(`^search index: ${searched.length} pages, ${platformPages.length} read once Astro had written them, finished while it made the rest,`));
    const pagefinds = await pagefindPerLanguage();
    try {
      const afresh = await startSearchIndex(pagefinds).finish(out, searched);
      expect(afresh.files.length).toBeGreaterThan(EVENTS);
      for (const file of afresh.files) expect(Buffer.from(file.content).equals(readFileSync(join(out, 'pagefind', file.path))), file.path).toBe(true);
    } finally {
      await Promise.all(Object.values(pagefinds).map((p) => p.close()));
    }
  });

  it(`draws the social cards of the latest ${PREBUILT_CARDS} events only, in each language; every event keeps its page`, () => {
    const ids = payload('en').events.map((e) => e[0]);
    expect(ids.length).toBeGreaterThan(PREBUILT_CARDS);
    for (const [lang, prefix] of [['zh', ''], ['en', 'en/']] as const) {
      // The synthetic history has no milestones.
      expect(readdirSync(join(out, 'images', lang, 'events')).sort()).toEqual(ids.slice(-PREBUILT_CARDS).map((id) => `${id}.png`).sort());
      expect(readdirSync(join(out, prefix, 'events')).sort()).toEqual([...ids].sort());
    }
  });

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
