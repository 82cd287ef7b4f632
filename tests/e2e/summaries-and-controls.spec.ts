/**
 * Issue 14 (B): the plain-language change summaries on diff, embed and event pages; the
 * matrix's stepper and legend; where the diff opens; "from event X".
 */
import { expect, test } from '@playwright/test';
import { diff, latestChange } from '../../src/lib/treatments/index.ts';
import { isoDay } from '../../src/model/calendar-date.ts';
import { content, treatmentIndex, url } from '../support/site.ts';

test.describe('change summaries', () => {
  test('head the diff page in both languages, and follow a new range', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'diff-snapshot', from: '2021-09-17', to: '2021-09-19' }, 'en'));
    const summary = page.locator('.change-summary');
    await expect(summary.getByRole('heading', { name: 'In brief' })).toBeVisible();
    // Everything in the range took effect on its last day: said as one day.
    await expect(summary.locator('.change-summary__lead')).toHaveText('On 19 September 2021:');
    await expect(summary.locator('li')).toHaveText([
      'Links to Taobao and Douyin in group chat: “Opens directly” was first reported as “no” (in the opinion of Internet Phantom Thieves (WeChat public account)).',
      'Links to Taobao, Douyin, JD.com, Pinduoduo, Kuaishou, and 6 other platforms in Moments (Product links): “Can be shared directly” was first reported as “no” (in the opinion of Internet Phantom Thieves (WeChat public account)).',
    ]);
    // It comes before the chart and the table it sums up.
    const [sy, ty] = await Promise.all([summary.boundingBox(), page.locator('[data-diff-body]').boundingBox()]);
    expect(sy!.y).toBeLessThan(ty!.y);

    // Any range, recomputed in the browser: the summary is the new range's.
    await page.goto(url({ page: 'diff', from: '2021-05-19', to: '2021-05-20' }, 'zh'));
    await expect(page.locator('.change-summary li')).toHaveText(['淘宝、抖音、京东、拼多多、快手等 11 个平台的链接在小程序打开 App 中：“可唤起 App”变为“否”。']);
    await page.goto(url({ page: 'diff', from: '2021-05-19', to: '2021-12-01' }, 'en'));
    await expect(page.locator('.change-summary__lead')).toHaveText('Between 19 May 2021 and 1 December 2021:');
  });

  test('a long diff is capped and points at the table; endings are said as endings', async ({ page }) => {
    await page.goto(url({ page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' }, 'en'));
    const items = page.locator('.change-summary li');
    await expect(items).toHaveCount(5);
    // Each ending names the general change that ended it.
    const cause = content().events.find((e) => e.data.id === 'group-chat-opening')!.data.title.en;
    for (const text of await items.allTextContents()) {
      expect(text).toContain('no source describes');
      expect(text).toContain(`after “${cause}”`);
    }
    const rows = diff(treatmentIndex(), '2021-11-29', '2021-11-30').rows.length;
    expect(rows).toBeGreaterThan(5);
    await expect(page.locator('.change-summary__more')).toHaveText(/^And \d+ more in the table below\.$/);
  });

  test('appear on event pages under “what changed”, in both languages', { tag: '@dates' }, async ({ page }) => {
    await page.goto(url({ page: 'event', id: 'group-chat-opening' }, 'en'));
    const changes = page.locator('.event__changes');
    await expect(changes.locator('.change-summary__lead')).toHaveText('On 30 November 2021:');
    await expect(changes.locator('.change-summary li').first()).toHaveText(
      'Links to Taobao in one-to-one chat: no source describes the treatment, “Opens directly”, “Card preview”, and 3 other values after this.',
    );
    await page.goto(url({ page: 'event', id: 'taobao-login-douyin-token' }, 'zh'));
    await expect(page.locator('.event__changes .change-summary__lead')).toHaveText('2021年12月1日：');
    await expect(page.locator('.event__changes .change-summary li').first()).toHaveText('淘宝的链接在一对一聊天中：首次报道“可直接打开”、“需重新登录”、“支付宝”、“银行卡”为“是”。');
  });

  test('appear in the diff embeds, prebuilt and live', async ({ page }) => {
    await page.goto(url({ page: 'embed-diff-snapshot', from: '2021-09-17', to: '2021-09-19' }, 'en'));
    await expect(page.locator('[data-change-summary] .change-summary__lead')).toHaveText('On 19 September 2021:');
    await page.goto(url({ page: 'embed-diff', from: '2021-05-19', to: '2021-05-20' }, 'zh'));
    await expect(page.locator('[data-change-summary] li')).toHaveText(['淘宝、抖音、京东、拼多多、快手等 11 个平台的链接在小程序打开 App 中：“可唤起 App”变为“否”。']);
  });
});

test.describe('where the diff opens', () => {
  test('without dates: the latest change, the same as its prebuilt page and embed', async ({ page }) => {
    const latest = latestChange(treatmentIndex())!;
    const [from, to] = [isoDay(latest.from), isoDay(latest.to)];
    // The latest date on which a policy changed: 30 November 2021 (1 December only reported).
    expect([from, to]).toEqual(['2021-11-29', '2021-11-30']);
    await page.goto(url({ page: 'diff' }, 'en'));
    await expect(page.getByRole('heading', { name: 'What changed between 29 November 2021 and 30 November 2021' })).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
    const rows = await page.locator('.diff-row').count();
    expect(rows).toBe(diff(treatmentIndex(), from, to).rows.length);
    const summary = await page.locator('.change-summary').innerText();
    await page.goto(url({ page: 'diff-snapshot', from, to }, 'en'));
    await expect(page.locator('.diff-row')).toHaveCount(rows);
    expect(await page.locator('.change-summary').innerText()).toBe(summary);
    await page.goto(url({ page: 'embed-diff' }, 'en'));
    await expect(page.locator('.embed__title')).toHaveText('What changed between 29 November 2021 and 30 November 2021');
  });

  test('“from event X” is the state just before X: X’s own change is in the diff', async ({ page }) => {
    await page.goto(url({ page: 'diff' }, 'en'));
    await page.getByLabel('or from event').selectOption({ label: "20 May 2021 · WeChat says mini programs can no longer open apps after 19 May" });
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2021-05-19');
    await page.getByLabel('to event').selectOption({ label: "17 September 2021 · WeChat's first link statement: external links open in one-to-one chats" });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\?from=2021-05-19&to=2021-09-17$/);
    // The mini-program shutdown of 20 May is there, caused by its event.
    const shutdown = page.locator('.diff__platform[data-platform="taobao"] .diff-row', { hasText: 'Offers to open the app' }).filter({ hasText: 'Mini program' });
    await expect(shutdown.first()).toBeVisible();
    await expect(page.locator('.change-summary')).toContainText('mini program → App: “Offers to open the app” became “no”');
  });
});

test.describe('the matrix controls', () => {
  test('the stepper marks every date of change and moves the date', { tag: '@dates' }, async ({ page }) => {
    const days = treatmentIndex().changeDates.map(isoDay);
    await page.goto(url({ page: 'matrix' }, 'en'));
    const steps = page.getByRole('navigation', { name: 'Dates of change' }).getByRole('link');
    await expect(steps).toHaveCount(days.length);
    expect(await steps.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(days);
    await expect(steps.last()).toHaveAttribute('aria-current', 'step');
    await steps.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`\\?at=${days[1]}$`));
    await expect(page.locator('[data-matrix-heading]')).toHaveText('Platforms × surfaces as of 17 September 2021');
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(steps.last()).not.toHaveAttribute('aria-current');
    // A day between two dates of change marks the one whose matrix it shows.
    await page.goto(url({ page: 'matrix', at: '2021-10-01' }, 'en'));
    await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
    await page.goBack();
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  });

  test('the legend sits beside the grid on a desktop and below it on a phone, richest level first', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(url({ page: 'matrix' }, 'en'));
    const chart = page.locator('.matrix-layout__chart');
    const legend = page.locator('.matrix-layout__legend');
    let [c, l] = [(await chart.boundingBox())!, (await legend.boundingBox())!];
    expect(l.x).toBeGreaterThanOrEqual(c.x + c.width);
    expect(l.y).toBeLessThan(c.y + c.height / 2);
    await expect(legend.locator('.level-order')).toHaveText('Top to bottom: richest to most restricted');
    await expect(legend.locator('.level-legend__level dt').first()).toHaveText('Mini program');
    await expect(legend.locator('.level-legend__level dt').last()).toHaveText('Blocked');
    await page.setViewportSize({ width: 375, height: 800 });
    [c, l] = [(await chart.boundingBox())!, (await legend.boundingBox())!];
    expect(l.y).toBeGreaterThanOrEqual(c.y + c.height);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the stepper links to the prebuilt dates', async ({ page }) => {
      await page.goto(url({ page: 'matrix' }, 'zh'));
      const steps = page.getByRole('navigation', { name: '变化日期' }).getByRole('link');
      await steps.first().click();
      await expect(page).toHaveURL(new RegExp(`${url({ page: 'matrix-snapshot', at: '2021-05-20' }, 'zh')}$`));
      await expect(page.getByRole('navigation', { name: '变化日期' }).getByRole('link').first()).toHaveAttribute('aria-current', 'step');
    });
  });
});
