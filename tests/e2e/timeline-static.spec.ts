import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model/lang.ts';
import { content, url } from '../support/site.ts';
import { CHART, drawsAfterFirst, inFirstView } from '../support/timeline.ts';
import { timelineBounds } from '../../src/lib/timeline/bounds.ts';
import { buildLanes } from '../../src/lib/timeline/lanes.ts';
import { NO_FILTERS } from '../../src/lib/timeline/view.ts';
import { laneNamesFor, seedData } from '../support/timeline-fixtures.ts';

test.describe('the timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`(${lang}) is drawn at build time at the first view, one mark per event in each of its lanes, linking to its page`, async ({ page }) => {
      await page.goto(url({ page: 'home' }, lang));
      const chart = page.locator(CHART);
      await expect(chart).toBeVisible();
      const data = seedData(lang);
      const { first } = timelineBounds(data.events);
      const lanesOf = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor('')).lanesOf;
      for (const { data: e } of content().events) {
        const te = data.byId.get(e.id)!;
        const inView = inFirstView(te, first);
        await expect(chart.locator(`.tl-mark[data-event-id="${e.id}"]`), e.id).toHaveCount(inView ? lanesOf.get(e.id)!.length : 0);
        if (!inView) continue;
        const link = chart.locator(`a.tl-mark[data-event-id="${e.id}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAttribute('href', url({ page: 'event', id: e.id }, lang));
      }
      await expect(chart.locator('.tl-cluster')).toHaveCount(0);
      await expect(page.locator('event-timeline svg.tl-overview .tl-overview__bar').first()).toBeVisible();
      // Controls need the script: hidden, with a note saying so; the event list follows.
      await expect(page.locator('.timeline__controls')).toBeHidden();
      await expect(page.locator('.timeline__noscript')).toBeVisible();
      await expect(page.locator('.event-list [data-event-id]')).toHaveCount(content().events.length);
    });
  }

  test('on a 375 px phone the chart keeps a readable size and scrolls inside its frame, not the page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url({ page: 'home' }, 'zh'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const frame = page.locator('.timeline__frame');
    const [inner, outer] = await frame.evaluate((f) => [f.scrollWidth, f.clientWidth]);
    expect(inner).toBeGreaterThan(outer);
    await context.close();
  });

  test('a mark is a link to its event page', async ({ page }) => {
    await page.goto(url({ page: 'home' }, 'en'));
    const e = content().events.at(-1)!.data;
    await page.locator(`${CHART} a.tl-mark[data-event-id="${e.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${url({ page: 'event', id: e.id }, 'en')}$`));
  });
});

test('event pages ship no JavaScript; the home page ships the timeline’s', async ({ page }) => {
  const scripts = () =>
    page.evaluate(() => [...document.scripts].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').length);
  await page.goto(url({ page: 'event', id: content().events[0]!.data.id }, 'en'));
  expect(await scripts()).toBe(0);
  await page.goto(url({ page: 'home' }, 'en'));
  expect(await scripts()).toBeGreaterThan(0);
});

test.describe('the timeline’s data file', () => {
  test('is fetched once, while the page arrives, and the script uses that read', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/data\/timeline-en\.json/.test(r.url())) fetched.push(r.url());
    });
    await page.goto(url({ page: 'home' }, 'en'));
    await expect(page.locator('event-timeline.is-live')).toHaveCount(1);
    expect(fetched).toHaveLength(1);
    // One read in the page's own account too: the script took the read the page began
    // (a second fetch would be served from the cache, and listed here).
    const reads = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/timeline-en.json')).length);
    expect(reads).toBe(1);
  });

  test('when it cannot be loaded, the drawn chart and the list stay, a notice says so, and the console says which file failed', async ({ page }) => {
    const errors: string[] = [];
    const uncaught: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route(/\/data\/timeline-zh\.json/, (r) => r.fulfill({ status: 503, body: 'down' }));
    await page.goto(url({ page: 'home' }, 'zh'));
    await expect.poll(() => errors.find((e) => e.includes('could not be loaded'))).toMatch(/^The timeline's data could not be loaded: \/data\/timeline-zh\.json\?v=[0-9a-f]+: HTTP 503$/);
    await expect(page.locator(CHART)).toBeVisible();
    await expect(page.locator('event-timeline')).not.toHaveClass(/is-live/);
    const notice = page.getByRole('alert').filter({ hasText: '时间线的数据未能加载' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link')).toHaveAttribute('href', `${url({ page: 'home' }, 'zh')}#years`);
    // No room is kept for controls that will not come.
    await expect(page.locator('.timeline__controls')).toHaveCount(0);
    await expect(page.locator('.event-list [data-event-id]').first()).toBeVisible();
    expect(uncaught).toEqual([]);
  });
});

test.describe('the build-time chart on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const lang of LANGS) {
    test(`(${lang}) is drawn at the width its frame shows it, so the script’s first draw is its last`, async ({ page }) => {
      // The width the build drew at, read from the page as it arrived (the script redraws later).
      const html = await (await page.request.get(url({ page: 'home' }, lang))).text();
      const built = Number(/<svg [^>]*class="tl"[^>]*>/.exec(html)?.[0].match(/ width="(\d+)"/)?.[1]);
      await page.goto(url({ page: 'home' }, lang));
      await expect(page.locator('event-timeline.is-live')).toHaveCount(1);
      expect(await page.locator('.timeline__frame').evaluate((f) => f.clientWidth)).toBe(built);
      expect(await drawsAfterFirst(page)).toBe(0);
      expect(Number(await page.locator(CHART).getAttribute('width'))).toBe(built);
    });
  }
});
