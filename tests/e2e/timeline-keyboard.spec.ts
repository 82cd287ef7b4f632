import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_VIEW } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { content, url } from '../support/site.ts';
import { CHART, focusedEvent, inFirstView, live, range, rangeChangedFrom } from '../support/timeline.ts';
import { timelineBounds } from '../../src/lib/timeline/bounds.ts';
import { seedData } from '../support/timeline-fixtures.ts';

const ids = () => content().events.map((e) => e.data.id);

/** Tabs from the search box until focus lands in the chart; returns the event it landed on. */
async function tabIntoChart(page: Page): Promise<string> {
  await page.getByRole('searchbox', { name: 'Find events' }).focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const id = await focusedEvent(page);
    if (id) return id;
  }
  throw new Error('Tab never reached the timeline');
}

/** The first event in time order drawn at the first view: where Tab enters the chart. */
function firstInView(): string {
  const data = seedData('en');
  const { first } = timelineBounds(data.events);
  return data.events.find((e) => inFirstView(e, first))!.id;
}

test('Tab reaches the timeline, and the arrow keys walk every event in time order', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  const order = ids();
  expect(await tabIntoChart(page)).toBe(firstInView());
  // Home goes to the first event of all, outside the first view: the view follows.
  await page.keyboard.press('Home');
  expect(await focusedEvent(page)).toBe(order[0]);
  const walked = [order[0]];
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press('ArrowRight');
    walked.push((await focusedEvent(page))!);
  }
  expect(walked).toEqual(order);
  await page.keyboard.press('ArrowRight');
  expect(await focusedEvent(page)).toBe(order.at(-1));
  await page.keyboard.press('ArrowUp');
  expect(await focusedEvent(page)).toBe(order.at(-2));
  await page.keyboard.press('Home');
  expect(await focusedEvent(page)).toBe(order[0]);
  await page.keyboard.press('End');
  expect(await focusedEvent(page)).toBe(order.at(-1));
  // One tab stop: Tab leaves the chart instead of visiting each mark.
  await page.keyboard.press('Tab');
  expect(await focusedEvent(page)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedEvent(page)).toBe(order.at(-1));
});

test('the focused mark shows a visible focus ring and its card', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  await tabIntoChart(page);
  const ring = page.locator(`${CHART} a.tl-mark:focus .tl-mark__ring`);
  await expect(ring).toHaveCount(1);
  const stroke = await ring.evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).not.toBe('transparent');
  expect(stroke).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('[data-card]')).toBeVisible();
  await expect(page.locator('[data-card]')).toContainText(content().events.find((e) => e.data.id === firstInView())!.data.title.en);
});

test('Enter opens the event’s details and announces them; Escape closes them', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  await tabIntoChart(page);
  await page.keyboard.press('ArrowRight');
  const id = (await focusedEvent(page))!;
  const e = content().events.find((x) => x.data.id === id)!.data;
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-detail]')).toBeVisible();
  await expect(page.locator('[data-detail-title]')).toHaveText(e.title.en);
  await expect(page.locator('[data-status]')).toContainText(`Selected: ${e.title.en}`);
  await expect(page).toHaveURL(new RegExp(`event=${id}$`));
  expect(await focusedEvent(page)).toBe(id);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-detail]')).toBeHidden();
  await expect(page.locator('[data-status]')).toContainText('Details closed.');
  await expect(page).toHaveURL(/\/en\/$/);
  expect(await focusedEvent(page)).toBe(id);
});

test('+ and − zoom, 0 shows everything, and the new range is announced', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  const all = await range(page);
  await tabIntoChart(page);
  await page.keyboard.press('+');
  const zoomed = await rangeChangedFrom(page, all);
  expect(zoomed.to - zoomed.from).toBeLessThan(all.to - all.from);
  await expect(page.locator('[data-status]')).toContainText('Showing ');
  await page.keyboard.press('-');
  const out = await rangeChangedFrom(page, zoomed);
  expect(out.to - out.from).toBeGreaterThan(zoomed.to - zoomed.from);
  await page.keyboard.press('+');
  await rangeChangedFrom(page, out);
  // 0 shows everything: the whole history, wider than the first view.
  await page.keyboard.press('0');
  const { start, end } = timelineBounds(seedData('en').events);
  await expect.poll(() => range(page)).toEqual({ from: start, to: end - 1 });
  expect(end - 1 - start).toBeGreaterThan(all.to - all.from);
});

test('walking to an event outside the view moves the view to it', async ({ page }) => {
  const view = { ...DEFAULT_VIEW, range: { start: dayNumber(2018, 1, 1), end: dayNumber(2018, 3, 1) } };
  await page.goto(url({ page: 'home', view }, 'en'));
  await live(page);
  const before = await range(page);
  expect(await tabIntoChart(page)).toBe(ids()[0]);
  await page.keyboard.press('End');
  expect(await focusedEvent(page)).toBe(ids().at(-1));
  const after = await rangeChangedFrom(page, before);
  const last = content().events.at(-1)!.data;
  expect(after.from).toBeLessThanOrEqual(dayNumber(Number(last.date.slice(0, 4)), Number(last.date.slice(5, 7)), Number(last.date.slice(8, 10))));
  expect(after.to - after.from).toBe(before.to - before.from);
  await expect(page).toHaveURL(/from=2021-/);
});
