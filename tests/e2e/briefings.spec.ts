/**
 * Briefing pages in the browser, on screen and emulating print: what they list, that
 * paper gets no screen chrome but the static chart, the QR code and link addresses, with
 * and without JavaScript; and that the diff and matrix pages print as well.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui.ts';
import { briefingPdfFile, briefingRoute } from '../../src/lib/briefings/catalogue.ts';
import { cssString } from '../../src/lib/briefings/print-margins.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import { diff } from '../../src/lib/treatments/index.ts';
import { absoluteHref } from '../../src/lib/urls.ts';
import { isoDay } from '../../src/model/calendar-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { briefings, expected, find, SITE } from '../support/briefings.ts';
import { BASE, content, treatmentIndex, url, NEEDS_ADDRESS } from '../support/site.ts';

/** The screen-only parts of the shell that must never reach paper. */
const CHROME = ['.site-header', '.site-nav', '[data-lang-switch]', '.site-footer', '.breadcrumb', '[data-pdf-link]', 'button'];

async function expectNoChrome(page: Page) {
  for (const selector of CHROME) {
    for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
  }
}

/** Generated content after an element, as print shows it. */
const after = (el: Locator) => el.evaluate((e) => getComputedStyle(e, '::after').content);

for (const lang of LANGS) {
  test(`the briefings list (${lang}) links every briefing and its PDF`, async ({ page }) => {
    await page.goto(url({ page: 'briefings' }, lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'briefings.title'));
    const all = briefings();
    await expect(page.locator('.briefing-list li')).toHaveCount(all.length);
    for (const b of all) {
      const e = expected(b, lang);
      const item = page.locator('.briefing-list li').filter({ has: page.locator(`a[href="${e.page}"]`) });
      const name = b.kind === 'platform' ? content().reference.platforms.find((p) => p.id === b.platform)!.name[lang] : e.title;
      await expect(item.locator('.briefing-list__title')).toHaveText(name);
      await expect(item.locator('.briefing-list__pdf')).toHaveAccessibleName(`PDF · ${e.title}`);
      const pdf = item.locator('.briefing-list__pdf');
      await expect(pdf).toHaveAttribute('href', url({ page: 'briefing-pdf', file: briefingPdfFile(b, lang) }, lang));
      const response = await page.request.get((await pdf.getAttribute('href'))!);
      expect(response.status(), briefingPdfFile(b, lang)).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
  });
}

test('the full briefing lists every event and source, the matrix now and the key changes, each numbered reference resolving', async ({ page }) => {
  const lang = 'en';
  const e = expected(find('full'), lang);
  await page.goto(e.page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
  await expect(page.locator('.briefing-event')).toHaveCount(content().events.length);
  for (const [i, event] of content().events.entries()) {
    await expect(page.locator('.briefing-event').nth(i).locator('.briefing-event__title a')).toHaveText(event.data.title[lang]);
  }
  await expect(page.locator('.matrix tbody tr')).toHaveCount(content().reference.platforms.length);
  const index = treatmentIndex();
  const ms = index.changeDates;
  // Each date of change against the one before it (the first against the day before it), where policy changed.
  const key = ms.filter((to, i) => diff(index, i === 0 ? to - 1 : ms[i - 1]!, to).rows.some((r) => r.basis === 'change'));
  await expect(page.locator('.briefing-change')).toHaveCount(key.length);
  await expect(page.locator(`#change-${isoDay(ms[0]! - 1)}-${isoDay(ms[0]!)}`)).toHaveCount(1);
  const refs = page.locator('.briefing-sources .reference-list > li');
  await expect(refs).toHaveCount(content().sources.length);
  for (const s of content().sources) if (s.url) await expect(page.locator('.briefing-sources').getByRole('link', { name: s.url })).toHaveCount(1);
  // Every reference resolves: the sources' [n], and the W and C numbers of the evidence notes.
  const targets = await page.locator('a.ref').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(targets.filter((t) => t.includes('-source-')).length).toBe(content().sources.length);
  expect(targets.filter((t) => t.includes('-words-')).length).toBeGreaterThan(0);
  for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
});

test('a range briefing states its bounds and lists exactly the events in its range', async ({ page }) => {
  const b = find('range', 'shutdown-to-private-chat');
  const e = expected(b, 'en');
  await page.goto(e.page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
  const meta = page.locator('.briefing-meta');
  await expect(meta).toContainText('just before “WeChat says mini programs can no longer open apps after 19 May” took effect (20 May 2021)');
  await expect(meta).toContainText('when “WeChat\'s first link statement: external links open in one-to-one chats” took effect (17 September 2021)');
  const ids = await page.locator('.briefing-event').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  expect(ids).toEqual(e.events.map((x) => x.id));
  await expect(page.locator('.diff')).toHaveAttribute('data-from', '2021-05-19');
  await expect(page.locator('.diff')).toHaveAttribute('data-to', '2021-09-17');
  await expect(page.getByRole('link', { name: 'Compare these two dates on the site' })).toHaveAttribute('href', url({ page: 'diff', from: '2021-05-19', to: '2021-09-17' }, 'en'));
  // The shutdown is in the range: its rows are in the diff.
  await expect(page.locator('.diff__platform[data-platform="jd"] tr.diff-row[data-surface="mini-program"][data-attribute="offers-open-app"]')).toHaveCount(1);
});

test.describe('a platform briefing', () => {
  const b = find('platform', 'taobao');

  test('on screen: the site around it, a PDF link and a Print button, the QR code small, no print date', async ({ page }) => {
    test.skip(!SITE, NEEDS_ADDRESS);
    const e = expected(b, 'en');
    await page.goto(e.page);
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('[data-pdf-link]')).toHaveAttribute('href', url({ page: 'briefing-pdf', file: 'platform-taobao.en.pdf' }, 'en'));
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    const qr = page.locator('.briefing-qr svg');
    await expect(qr).toBeVisible();
    expect((await qr.boundingBox())!.width).toBeLessThanOrEqual(100);
    await expect(qr).toHaveAttribute('data-qr', e.online);
    await expect(qr).toHaveAccessibleName(`QR code: ${e.online}`);
    await expect(page.locator('[data-print-date]')).toBeHidden();
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'printed' : 'printed without JavaScript', () => {
      test.use({ javaScriptEnabled });

      test('no screen chrome; the static chart sized to the page; QR code, dates and link addresses shown', async ({ page }) => {
        test.skip(!SITE, NEEDS_ADDRESS);
        const e = expected(b, 'en');
        await page.goto(e.page);
        await page.emulateMedia({ media: 'print' });
        await expectNoChrome(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);

        // The chart is the static SVG from the build, as wide as the text and no wider.
        const chart = page.locator('figure[data-chart="platform-history"] .embed__chart--wide svg');
        await expect(chart).toBeVisible();
        const box = (await chart.boundingBox())!;
        const text = (await page.locator('.briefing').boundingBox())!;
        expect(box.width).toBeGreaterThan(text.width * 0.9);
        expect(box.x + box.width).toBeLessThanOrEqual(text.x + text.width + 1);
        await expect(chart.locator('.chart__cells rect[data-level="plain-page"]').first()).toBeAttached();
        await expect(chart.locator('.chart__cells rect[data-stated="true"]').first()).toBeAttached();
        // Levels print as patterns, not colour alone.
        expect(await chart.locator('defs pattern path, defs pattern circle').count()).toBeGreaterThan(2);

        await expect(page.locator('.briefing-qr svg')).toBeVisible();
        const date = page.locator('[data-print-date]');
        await expect(date).toBeVisible();
        const label = page.locator('[data-print-date-label]');
        await expect(label).toHaveText(javaScriptEnabled ? t('en', 'briefing.printed') : t('en', 'briefing.generated'));
        await expect(page.locator('.briefing-meta')).toContainText(`Data as of${formatDate('2021-12-01', 'en')}`);

        // Links print their addresses; a link whose text is its address does not print it twice.
        const first = e.events[0]!;
        const title = page.locator('.briefing-event__title a').first();
        expect(await after(title)).toBe(`" <${absoluteHref({ page: 'event', id: first.id }, 'en', SITE, BASE)}>"`);
        const source = page.locator('.briefing-sources .reference-list > li > a.citation__link').first();
        expect(await after(source)).toBe('none');

        // The page margins get the title (the running head) from the page itself.
        const margin = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-title').trim());
        expect(margin).toBe(cssString(e.title));
      });
    });
  }
});

test.describe('the diff page prints as a briefing of its range', () => {
  test('the prebuilt diff: briefing header in print only, controls and lists of other dates on screen only', async ({ page }) => {
    test.skip(!SITE, NEEDS_ADDRESS);
    const route = { page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' } as const;
    await page.goto(url(route, 'en'));
    const header = page.locator('[data-briefing-header]');
    await expect(header).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this comparison' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(header).toBeVisible();
    await expect(header.getByRole('heading', { level: 1 })).toHaveText('What changed between 29 November 2021 and 30 November 2021');
    await expect(header.locator('.briefing-qr svg')).toHaveAttribute('data-qr', absoluteHref(route, 'en', SITE, BASE));
    await expectNoChrome(page);
    for (const selector of ['form', '.snapshot-list', '[data-diff-heading]']) await expect(page.locator(selector).first()).toBeHidden();
    await expect(page.locator('.diff-row').first()).toBeVisible();
    await expect(page.locator('[data-diff-refs] .reference-list li').first()).toBeVisible();
  });

  test('a range chosen in the browser: the printed title, address and QR code follow it', async ({ page }) => {
    test.skip(!SITE, NEEDS_ADDRESS);
    await page.goto(url({ page: 'diff', from: '2021-09-16', to: '2021-11-30' }, 'en'));
    await expect(page.locator('[data-diff-heading]')).toHaveText('What changed between 16 September 2021 and 30 November 2021');
    const online = absoluteHref({ page: 'diff', from: '2021-09-16', to: '2021-11-30' }, 'en', SITE, BASE);
    const header = page.locator('[data-briefing-header]');
    await expect(header.locator('[data-online-url]')).toHaveText(online);
    await expect(header.locator('.briefing-qr svg')).toHaveAttribute('data-qr', online);
    await page.emulateMedia({ media: 'print' });
    await expect(header.getByRole('heading', { level: 1 })).toHaveText('What changed between 16 September 2021 and 30 November 2021');
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-title').trim());
    expect(margin).toBe(cssString('What changed between 16 September 2021 and 30 November 2021'));
  });

  test('while it shows the days of a range briefing, the diff page links that briefing', async ({ page }) => {
    const b = find('range', 'shutdown-to-private-chat');
    const link = page.getByRole('link', { name: `Briefing on this range: ${b.kind === 'range' ? b.range.title.en : ''}` });
    // The range starts the day before the first date of change: the diff page may start there.
    await page.goto(url({ page: 'diff', from: '2021-05-19', to: '2021-09-17' }, 'en'));
    await expect(page.locator('[data-query-message]')).toBeHidden();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', url(briefingRoute(b), 'en'));
    await expect(page.locator('.diff__platform[data-platform="jd"] tr.diff-row[data-surface="mini-program"]')).toHaveCount(1);
    await page.getByLabel('From', { exact: true }).fill('2021-05-20');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('[data-diff-heading]')).toHaveText('What changed between 20 May 2021 and 17 September 2021');
    await expect(link).toBeHidden();
  });
});

test('the matrix page prints its table without its controls', async ({ page }) => {
  await page.goto(url({ page: 'matrix-snapshot', at: '2021-09-17' }, 'zh'));
  await page.emulateMedia({ media: 'print' });
  await expectNoChrome(page);
  for (const selector of ['form', '.stepper', '.snapshot-list']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('.matrix')).toBeVisible();
  const table = (await page.locator('.matrix').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(table.x + table.width).toBeLessThanOrEqual(viewport.width);
});
