import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model/lang.ts';
import { templates, url } from '../support/site.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of LANGS) {
    for (const { name, route } of templates()) {
      test(`${name} (${lang}, ${scheme}) has no axe violations`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(url(route, lang));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
}

test('search results state is reached and stays accessible', async ({ page }) => {
  await page.goto(url({ page: 'search', query: 'WeChat' }, 'en'));
  await expect(page.locator('.search-results li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
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
