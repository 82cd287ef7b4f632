/**
 * Accessibility beyond the template gate (tests/e2e/templates.spec.ts runs axe on every
 * template in light, dark and phone): states a visit does not reach, and that dark mode is
 * really another palette.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/page-checks.ts';
import { url } from '../support/site.ts';

test('search results state is reached and stays accessible', async ({ page }) => {
  await page.goto(url({ page: 'search', query: 'WeChat' }, 'en'));
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('dark mode really changes the palette', async ({ browser }) => {
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(url({ page: 'home' }, 'zh'));
    colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await context.close();
  }
  expect(colours[0]).toBe('rgb(247, 246, 242)');
  expect(colours[1]).toBe('rgb(21, 24, 26)');
});
