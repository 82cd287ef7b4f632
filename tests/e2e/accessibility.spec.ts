import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { url, visits } from '../support/site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Light and dark on the desktop, and light on a 375 px phone, where some charts switch to a
// layout of their own (a chart hidden from assistive technology there went unnoticed once).
const MODES = [
  { name: 'light', use: { colorScheme: 'light' } },
  { name: 'dark', use: { colorScheme: 'dark' } },
  { name: 'phone', use: { colorScheme: 'light', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } },
] as const;

for (const mode of MODES) {
  test.describe(`${mode.name} mode`, () => {
    test.use(mode.use);
    for (const visit of visits()) {
      test(`${visit.name} (${visit.lang}, ${mode.name}) has no axe violations`, async ({ page }) => {
        const response = await page.goto(visit.path);
        expect(response?.status()).toBe(visit.status);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
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
