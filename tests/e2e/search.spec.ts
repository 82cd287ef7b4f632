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

// Issue 14: names in both languages find platform pages and events on either site.
const crossLanguage = [
  { lang: 'zh', query: 'Douyin', page: { page: 'platform', id: 'douyin' } },
  { lang: 'en', query: '淘宝', page: { page: 'platform', id: 'taobao' } },
  { lang: 'en', query: '工业和信息化部', page: { page: 'event', id: 'miit-guidance-meeting' } },
  { lang: 'zh', query: 'Alibaba', page: { page: 'event', id: 'miit-guidance-meeting' } },
] as const;

for (const c of crossLanguage) {
  test(`search (${c.lang}) finds “${c.query}” by its name in the other language`, async ({ page }) => {
    await page.goto(url({ page: 'search' }, c.lang));
    await page.getByRole('searchbox').fill(c.query);
    const results = page.locator('.search-results li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(url(c.page, c.lang));
    for (const h of hrefs) expect(h.startsWith(url({ page: 'home' }, 'en'))).toBe(c.lang === 'en');
  });
}

test('platform pages are in the index: “淘宝” on the Chinese site offers Taobao’s page', async ({ page }) => {
  await page.goto(url({ page: 'search' }, 'zh'));
  await page.getByRole('searchbox').fill('淘宝');
  const results = page.locator('.search-results li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(url({ page: 'platform', id: 'taobao' }, 'zh'));
});

test.describe('on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  test('the navigation shows that it scrolls sideways: a shadow at the edge with more items', async ({ page }) => {
    await page.goto(url({ page: 'home' }, 'en'));
    const nav = page.locator('.site-nav');
    const { scrolls, background } = await nav.evaluate((n) => ({ scrolls: n.scrollWidth > n.clientWidth, background: getComputedStyle(n).backgroundImage }));
    expect(scrolls).toBe(true);
    expect(background.match(/radial-gradient/g)?.length).toBe(2);
    // The last item is reachable by scrolling the navigation.
    await nav.evaluate((n) => n.scrollTo({ left: n.scrollWidth }));
    const last = nav.getByRole('link').last();
    const box = (await last.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});
