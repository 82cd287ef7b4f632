import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model/lang.ts';
import { content, templates, url } from '../support/site.ts';

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

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  for (const lang of LANGS) {
    for (const { name, route, chrome } of templates()) {
      test(`${name} (${lang}) fits the screen without sideways scrolling`, async ({ page }) => {
        await page.goto(url(route, lang));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Navigation stays reachable (an embed has none: its title links the full page).
        if (chrome === 'embed') {
          await expect(page.locator('.embed__title a')).toBeVisible();
          return;
        }
        await expect(page.locator('[data-lang-switch]')).toBeVisible();
        await expect(page.getByRole('navigation', { name: lang === 'zh' ? '主导航' : 'Main navigation' })).toBeVisible();
      });
    }
  }
});
