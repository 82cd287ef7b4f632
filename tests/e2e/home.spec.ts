import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/format-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { content, url } from '../support/site.ts';

for (const lang of LANGS) {
  test(`home (${lang}) lists every event in date order, each linking to its page`, { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'home' }, lang));
    const expected = content().events.map((e) => e.data.id);
    const items = page.locator('.event-list [data-event-id]');
    await expect(items).toHaveCount(expected.length);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).toEqual(expected);

    const first = content().events[0]!.data;
    const firstItem = items.first();
    await expect(firstItem.getByRole('link', { name: first.title[lang] })).toHaveAttribute('href', url({ page: 'event', id: first.id }, lang));
    await expect(firstItem.locator('time').first()).toHaveText(formatDate(first.date, lang));
  });
}

test('the home page shows dates as calendar dates in China, whatever the reader’s time zone', { tag: '@dates' }, async ({ browser }) => {
  for (const timezoneId of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(url({ page: 'home' }, 'en'));
    const dates = await page.locator('.event-list [data-event-id] time').first().textContent();
    expect(dates).toBe(formatDate(content().events[0]!.data.date, 'en'));
    await expect(page.locator('[data-event-id="group-chat-opening"] .event-item__effective time')).toHaveText('30 November 2021, 00:00 CST');
    await context.close();
  }
});
