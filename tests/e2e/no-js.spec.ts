/** Without JavaScript the site still reads (every template on a phone: tests/e2e/templates.spec.ts). */
import { expect, test } from '@playwright/test';
import { content, url } from '../support/site.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists every event and an event page reads completely', async ({ page }) => {
    await page.goto(url({ page: 'home' }, 'en'));
    await expect(page.locator('.event-list [data-event-id]')).toHaveCount(content().events.length);
    const e = content().events.at(-1)!.data;
    await page.getByRole('link', { name: e.title.en }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(e.title.en);
    await expect(page.locator('.event__body p').first()).toBeVisible();
    await expect(page.locator('.event__sources li')).toHaveCount(e.sources.length);
  });

  test('the search page explains that search needs JavaScript and offers the list', async ({ page }) => {
    await page.goto(url({ page: 'search' }, 'zh'));
    await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
    await expect(page.locator('[data-needs-js-notice] a')).toHaveAttribute('href', url({ page: 'home' }, 'zh') + '#events');
  });
});
