import { expect, test } from '@playwright/test';
import { HTML_LANG } from '../../src/model/lang.ts';
import { templates, url } from '../support/site.ts';

for (const { name, route } of templates()) {
  test(`the language switch on the ${name} page keeps the reader on the same page`, async ({ page }) => {
    await page.goto(url(route, 'zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${url(route, 'en').replace(/[.?]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${url(route, 'zh').replace(/[.?]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
  });
}

test('each page declares its other-language alternate', async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'group-chat-opening' }, 'en'));
  const zh = await page.locator('link[rel="alternate"][hreflang="zh-CN"]').getAttribute('href');
  expect(new URL(zh!).pathname).toBe(url({ page: 'event', id: 'group-chat-opening' }, 'zh'));
});
