/** Without JavaScript the site still reads (every template on a phone: tests/e2e/templates.spec.ts). */
import { expect, test } from '@playwright/test';
import { HOME_LATEST_EVENTS } from '../../src/data/years.ts';
import { content, url } from '../support/site.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists the latest events and an event page reads completely', async ({ page }) => {
    await page.goto(url({ page: 'home' }, 'en'));
    const latest = content().events.slice(-HOME_LATEST_EVENTS).map((e) => e.data.id);
    expect(await page.locator('.event-list [data-event-id]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.eventId))).toEqual(latest);
    const e = content().events.at(-1)!.data;
    await page.getByRole('link', { name: e.title.en }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(e.title.en);
    await expect(page.locator('.event__body p').first()).toBeVisible();
    await expect(page.locator('.event__sources li')).toHaveCount(e.sources.length);
  });

  test('every event is on its year’s page, reached from the home page and the timeline’s notice', async ({ page }) => {
    const years = new Map<number, string[]>();
    for (const e of content().events) {
      const year = Number(e.data.date.slice(0, 4));
      years.set(year, [...(years.get(year) ?? []), e.data.id]);
    }
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(url({ page: 'home' }, lang));
      // The timeline's no-JS notice points at the years, which list how many events each has.
      await expect(page.locator('.timeline__noscript a')).toHaveAttribute('href', `${url({ page: 'home' }, lang)}#years`);
      const nav = page.locator('#years');
      expect(await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([...years.keys()].map((year) => url({ page: 'year', year }, lang)));
      for (const [year, ids] of years) {
        await page.goto(url({ page: 'year', year }, lang));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'zh' ? `${year} 年的事件` : `Events of ${year}`);
        expect(await page.locator('.event-list [data-event-id]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.eventId))).toEqual(ids);
        await expect(page.locator('.year-nav a[aria-current="page"]')).toHaveAttribute('href', url({ page: 'year', year }, lang));
        await expect(page.locator('.year-nav a[aria-current="page"] .year-nav__count')).toHaveText(lang === 'zh' ? `${ids.length} 个事件` : ids.length === 1 ? '1 event' : `${ids.length} events`);
      }
    }
    // Previous and next year, in order.
    const first = [...years.keys()][0]!;
    await page.goto(url({ page: 'year', year: first }, 'en'));
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(url({ page: 'year', year: [...years.keys()][1]! }, 'en'));
  });

  test('the search page explains that search needs JavaScript and offers the list', async ({ page }) => {
    await page.goto(url({ page: 'search' }, 'zh'));
    await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
    await expect(page.locator('[data-needs-js-notice] a')).toHaveAttribute('href', url({ page: 'home' }, 'zh') + '#events');
  });
});
