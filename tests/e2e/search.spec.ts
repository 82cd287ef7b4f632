import { expect, test } from '@playwright/test';
import { url } from '../support/site.ts';

const cases = [
  { lang: 'zh', query: '折叠', expect: 'fold-group-chat' },
  { lang: 'zh', query: '惠聚', expect: 'huiju-launch' },
  { lang: 'en', query: 'Huiju', expect: 'huiju-launch' },
  { lang: 'en', query: 'guidance meeting', expect: 'miit-guidance-meeting' },
] as const;

for (const c of cases) {
  test(`search (${c.lang}) finds “${c.query}”`, async ({ page }) => {
    await page.goto(url({ page: 'search' }, c.lang));
    await page.getByRole('searchbox').fill(c.query);
    const results = page.locator('.search-results li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(url({ page: 'event', id: c.expect }, c.lang));
    // Results stay in the reader's language.
    for (const h of hrefs) expect(h.startsWith(url({ page: 'home' }, 'en'))).toBe(c.lang === 'en');
  });
}

test('a search URL can be shared: ?q= runs the query on load', async ({ page }) => {
  await page.goto(url({ page: 'search', query: '工信部' }, 'zh'));
  await expect(page.getByRole('searchbox')).toHaveValue('工信部');
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto(url({ page: 'search' }, 'en'));
  await page.getByRole('searchbox').fill('zzzyxw');
  await expect(page.getByRole('status')).toHaveText('No events match “zzzyxw”.');
});

test('with JavaScript the “search needs JavaScript” notice is gone', async ({ page }) => {
  await page.goto(url({ page: 'search' }, 'en'));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('[data-needs-js-notice]')).toHaveCount(0);
});
