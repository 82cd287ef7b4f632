/**
 * Issue 14 (B): pages keep their state. The language switch leads to the same date, range or
 * timeline view in the other language (and follows the page as its state changes); a value
 * in the address that had to be corrected is said on the page, politely, in its language.
 */
import { expect, test } from '@playwright/test';
import { templates, url } from '../support/site.ts';

test.describe('the language switch keeps the state', () => {
  test('the matrix’s ?at=, also after stepping to another date', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'matrix', at: '2021-09-17' }, 'zh'));
    const toggle = page.locator('[data-lang-switch]');
    await expect(toggle).toHaveAttribute('href', url({ page: 'matrix', at: '2021-09-17' }, 'en'));
    await page.getByRole('navigation', { name: '变化日期' }).getByRole('link').nth(3).click();
    await expect(page).toHaveURL(/\?at=2021-11-29$/);
    await expect(toggle).toHaveAttribute('href', url({ page: 'matrix', at: '2021-11-29' }, 'en'));
    await toggle.click();
    await expect(page.locator('[data-matrix-heading]')).toHaveText('Platforms × surfaces as of 29 November 2021');
    // And back, with Back: the switch leads where the page is.
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', url({ page: 'matrix', at: '2021-11-29' }, 'zh'));
  });

  test('the diff’s ?from=&to=', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2021-05-19', to: '2021-09-17' }, 'en'));
    const toggle = page.locator('[data-lang-switch]');
    await expect(toggle).toHaveAttribute('href', url({ page: 'diff', from: '2021-05-19', to: '2021-09-17' }, 'zh'));
    await toggle.click();
    await expect(page.getByRole('heading', { name: '2021年5月19日 至 2021年9月17日 之间的变化' })).toBeVisible();
    await expect(page.getByLabel('从', { exact: true })).toHaveValue('2021-05-19');
  });

  test('the timeline’s view', async ({ page }) => {
    await page.goto(`${url({ page: 'home' }, 'en')}?from=2021-09-01&to=2021-12-31&lanes=platform`);
    await expect(page).toHaveURL(/lanes=platform/);
    // The view as the timeline shows it (it fits the range to its width and writes that in the address).
    const shown = new URL(page.url()).search;
    expect(shown).toMatch(/from=2021-0[89]-\d\d&to=2021-12-\d\d&lanes=platform/);
    const toggle = page.locator('[data-lang-switch]');
    await expect(toggle).toHaveAttribute('href', `${url({ page: 'home' }, 'zh')}${shown}`);
    await toggle.click();
    await expect(page).toHaveURL(`${url({ page: 'home' }, 'zh')}${shown}`);
  });

  // A reader may switch before the page's script has run (a slow phone, a busy machine): the
  // switch still carries the address's state, as written, and the other page reads it.
  const stateful = templates().filter((t) => t.chrome !== 'embed' && new URL(url(t.route, 'zh'), 'http://x').search);
  for (const { name, route } of [...stateful, { name: 'matrix at a date', route: { page: 'matrix', at: '2021-09-17' } as const }, { name: 'diff of a range', route: { page: 'diff', from: '2021-05-19', to: '2021-09-17' } as const }]) {
    test(`before the page’s script has run: the ${name}`, async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // Every script of the site waits until the test is done.
      await page.route(/\/_astro\/.*\.js$/, async (r) => {
        await held;
        await r.continue().catch(() => {});
      });
      try {
        await page.goto(url(route, 'zh'), { waitUntil: 'commit' });
        const toggle = page.locator('[data-lang-switch]');
        await expect(toggle).toBeVisible();
        // The script has not taken the switch over: it still leads to the page as built.
        expect(await toggle.getAttribute('href')).toBe(url(route, 'en').split('?')[0]);
        await toggle.click();
        await expect(page).toHaveURL(url(route, 'en'));
      } finally {
        release();
      }
    });
  }

  test('the 404 page, served at any address, does not carry that address’s query', async ({ page }) => {
    await page.goto(`${url({ page: 'home' }, 'zh')}no-such-page/?from=2021-09-01&lanes=platform`);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(url({ page: 'home' }, 'en'));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('it leads to the same page in the other language', async ({ page }) => {
      await page.goto(url({ page: 'matrix-snapshot', at: '2021-09-17' }, 'en'));
      await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', url({ page: 'matrix-snapshot', at: '2021-09-17' }, 'zh'));
      await page.goto(url({ page: 'diff' }, 'zh'));
      await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', url({ page: 'diff' }, 'en'));
    });
  });
});

test.describe('a corrected address is said on the page', () => {
  test('an impossible date, in the page’s language, and the switch keeps what is shown', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'matrix', at: '2021-02-30' }, 'zh'));
    const notice = page.locator('[data-query-message]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('“2021-02-30”不是真实存在的日期：2021 年 2 月只有 28 天。');
    await expect(notice).toContainText('现在显示：2021年12月1日。');
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', url({ page: 'matrix', at: '2021-12-01' }, 'en'));
  });

  test('a date outside the history', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2019-01-01', to: '2021-09-17' }, 'en'));
    const notice = page.locator('[data-query-message]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('1 January 2019 is before the site’s earliest data (19 May 2021)');
    await expect(notice).toContainText('Showing 19 May 2021 instead.');
  });

  test('the timeline’s address: what could not be used is named, in the page’s language; a good address says nothing', async ({ page }) => {
    await page.goto(`${url({ page: 'home' }, 'zh')}?from=2021-02-30&platform=taobo`);
    const notice = page.locator('[data-timeline-url-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toHaveText('网址中有些部分无法使用，已经更正：from=2021-02-30、platform=taobo。时间线显示的是最接近的视图。');
    await page.goto(`${url({ page: 'home' }, 'en')}?lanes=sideways`);
    await expect(notice).toHaveText('Parts of this address could not be used and were corrected: lanes=sideways. The timeline shows the closest view.');
    await page.goto(`${url({ page: 'home' }, 'en')}?lanes=platform`);
    await expect(page.locator('event-timeline.is-live')).toBeAttached();
    await expect(notice).toBeHidden();
  });
});
