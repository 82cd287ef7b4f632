import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_VIEW } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { url } from '../support/site.ts';
import { boxOf, CHART, drawsAfterFirst, live, range, rangeChangedFrom } from '../support/timeline.ts';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

type Point = { x: number; y: number };

/** Real touch input through Chromium's input pipeline (Playwright has no multi-touch API). */
async function touch(page: Page, paths: Point[][], steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const at = (k: number) => paths.map((p, id) => ({ x: p[0]!.x + ((p[1]!.x - p[0]!.x) * k) / steps, y: p[0]!.y + ((p[1]!.y - p[0]!.y) * k) / steps, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const zoomedIn = { ...DEFAULT_VIEW, range: { start: dayNumber(2021, 6, 1), end: dayNumber(2021, 10, 1) } };

test('the live timeline fits a 375 px phone without sideways scrolling', async ({ page }) => {
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(url({ page: 'home', view: zoomedIn }, lang));
    await live(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = await boxOf(page, CHART);
    expect(chart.x).toBeGreaterThanOrEqual(0);
    expect(chart.x + chart.width).toBeLessThanOrEqual(375);
    // Lane names sit above their lanes, leaving the whole width to time.
    const name = await boxOf(page, `${CHART} .tl-lane-name >> nth=0`);
    expect(name.x - chart.x).toBeLessThan(20);
  }
});

test('on a phone the script draws the chart once, at the width of its frame', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  const width = await page.locator('.timeline__frame').evaluate((f) => f.clientWidth);
  expect(width).toBeLessThan(375);
  expect(Number(await page.locator(CHART).getAttribute('width'))).toBe(width);
  // No second draw once the browser reports the frame's size.
  expect(await drawsAfterFirst(page)).toBe(0);
});

test('a finger drag pans and two fingers pinch-zoom', async ({ page }) => {
  await page.goto(url({ page: 'home', view: zoomedIn }, 'en'));
  await live(page);
  const box = await boxOf(page, CHART);
  const y = box.y + Math.min(120, box.height / 2);
  const before = await range(page);
  await touch(page, [[{ x: box.x + 250, y }, { x: box.x + 80, y }]]);
  const panned = await rangeChangedFrom(page, before);
  expect(panned.from).toBeGreaterThan(before.from);
  expect(panned.to - panned.from).toBe(before.to - before.from);

  const mid = box.x + box.width / 2;
  await touch(page, [
    [{ x: mid - 30, y }, { x: mid - 120, y }],
    [{ x: mid + 30, y }, { x: mid + 120, y }],
  ]);
  const pinched = await rangeChangedFrom(page, panned);
  expect(pinched.to - pinched.from).toBeLessThan((panned.to - panned.from) / 2);
});

test('a vertical swipe over the chart still scrolls the page', async ({ page }) => {
  await page.goto(url({ page: 'home', view: zoomedIn }, 'en'));
  await live(page);
  const box = await boxOf(page, CHART);
  const before = await range(page);
  const scrolled = await page.evaluate(() => scrollY);
  const x = box.x + box.width / 2;
  await touch(page, [[{ x, y: box.y + 300 }, { x, y: box.y + 60 }]]);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
  expect(await range(page)).toEqual(before);
});

test('tapping a mark opens its details', async ({ page }) => {
  await page.goto(url({ page: 'home', view: zoomedIn }, 'en'));
  await live(page);
  await page.locator(`${CHART} a.tl-mark[data-event-id="private-chat-opening"]`).tap();
  await expect(page.locator('[data-detail]')).toBeVisible();
  await expect(page).toHaveURL(/event=private-chat-opening/);
});
