import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { inkPixels, pngSize } from '../support/png.ts';
import { DIST } from '../support/site.ts';

test.describe('built chart images', () => {
  test('PNG sizes follow the SVG at 1× and 2×', () => {
    for (const lang of ['zh', 'en']) {
      for (const name of ['platform-taobao', 'matrix-2021-11-30', 'diff-2021-11-29-2021-11-30']) {
        const svg = readFileSync(join(DIST, `images/${lang}/${name}.svg`), 'utf8');
        const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
        const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
        expect(pngSize(join(DIST, `images/${lang}/${name}.png`))).toEqual({ width, height });
        expect(pngSize(join(DIST, `images/${lang}/${name}@2x.png`))).toEqual({ width: width * 2, height: height * 2 });
      }
    }
  });

  test('a Chinese chart title is drawn in ink', async () => {
    // The title "淘宝在微信中的待遇" sits in the top band of the image.
    expect(await inkPixels(join(DIST, 'images/zh/platform-taobao.png'), { left: 0, top: 0, width: 400, height: 50 })).toBeGreaterThan(800);
  });

  test('each SVG image carries its title, alt text, "as of" line and credit', () => {
    const svg = readFileSync(join(DIST, 'images/en/platform-taobao.svg'), 'utf8');
    expect(svg).toContain('<title id="image-platform-taobao-title">Taobao in WeChat</title>');
    expect(svg).toMatch(/<desc id="image-platform-taobao-desc">Chart of how Taobao/);
    expect(svg).toContain('As of 1 December 2021 (China Standard Time)');
    expect(svg).toContain('Source: WeChat Link Policy History');
  });

  test('event preview cards are 1200 × 630', () => {
    expect(pngSize(join(DIST, 'images/zh/events/group-chat-opening.png'))).toEqual({ width: 1200, height: 630 });
  });
});
