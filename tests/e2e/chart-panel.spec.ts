/**
 * The charts on pages as a journalist uses them: every layout's image and the chart's data
 * really download; the link to copy, the embed code (in the theme chosen) and the alt text
 * follow what is on screen after the reader changes it; captions say what the chart shows.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { IMAGE_LAYOUTS, imageFormats } from '../../src/lib/chart-id.ts';
import { parseCsv } from '../../src/lib/exports/csv.ts';
import { diff } from '../../src/lib/treatments/index.ts';
import { inkPixels, pngSize } from '../support/png.ts';
import { builtSite, treatmentIndex, url } from '../support/site.ts';
import { textProblems, textQuads } from '../support/text-boxes.ts';

const panel = (page: Page) => page.locator('[data-embed-control]').first();

test.describe('charts redrawn in the browser, measured by the browser', () => {
  for (const width of [1366, 375]) {
    test(`no label collides on the matrix and platform pages at ${width} px (en, zh)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const lang of ['en', 'zh'] as const) {
        for (const route of [{ page: 'matrix-snapshot', at: '2021-12-01' }, { page: 'platform', id: 'taobao' }, { page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' }] as const) {
          await page.goto(url(route, lang));
          await expect(page.locator('[data-live-chart] svg')).toBeVisible();
          const { quads, width: w, height: h } = await page.evaluate(textQuads, '[data-live-chart] svg');
          expect(quads.length).toBeGreaterThan(5);
          problems.push(...textProblems(`${url(route, lang)} at ${width}`, quads, w, h));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('downloads', () => {
  test('images of every layout and the chart’s data download under names that say what they are', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: 'taobao' }, 'en'));
    for (const [layout, format, name] of [
      ['natural', 'SVG', 'platform-taobao.en.svg'],
      ['article', 'PNG', 'platform-taobao-600.en.png'],
      ['natural', 'PNG 2×', 'platform-taobao@2x.en.png'],
      ['phone', 'PNG', 'platform-taobao-phone.en.png'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-layout="${layout}"] [data-format="${format}"]`).click()]);
      expect(download.suggestedFilename()).toBe(name);
    }
    // Each layout offers exactly the files built for it: the phone layout, drawn at 3×, has no 2× PNG.
    for (const layout of IMAGE_LAYOUTS) {
      const offered = await page.locator(`[data-layout="${layout}"] [data-format]`).allTextContents();
      expect(offered, layout).toEqual(imageFormats(layout).map((f) => (f.format === 'svg' ? 'SVG' : f.scale === 2 ? 'PNG 2×' : 'PNG')));
      for (const a of await page.locator(`[data-layout="${layout}"] [data-format]`).all()) {
        const response = await page.request.get(new URL((await a.getAttribute('href'))!, page.url()).href);
        expect(response.status(), `${layout} ${await a.textContent()}`).toBe(200);
      }
    }
    await expect(page.locator('[data-layout="phone"] [data-format="PNG 2×"]')).toHaveCount(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-data="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('platform-taobao.en.csv');
  });

  test('the chart’s data is the chart’s rows, in the page’s language, opinion and evidence included', async ({ request }) => {
    const csv = parseCsv(await (await request.get(url({ page: 'chart-data', chart: { kind: 'matrix', at: '2021-09-19' }, format: 'csv' }, 'zh'))).text());
    expect(csv[0]).toEqual(['平台', '场景', '链接类型', '项目', '值', '自', '来源', '观点', '来源原话']);
    // Taobao's one-to-one chat: a plain page, on Pei Pei's commentary alone.
    const level = csv.find((r) => r[0] === '淘宝' && r[1] === '一对一聊天' && r[2] === '' && r[3] === '待遇')!;
    expect(level.slice(4, 8)).toEqual(['普通网页', '2021-09-17', 'pei-2021-09-19', '是']);
    expect(level[8]).toContain('pei-2021-09-19: ');
    expect(csv.some((r) => r[0] === '淘宝' && r[1] === '群聊' && r[3] === '可直接打开' && r[4] === '否' && r[7] === '是')).toBe(true);
    const ended = diff(treatmentIndex(), '2021-11-29', '2021-11-30').rows;
    const json = (await (await request.get(url({ page: 'chart-data', chart: { kind: 'diff', from: '2021-11-29', to: '2021-11-30' }, format: 'json' }, 'en'))).json()) as {
      title: string;
      records: { after: string; basis: string; opinion: string }[];
    };
    expect(json.title).toBe('What changed between 29 November 2021 and 30 November 2021');
    // The update ended every value: each record goes to "no source", marked as ended.
    expect(json.records).toHaveLength(ended.length);
    for (const r of json.records) expect(r).toMatchObject({ after: 'No source', basis: 'ended', opinion: 'no' });
  });
});

test.describe('images of a state with none prebuilt, drawn in the browser', () => {
  const save = async (page: Page, layout: string, format: string): Promise<Download> =>
    (await Promise.all([page.waitForEvent('download'), panel(page).locator(`[data-layout="${layout}"] [data-format="${format}"]`).click()]))[0];
  const bytes = async (d: Download) => readFile((await d.path())!);

  test('another day’s matrix comes in every layout, framed as the build frames it, with no text colliding (en, zh)', async ({ page, request }) => {
    for (const [lang, title, note, drawn] of [
      ['en', 'Platforms × surfaces as of 1 October 2021', 'No images are prebuilt', 'Drawn by your browser.'],
      ['zh', '截至 2021年10月1日', '没有预先生成的图片', '图片已由浏览器画出。'],
    ] as const) {
      await page.goto(url({ page: 'matrix', at: '2021-10-01' }, lang));
      await expect(page.locator('[data-matrix-heading]')).toContainText(title);
      const made = panel(page).locator('[data-made-here]');
      await expect(made).toContainText(note);
      await expect(panel(page).locator('.chart-tools__layouts')).toBeVisible();
      // Every layout offers the files the build makes for a date of change, under the same kind of name.
      for (const layout of IMAGE_LAYOUTS) {
        const offered = await panel(page).locator(`[data-layout="${layout}"] [data-format]`).allTextContents();
        expect(offered).toEqual(imageFormats(layout).map((f) => (f.format === 'svg' ? 'SVG' : f.scale === 2 ? 'PNG 2×' : 'PNG')));
      }
      const svgFile = await save(page, 'article', 'SVG');
      expect(svgFile.suggestedFilename()).toBe(`matrix-2021-10-01-600.${lang}.svg`);
      await expect(made).toHaveText(drawn);
      const svg = (await bytes(svgFile)).toString('utf8');
      expect(svg).toContain(title);
      expect(svg).not.toContain('localhost');
      // The credit names the sources the matrix draws on, as a prebuilt image's does.
      const prebuilt = await (await request.get(url({ page: 'image', chart: { kind: 'matrix', at: '2021-09-19' }, layout: 'article', format: 'svg' }, lang))).text();
      const credit = (s: string) =>
        [...s.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).find((t) => t.startsWith(lang === 'en' ? 'Source: ' : '来源：'));
      // Compared without spaces: a wrapped line's break is a space in the text, wherever it falls in Chinese.
      const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');
      expect(flat(credit(svg))).toMatch(lang === 'en' ? /fromInternetPhantomThieves/ : /资料：互联网怪盗团/);
      // The sources are the same; the address, when the site has one, is the page of what is shown.
      const [named, sources] = flat(credit(svg)).split('·');
      expect(sources).toBe(flat(credit(prebuilt)).split('·')[1]);
      const site = builtSite();
      if (site) expect(named).toContain(`${site}${url({ page: 'matrix', at: '2021-10-01' }, lang)}`);
      else expect(named).not.toMatch(/https?:/);
      // Drawn in this page, its text boxes do not collide.
      await page.evaluate((markup) => {
        const holder = Object.assign(document.createElement('div'), { id: 'made-image' });
        holder.innerHTML = markup.replace(/^<\?xml[^>]*>\s*/, '');
        document.body.append(holder);
      }, svg);
      const { quads, width, height } = await page.evaluate(textQuads, '#made-image svg');
      expect(quads.length).toBeGreaterThan(20);
      expect(textProblems(`matrix-2021-10-01-600.${lang}.svg`, quads, width, height)).toEqual([]);
      await page.evaluate(() => document.querySelector('#made-image')!.remove());
      // The PNGs: the chart's width at each scale, as tall as the same matrix drawn by the build (give or take the fonts), and inked.
      const reference = (layout: 'natural' | 'article' | 'phone') => request.get(url({ page: 'image', chart: { kind: 'matrix', at: '2021-09-19' }, layout, format: 'png' }, lang)).then((r) => r.body());
      for (const [layout, format, width, name] of [
        ['article', 'PNG', 600, `matrix-2021-10-01-600.${lang}.png`],
        ['natural', 'PNG 2×', 1720, `matrix-2021-10-01@2x.${lang}.png`],
        ['phone', 'PNG', 1080, `matrix-2021-10-01-phone.${lang}.png`],
      ] as const) {
        const png = await save(page, layout, format);
        expect(png.suggestedFilename()).toBe(name);
        const file = await bytes(png);
        const size = pngSize(file);
        const built = pngSize(await reference(layout));
        const builtHeight = format === 'PNG 2×' ? built.height * 2 : built.height;
        expect(size.width, name).toBe(width);
        expect(Math.abs(size.height - builtHeight) / builtHeight, `${name}: ${size.height} px tall, the build's ${builtHeight}`).toBeLessThan(0.15);
        // The title's band is inked: the text was drawn, not left out for want of a font.
        expect(await inkPixels(file, { left: 0, top: 0, width: size.width, height: Math.round(size.width / 12) }), name).toBeGreaterThan(size.width / 4);
      }
    }
  });

  test('another range’s diff too, and a date of change goes back to the prebuilt files', async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2021-09-16', to: '2021-11-30' }, 'zh'));
    await expect(page.locator('[data-diff-heading]')).toContainText('2021年9月16日');
    const png = await save(page, 'article', 'PNG');
    expect(png.suggestedFilename()).toBe('diff-2021-09-16-2021-11-30-600.zh.png');
    expect(pngSize(await bytes(png)).width).toBe(600);
    const [csv] = await Promise.all([page.waitForEvent('download'), panel(page).locator('[data-data="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('diff-2021-09-16-2021-11-30.zh.csv');
    await page.goto(url({ page: 'matrix', at: '2021-09-19' }, 'en'));
    await expect(panel(page)).toHaveAttribute('data-image', JSON.stringify({ kind: 'matrix', at: '2021-09-19' }));
    await expect(panel(page).locator('[data-made-here]')).toBeHidden();
    expect(await panel(page).locator('[data-layout="article"] [data-format="PNG"]').getAttribute('href')).toBe(
      url({ page: 'image', chart: { kind: 'matrix', at: '2021-09-19' }, layout: 'article', format: 'png' }, 'en'),
    );
  });
});

test.describe('after the reader changes what is shown', () => {
  test('the diff’s caption, alt text, SVG title, embed code and data describe the diff on screen', async ({ page }) => {
    await page.goto(url({ page: 'diff-snapshot', from: '2021-05-20', to: '2021-09-17' }, 'en'));
    const before = await panel(page).locator('[data-alt]').textContent();
    await page.goto(url({ page: 'diff', from: '2021-09-16', to: '2021-11-30' }, 'en'));
    const heading = 'What changed between 16 September 2021 and 30 November 2021';
    await expect(page.locator('[data-diff-heading]')).toHaveText(heading);
    const rows = await page.locator('[data-diff-body] .diff-row').count();
    const alt = panel(page).locator('[data-alt]');
    await expect(alt).toContainText(`${rows} differences`);
    expect(await alt.textContent()).not.toBe(before);
    await expect(page.locator('chart-figure [data-chart-alt]')).toHaveText((await alt.textContent())!);
    await expect(page.locator('[data-live-chart] svg title')).toHaveText(heading);
    const code = await panel(page).locator('[data-code="plain"]').inputValue();
    expect(code).toContain(`title="${heading}"`);
    expect(code).toContain(url({ page: 'embed-diff', from: '2021-09-16', to: '2021-11-30', theme: 'light' }, 'en').replaceAll('&', '&amp;'));
    // No prebuilt image shows these days: the data comes from the rows on screen.
    await expect(panel(page).locator('[data-made-here]')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page).locator('[data-data="csv"]').click()]);
    const text = await (await import('node:fs')).promises.readFile((await download.path())!, 'utf8');
    expect(parseCsv(text).length - 1).toBe(rows);
  });

  test('the link to copy carries the state of the chart', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(url({ page: 'matrix', at: '2021-10-01' }, 'en'));
    await expect(page.locator('[data-matrix-heading]')).toHaveText('Platforms × surfaces as of 1 October 2021');
    // The panel's code comes when the reader reaches it (its copy button shows then).
    await panel(page).scrollIntoViewIfNeeded();
    await panel(page).getByRole('button', { name: 'Copy a link to this chart' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe(url({ page: 'matrix', at: '2021-10-01' }, 'en'));
    await context.close();
  });

  test('the embed code is light by default, and takes the theme the journalist picks', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: 'taobao' }, 'en'));
    // Opened by keyboard: a click can land beside the summary while the figure above is laid out again at its width.
    await panel(page).getByText('Embed this chart').focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByLabel('Dark')).toBeVisible();
    const code = () => panel(page).locator('[data-code="loader"]').inputValue();
    expect(await code()).toContain(`${url({ page: 'embed-platform', id: 'taobao', theme: 'light' }, 'en')}"`);
    await panel(page).getByLabel('Dark').check();
    expect(await code()).toContain(`${url({ page: 'embed-platform', id: 'taobao', theme: 'dark' }, 'en')}"`);
    await panel(page).getByLabel('Follow the reader’s system setting').check();
    expect(await code()).toContain(`${url({ page: 'embed-platform', id: 'taobao' }, 'en')}"`);
    expect(await code()).not.toContain('theme=');
  });

  test('the timeline’s caption and alt text say how its lanes are made', async ({ page }) => {
    await page.goto(`${url({ page: 'embed-timeline' }, 'en')}?lanes=platform`);
    await expect(page.locator('[data-embed-subtitle]')).toHaveText(/^Lanes by platform;/);
    // The home page's panel follows the timeline once the reader reaches it.
    await page.goto(url({ page: 'home' }, 'en'));
    await page.locator('[data-timeline-embed-control]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-timeline-embed-control] [data-alt]')).toContainText('in lanes by actor');
    await page.goto(`${url({ page: 'home' }, 'en')}?lanes=platform`);
    await page.locator('[data-timeline-embed-control]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-timeline-embed-control] [data-alt]')).toContainText('in lanes by platform');
  });
});
