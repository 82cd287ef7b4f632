/**
 * Issue 14, the story first: the home page leads with the milestones; the timeline labels
 * them in full, opens on the busy period, draws a shared event once, keeps rules for every
 * platform in a first lane and folds sparse lanes; selecting an event keeps the chart in
 * view. Expected values come from the content (content()), never written out here.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Lang } from '../../src/model/lang.ts';
import { calendarDate } from '../../src/model/calendar-date.ts';
import { content, url } from '../support/site.ts';
import { CHART, live } from '../support/timeline.ts';

const LANGS: readonly Lang[] = ['zh', 'en'];
const WIDTHS = [1366, 375] as const;
const milestones = () => content().events.filter((e) => e.data.milestone !== undefined);
const in2021 = () => milestones().filter((e) => calendarDate(e.data.date).year === 2021);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (a: Box, outer: Box) => a.x >= outer.x - 0.5 && a.y >= outer.y - 0.5 && a.x + a.width <= outer.x + outer.width + 0.5 && a.y + a.height <= outer.y + outer.height + 0.5;

/** Every text the chart draws, with its box on screen. */
async function chartTexts(page: Page) {
  return page.locator(`${CHART} text`).evaluateAll((nodes) =>
    nodes
      .filter((n) => (n.textContent ?? '').trim() !== '' && (n as SVGGraphicsElement).getBoundingClientRect().width > 0)
      .map((n) => {
        const r = n.getBoundingClientRect();
        return { cls: n.getAttribute('class') ?? '', text: n.textContent!, milestone: n.classList.contains('tl-milestone__label') ? n.getAttribute('data-event-id') : null, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }),
  );
}

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test.describe(`${lang} at ${width} px`, () => {
      test.use({ viewport: { width, height: width > 500 ? 900 : 800 } });

      test('the home page leads with the milestones, one line each, linked, above the timeline', async ({ page }) => {
        await page.goto(url({ page: 'home' }, lang));
        const items = page.locator('.milestones li');
        await expect(items).toHaveCount(milestones().length);
        for (const [i, e] of milestones().entries()) {
          const link = items.nth(i).getByRole('link');
          await expect(link).toHaveText(e.data.milestone![lang]);
          await expect(link).toHaveAttribute('href', url({ page: 'event', id: e.data.id }, lang));
          await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', /^\d{4}/);
        }
        const list = (await page.locator('.milestones').boundingBox())!;
        const chart = (await page.locator('#timeline').boundingBox())!;
        expect(list.y + list.height).toBeLessThanOrEqual(chart.y);
        // No sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });

      test('the first view holds every 2021 milestone, labelled in full, inside the chart, colliding with nothing', async ({ page }) => {
        await page.goto(url({ page: 'home' }, lang));
        await live(page);
        const chart = (await page.locator(CHART).boundingBox())!;
        const texts = await chartTexts(page);
        const labels = texts.filter((t) => t.milestone !== null);
        for (const e of in2021()) {
          const label = labels.find((t) => t.milestone === e.data.id);
          expect(label, `${e.data.id} is labelled`).toBeDefined();
          expect(label!.text).toBe(e.data.milestone![lang]);
          expect(inside(label!.box, chart), `${e.data.id} inside the chart`).toBe(true);
        }
        for (const a of labels) {
          for (const b of texts) {
            if (a === b) continue;
            expect(overlap(a.box, b.box), `“${a.text}” and “${b.text}” collide`).toBe(false);
          }
        }
      });
    });
  }
}

test('the first view opens on the busy period, and the overview shows the earlier events', async ({ page }) => {
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  const { from, to } = await page.locator('event-timeline').evaluate((el: HTMLElement) => ({ from: Number(el.dataset.from), to: Number(el.dataset.to) }));
  // Far narrower than everything: less than a year.
  expect(to - from).toBeLessThan(366);
  // The overview draws bars for the events before the first view, left of its window.
  const early = content().events.filter((e) => calendarDate(e.data.date).year < 2021);
  expect(early.length).toBeGreaterThan(0);
  const windowLeft = (await page.locator('.tl-overview .tl-brush__window').boundingBox())!.x;
  const barsBefore = await page.locator('.tl-overview .tl-overview__bar').evaluateAll((bars, left) => bars.filter((b) => b.getBoundingClientRect().right < left && b.getBoundingClientRect().height > 0).length, windowLeft);
  expect(barsBefore).toBeGreaterThanOrEqual(2);
  // The status line says how many lie before the view, set apart from the count.
  const total = content().events.length;
  await expect(page.locator('.timeline__status')).toContainText(new RegExp(`\\d+ of ${total} events · ← \\d+ earlier$`));
  // "Show all" moves to everything, and the URL says so.
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
});

test('without JavaScript the drawn chart already labels the milestones of the first view', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url({ page: 'home' }, 'zh'));
  for (const e of in2021()) {
    await expect(page.locator(`${CHART} text.tl-milestone__label[data-event-id="${e.data.id}"]`)).toHaveText(e.data.milestone!.zh);
  }
  await context.close();
});

test('an event shared by many actors appears once in actor view and lists who took part', async ({ page }) => {
  const shared = content().events.find((e) => e.data.actors.length >= 4)!;
  expect(shared, 'the content has a meeting of many actors').toBeDefined();
  await page.goto(url({ page: 'home' }, 'en'));
  await live(page);
  await expect(page.locator(`${CHART} .tl-mark[data-event-id="${shared.data.id}"]`)).toHaveCount(1);
  const name = await page.locator(`${CHART} a.tl-mark[data-event-id="${shared.data.id}"]`).getAttribute('aria-label');
  for (const id of shared.data.actors) expect(name).toContain(content().reference.actors.find((a) => a.id === id)!.name.en);
  // Sparse actors share one lane that says how many it holds.
  await expect(page.locator(`${CHART} .tl-lane-name`).last()).toHaveText(/^Others \(\d+\)$/);
});

test('in platform view rules for every platform have the first lane, and sparse platforms fold into a counted lane', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`${url({ page: 'home' }, lang)}?lanes=platform`);
    await live(page);
    const names = await page.locator(`${CHART} .tl-lane-name`).allTextContents();
    expect(names[0]).toBe(lang === 'zh' ? '所有平台' : 'All platforms');
    expect(names.some((n) => (lang === 'zh' ? /^其他（\d+）$/ : /^Others \(\d+\)$/).test(n))).toBe(true);
    const allRules = content().events.filter((e) => e.data.treatments.some((t) => t.platforms === 'all'));
    expect(allRules.length).toBeGreaterThan(0);
    const firstLane = page.locator(`${CHART} .tl-lane`).first();
    for (const e of allRules) await expect(firstLane.locator(`.tl-mark[data-event-id="${e.data.id}"]`)).toHaveCount(1);
  }
});

for (const width of WIDTHS) {
  test(`selecting an event at ${width} px keeps the chart and the event in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 800 });
    await page.goto(url({ page: 'home' }, 'en'));
    await live(page);
    const target = in2021().at(-1)!;
    const mark = page.locator(`${CHART} a.tl-mark[data-event-id="${target.data.id}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect(page.locator('[data-detail]')).toBeVisible();
    await expect(page.locator('[data-detail-title]')).toHaveText(target.data.title.en);
    // Let any smooth scrolling finish, then the chart's top and the mark must be on screen.
    let last = -1;
    await expect.poll(async () => {
      const y = await page.evaluate(() => window.scrollY);
      const settled = y === last;
      last = y;
      return settled;
    }, { intervals: [150] }).toBe(true);
    const viewport = page.viewportSize()!;
    const frame = (await page.locator('.timeline__frame').boundingBox())!;
    const box = (await mark.boundingBox())!;
    expect(frame.y).toBeGreaterThanOrEqual(0);
    expect(frame.y).toBeLessThan(viewport.height);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Keyboard selection too.
    await page.keyboard.press('Escape');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-detail]')).toBeVisible();
    const again = (await mark.boundingBox())!;
    expect(again.y).toBeGreaterThanOrEqual(0);
    expect(again.y + again.height).toBeLessThanOrEqual(viewport.height);
  });
}
