/**
 * Text in every published chart, as the images are drawn: rendered in Chromium with the
 * bundled fonts alone (the same fontconfig file that sharp rasterises with), every chart
 * SVG of every language and layout, and every embed page's static drawings. No two text
 * boxes of different text elements overlap, and no text leaves its image.
 *
 * And every character drawn in an image or printed in a PDF exists in the fonts that draw
 * them (their character maps, read from the font files), and the PDFs embed only those
 * fonts, as real fonts (never Type 3).
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { fontconfigFile, fontFiles } from '../../src/charts/node/bundled-fonts.ts';
import { characterSet } from '../../src/charts/node/font-metrics.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { chartDrawings, drawnText, pdfFiles } from '../support/chart-files.ts';
import { textProblems, textQuads } from '../support/text-boxes.ts';
import { content } from '../support/site.ts';

test.describe('text in the published charts', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(false) },
    });
  });
  test.afterAll(() => browser.close());

  test('no two text boxes overlap and no text leaves its image, in every chart, language and width', async () => {
    test.setTimeout(0);
    const page = await browser.newPage();
    const drawings = chartDrawings();
    expect(drawings.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const d of drawings) {
      await page.setContent(`<!doctype html><html><body style="margin:0">${d.svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
      const { quads, width, height } = await page.evaluate(textQuads, 'body > svg');
      problems.push(...textProblems(d.name, quads, width, height));
    }
    expect(problems).toEqual([]);
  });
});

test.describe('glyphs', () => {
  const covered = (() => {
    const set = new Set<number>();
    for (const f of fontFiles()) for (const cp of characterSet(f)) set.add(cp);
    return set;
  })();
  const missing = (text: string) => [...new Set([...text])].filter((ch) => !/\s/.test(ch) && !covered.has(ch.codePointAt(0)!));

  test('every character drawn in an image is in the bundled fonts', () => {
    const problems = chartDrawings().flatMap((d) => missing(drawnText(d.svg)).map((ch) => `${d.name}: “${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`));
    // The event cards draw each event's date, title and summary, the site's name and the opinion badge.
    const cards = LANGS.flatMap((lang) =>
      content().events.flatMap(({ data: e }) => [t(lang, 'site.name'), t(lang, 'event.opinion'), formatDate(e.effective ?? e.date, lang), e.title[lang], e.summary[lang]]),
    );
    problems.push(...missing(cards.join('')).map((ch) => `event cards: “${ch}”`));
    expect(problems).toEqual([]);
  });

  test('every character printed in a PDF is in the bundled fonts, which the PDFs embed as real fonts', () => {
    const pdfs = pdfFiles();
    expect(pdfs.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const pdf of pdfs) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text.length, pdf).toBeGreaterThan(100);
      problems.push(...missing(text.replace(/[\u0000-\u001f]/g, '')).map((ch) => `${pdf}: “${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`));
      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
      for (const line of fonts) {
        const name = line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '');
        if (!/^NotoSans(SC)?-(Regular|Bold|Italic)$/.test(name)) problems.push(`${pdf}: embeds ${name}, not a bundled font`);
        if (/Type 3/.test(line)) problems.push(`${pdf}: ${name} is a Type 3 font`);
      }
    }
    expect(problems).toEqual([]);
  });
});
