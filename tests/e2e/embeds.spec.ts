import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseIsoDay } from '../../src/model/calendar-date.ts';
import { pngSize } from '../support/png.ts';
import { builtSite, DIST, NEEDS_ADDRESS, url } from '../support/site.ts';

/**
 * A host page on another origin (127.0.0.1 on its own port, while the site is on
 * localhost): the journalist's article. `/article` embeds a chart with the loader;
 * `/evil` is a page that posts forged height messages.
 */
let host: Server;
let hostOrigin: string;
let siteOrigin: string;
let articleHtml = '';

test.beforeAll(async ({ baseURL }) => {
  siteOrigin = new URL(baseURL!).origin;
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (path === '/article') return void res.end(articleHtml);
    if (path === '/evil') {
      return void res.end(`<!doctype html><title>evil</title><script>
        for (const height of [900, '900', 1e9, -5, NaN]) parent.postMessage({ type: 'wlp-embed-height', height }, '*');
        parent.postMessage({ type: 'wlp-embed-height', height: 777 }, '*');
      </script>`);
    }
    res.end('<!doctype html><title>blank</title>');
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

async function openArticle(page: Page, iframe: string) {
  articleHtml = `<!doctype html><html><head><title>Article</title></head><body style="margin:0">
    <h1>An article</h1>${iframe}<p>After the chart.</p></body></html>`;
  await page.goto(`${hostOrigin}/article`);
}

const embedSrc = () => `${siteOrigin}${url({ page: 'embed-platform', id: 'taobao' }, 'en')}`;
const loaderSrc = () => `${siteOrigin}${url({ page: 'embed-loader' }, 'en')}`;

test.describe('embedding in another site', () => {
  test('the loader grows the iframe to its content', async ({ page }) => {
    await openArticle(page, `<iframe src="${embedSrc()}" data-wlp-embed width="100%" height="300" style="border:0" title="chart"></iframe><script src="${loaderSrc()}" async></script>`);
    const frame = page.locator('iframe[data-wlp-embed]');
    await expect(frame).toHaveAttribute('data-wlp-height', /\d+/);
    const reported = Number(await frame.getAttribute('data-wlp-height'));
    const inner = await page.frameLocator('iframe[data-wlp-embed]').locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(reported).toBe(inner);
    expect(reported).toBeGreaterThan(400);
    expect((await frame.boundingBox())!.height).toBeCloseTo(reported, 0);
    // The chart inside is the site's own drawing.
    await expect(page.frameLocator('iframe[data-wlp-embed]').locator('.embed__chart--wide svg.chart')).toBeVisible();
  });

  test('a loader that arrives after the embed has loaded still sizes it (it asks the embed again)', async ({ page }) => {
    await openArticle(page, `<iframe src="${embedSrc()}" data-wlp-embed width="100%" height="300" style="border:0" title="chart"></iframe>`);
    await page.frameLocator('iframe[data-wlp-embed]').locator('svg.chart').first().waitFor();
    await page.evaluate((src) => document.body.append(Object.assign(document.createElement('script'), { src })), loaderSrc());
    const frame = page.locator('iframe[data-wlp-embed]');
    await expect(frame).toHaveAttribute('data-wlp-height', /\d+/);
    expect(Number(await frame.getAttribute('data-wlp-height'))).toBeGreaterThan(400);
  });

  test('without the loader the iframe keeps its own height and still shows the chart', async ({ page }) => {
    await openArticle(page, `<iframe src="${embedSrc()}" data-wlp-embed width="100%" height="640" style="border:0" title="chart"></iframe>`);
    const frame = page.locator('iframe[data-wlp-embed]');
    await expect(page.frameLocator('iframe[data-wlp-embed]').locator('svg.chart').first()).toBeVisible();
    expect((await frame.boundingBox())!.height).toBe(640);
  });

  test('forged messages are ignored: from the host itself, from another origin, non-numeric or absurd heights', async ({ page }) => {
    await openArticle(page, `<iframe src="${embedSrc()}" data-wlp-embed width="100%" height="300" style="border:0" title="chart"></iframe><script src="${loaderSrc()}" async></script>`);
    const frame = page.locator('iframe[data-wlp-embed]');
    await expect(frame).toHaveAttribute('data-wlp-height', /\d+/);
    const good = await frame.getAttribute('data-wlp-height');
    // The host page itself posting a message (wrong source).
    await page.evaluate(() => window.postMessage({ type: 'wlp-embed-height', height: 1234 }, '*'));
    // The iframe navigated to a page of another origin that sends every kind of bad message.
    await page.evaluate((evil) => {
      (document.querySelector('iframe') as HTMLIFrameElement).contentWindow!.location.href = evil;
    }, `${hostOrigin}/evil`);
    await page.waitForTimeout(500);
    await expect(frame).toHaveAttribute('data-wlp-height', good!);
    expect(Math.round((await frame.boundingBox())!.height)).toBe(Number(good));
  });

  test('iframes in the embed code load lazily', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: 'taobao' }, 'en'));
    const code = await page.locator('[data-code="loader"]').inputValue();
    expect(code).toContain('loading="lazy"');
  });
});

test.describe('oEmbed', () => {
  test('each embed page links a valid rich oEmbed file whose HTML loads the chart', async ({ page }) => {
    test.skip(!builtSite(), NEEDS_ADDRESS);
    await page.goto(url({ page: 'embed-platform', id: 'taobao' }, 'zh'));
    const link = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const json = JSON.parse(readFileSync(join(DIST, new URL(link!).pathname), 'utf8'));
    expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: '微信外链政策史', title: '淘宝在微信中的待遇' });
    expect(json.width).toBeGreaterThan(300);
    expect(json.height).toBeGreaterThan(300);
    expect(json.thumbnail_url).toMatch(/\/images\/zh\/platform-taobao\.png$/);
    expect(json.thumbnail_height).toBeGreaterThan(0);
    const html = (json.html as string).replaceAll(new URL(json.provider_url).origin, siteOrigin);
    await openArticle(page, html);
    await expect(page.frameLocator('iframe[data-wlp-embed]').locator('svg.chart').first()).toBeVisible();
    await expect(page.locator('iframe[data-wlp-embed]')).toHaveAttribute('data-wlp-height', /\d+/);
  });
});

test.describe('embed pages', () => {
  for (const width of [320, 480, 800, 1200]) {
    test(`read sensibly at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const route of [{ page: 'embed-platform', id: 'taobao' }, { page: 'embed-matrix-snapshot', at: '2021-11-30' }, { page: 'embed-diff-snapshot', from: '2021-11-29', to: '2021-11-30' }] as const) {
        await page.goto(url(route, 'en'));
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        const chart = page.locator('.embed__chart svg:visible');
        await expect(chart).toHaveCount(1);
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(width * 0.8);
        // Text stays legible: the drawing is never scaled below 80 % of its design size.
        const designWidth = Number(await chart.getAttribute('width'));
        expect(box.width / designWidth).toBeGreaterThan(0.8 * Math.min(1, width / designWidth) - 0.01);
      }
    });
  }

  test('?theme=dark and the reader’s dark setting both give a dark embed; ?theme=light overrides the setting', async ({ browser }) => {
    const bg = async (scheme: 'light' | 'dark', theme?: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url({ page: 'embed-platform', id: 'taobao', ...(theme ? { theme } : {}) }, 'en'));
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return colour;
    };
    expect(await bg('light')).toBe('rgb(247, 246, 242)');
    expect(await bg('light', 'dark')).toBe('rgb(21, 24, 26)');
    expect(await bg('dark')).toBe('rgb(21, 24, 26)');
    expect(await bg('dark', 'light')).toBe('rgb(247, 246, 242)');
  });

  test('have a title, the credit with “as of”, and a link back to the full page', async ({ page }) => {
    await page.goto(url({ page: 'embed-matrix-snapshot', at: '2021-09-17' }, 'en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Platforms × surfaces as of 17 September 2021');
    await expect(page.locator('.embed__footer')).toContainText('Source: WeChat Link Policy History · Data as of 1 December 2021');
    await expect(page.locator('.embed__footer a')).toHaveAttribute('href', url({ page: 'matrix-snapshot', at: '2021-09-17' }, 'en'));
    await expect(page.locator('.embed__footer a')).toHaveAttribute('target', '_blank');
  });

  test('the live matrix embed draws any ?at= day', async ({ page }) => {
    await page.goto(url({ page: 'embed-matrix', at: '2021-06-01' }, 'en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Platforms × surfaces as of 1 June 2021');
    await expect(page.locator('[data-live-chart] svg [data-platform="jd"][data-surface="mini-program"][data-capability="offers-open-app"][data-value="no"]')).toHaveCount(1);
    await expect(page.locator('[data-live-chart] svg [data-platform="jd"][data-surface="private-chat"][data-level="unknown"]')).toHaveCount(1);
  });

  test('the live diff embed explains a bad date and still draws', async ({ page }) => {
    await page.goto(url({ page: 'embed-diff', from: '2021-02-30', to: '2021-12-01' }, 'en'));
    await expect(page.locator('[data-query-message]')).toContainText('February 2021 has 28 days');
    await expect(page.locator('[data-live-chart] svg')).toBeVisible();
  });
});

test.describe('the embed panel', () => {
  test('copies the iframe code with the loader, by keyboard', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(url({ page: 'platform', id: 'taobao' }, 'en'));
    const summary = page.getByText('Embed this chart');
    await summary.focus();
    await page.keyboard.press('Enter');
    const copy = page.locator('copy-button[data-target$="-loader"] button');
    // The button is shown only once its script has run (copying needs it); the panel's code loads when reached.
    await expect(copy).toBeVisible();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(copy).toHaveText('Copied ✓');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(await page.locator('[data-code="loader"]').inputValue());
    expect(clip).toContain(`${url({ page: 'embed-platform', id: 'taobao', theme: 'light' }, 'en')}"`);
    expect(clip).toContain(`<script src="${new URL(url({ page: 'embed-loader' }, 'en'), clip.match(/src="(https?:\/\/[^/]+)/)![1]).toString()}" async></script>`);
    await page.locator('copy-button[data-target$="-plain"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('<script');
    await context.close();
  });

  test('lists stable image URLs that exist, in every layout', async ({ page, request }) => {
    await page.goto(url({ page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' }, 'zh'));
    for (const [layout, suffix, formats] of [
      ['natural', '', ['SVG', 'PNG', 'PNG 2×']],
      ['article', '-600', ['SVG', 'PNG', 'PNG 2×']],
      // Drawn at 3× already: no 2× file.
      ['phone', '-phone', ['SVG', 'PNG']],
    ] as const) {
      const links = page.locator(`.chart-tools__downloads [data-layout="${layout}"] [data-format]`);
      expect(await links.allTextContents()).toEqual(formats);
      for (const link of await links.all()) {
        const href = await link.getAttribute('href');
        expect(href).toMatch(new RegExp(`/images/zh/diff-2021-11-29-2021-11-30${suffix}(@2x)?\\.(svg|png)$`));
        expect((await request.get(href!)).status()).toBe(200);
      }
    }
  });

  test('on a day with no prebuilt chart, points at the live embed and offers images drawn in the browser', async ({ page }) => {
    await page.goto(url({ page: 'matrix', at: '2021-10-01' }, 'en'));
    const control = page.locator('[data-embed-control]');
    await expect.poll(() => control.locator('[data-code="plain"]').inputValue()).toContain(`${url({ page: 'embed-matrix', at: '2021-10-01' }, 'en')}`);
    await expect(control).not.toHaveAttribute('data-image');
    await expect(control.locator('[data-layout="article"] [data-format="PNG"]')).toHaveAttribute('href', '#');
    await expect(control.locator('[data-layout="article"] [data-format="PNG"]')).toHaveAttribute('download', 'matrix-2021-10-01-600.en.png');
    await page.goto(url({ page: 'matrix', at: '2021-09-19' }, 'en'));
    await expect(control).toHaveAttribute('data-image', JSON.stringify({ kind: 'matrix', at: '2021-09-19' }));
    expect(await control.locator('[data-code="plain"]').inputValue()).toContain(url({ page: 'embed-matrix-snapshot', at: '2021-09-19' }, 'en'));
  });
});

test.describe('social previews', () => {
  test('event and platform pages name their image, which exists', async ({ page, request }) => {
    test.skip(!builtSite(), NEEDS_ADDRESS);
    for (const route of [{ page: 'event', id: 'group-chat-opening' }, { page: 'platform', id: 'taobao' }] as const) {
      await page.goto(url(route, 'zh'));
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
      expect(alt!.length).toBeGreaterThan(10);
      expect((await request.get(new URL(image!).pathname)).status()).toBe(200);
    }
  });
});

test.describe('embed accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`embed pages have no axe violations (${theme})`, async ({ page }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      for (const route of [
        { page: 'embed-platform', id: 'taobao', theme },
        { page: 'embed-matrix-snapshot', at: '2021-11-30', theme },
        { page: 'embed-diff-snapshot', from: '2021-09-17', to: '2021-09-19', theme },
      ] as const) {
        await page.goto(url(route, 'zh'));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});

test.describe('the timeline embed', () => {
  test('takes the timeline’s view parameters and keeps its own address as the view changes', async ({ page }) => {
    await page.goto(`${url({ page: 'embed-timeline' }, 'en')}?from=2021-09-01&to=2021-12-31&theme=dark`);
    const chart = page.locator('event-timeline.is-live svg.tl');
    await expect(chart).toBeVisible();
    // The view snaps to whole axis steps around the requested range.
    const from = Number(await chart.getAttribute('data-from'));
    expect(from).toBeGreaterThanOrEqual(parseIsoDay('2021-08-15'));
    expect(from).toBeLessThanOrEqual(parseIsoDay('2021-09-01'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await chart.focus();
    await page.keyboard.press('-');
    await expect.poll(() => new URL(page.url()).pathname).toBe(url({ page: 'embed-timeline' }, 'en'));
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
    // Minimal chrome: no toolbar, no filters.
    await expect(page.locator('.timeline__controls')).toBeHidden();
    await expect(page.locator('.embed__footer a')).toHaveAttribute('href', url({ page: 'home' }, 'en'));
  });

  test('the home page’s embed panel follows the timeline’s view', async ({ page }) => {
    await page.goto(url({ page: 'home' }, 'en'));
    const control = page.locator('[data-timeline-embed-control] [data-embed-control]');
    // Its code comes when the reader reaches it, not with the page.
    await control.scrollIntoViewIfNeeded();
    await expect(control).toHaveAttribute('data-image', JSON.stringify({ kind: 'timeline' }));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => control.locator('[data-code="plain"]').inputValue()).toContain(`${url({ page: 'embed-timeline' }, 'en')}?from=`);
    await expect(control.locator('.chart-tools__layouts')).toBeHidden();
    await page.goto(`${url({ page: 'home' }, 'en')}?from=2021-01-01&to=2021-12-31`);
    await control.scrollIntoViewIfNeeded();
    await expect(control).toHaveAttribute('data-image', JSON.stringify({ kind: 'timeline', year: 2021 }));
  });

  test('timeline images exist whole and per year, sized like their SVG', async ({ request }) => {
    for (const chart of [{ kind: 'timeline' }, { kind: 'timeline', year: 2021 }] as const) {
      const svg = await (await request.get(url({ page: 'image', chart, format: 'svg' }, 'zh'))).text();
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
      const png = await (await request.get(url({ page: 'image', chart, format: 'png', scale: 2 }, 'zh'))).body();
      expect(pngSize(png).width).toBe(width * 2);
      expect(svg).toContain('<style>');
    }
  });
});
