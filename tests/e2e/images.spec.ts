import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { inkPixels, pngSize } from '../support/png.ts';
import { builtSite, DIST } from '../support/site.ts';

test.describe('built chart images', () => {
  test('each image comes at its natural width, 600 px and 1080 px, and each PNG follows its SVG at 1× and (but the phone layout, drawn at 3×) 2×', () => {
    for (const lang of ['zh', 'en']) {
      for (const [name, natural] of [['platform-taobao', 760], ['matrix-2021-11-30', 860], ['diff-2021-11-29-2021-11-30', 760], ['timeline-2021', 960]] as const) {
        for (const [suffix, expected] of [['', natural], ['-600', 600], ['-phone', 1080]] as const) {
          const svg = readFileSync(join(DIST, `images/${lang}/${name}${suffix}.svg`), 'utf8');
          const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
          const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
          expect(width).toBe(expected);
          expect(pngSize(join(DIST, `images/${lang}/${name}${suffix}.png`))).toEqual({ width, height });
          const double = join(DIST, `images/${lang}/${name}${suffix}@2x.png`);
          if (suffix === '-phone') expect(existsSync(double), double).toBe(false);
          else expect(pngSize(double)).toEqual({ width: width * 2, height: height * 2 });
        }
      }
    }
  });

  test('the 600 px layout is laid out again, not scaled: no text under 12 px', () => {
    for (const lang of ['zh', 'en']) {
      for (const name of ['platform-taobao', 'matrix-2021-11-30', 'diff-2021-11-29-2021-11-30', 'timeline-2021']) {
        const svg = readFileSync(join(DIST, `images/${lang}/${name}-600.svg`), 'utf8');
        expect(svg).toMatch(/viewBox="0 0 600 /);
        const sizes = [...svg.matchAll(/font-size(?:="|:)(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
        expect(sizes.length).toBeGreaterThan(3);
        expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(12);
      }
    }
  });

  test('no image credits an address the site does not have', () => {
    for (const lang of ['zh', 'en']) {
      const svg = readFileSync(join(DIST, `images/${lang}/matrix-2021-11-30-600.svg`), 'utf8');
      expect(svg).not.toMatch(/localhost|127\.0\.0\.1/);
      const site = builtSite();
      if (site) expect(svg).toContain(site);
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
