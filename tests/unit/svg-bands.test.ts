/**
 * Tall images are drawn band by band (src/charts/node/svg-bands.ts): each band must hold every
 * element that can reach it, and the PNG must be the very file the image drawn whole gives.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCache, type FileCache } from '../../src/build/file-cache.ts';
import { rasterise, useBundledFonts } from '../../src/charts/node/raster.ts';
import { pathExtent, svgBands, verticalTransform } from '../../src/charts/node/svg-bands.ts';

const SNAPSHOTS = join(import.meta.dirname, 'charts/output');

/** A 200 × 5,000 image: a rule and a line of text every 100 units, and things whose extent is not read. */
function tallSvg(extra = ''): string {
  let body = '<rect width="200" height="5000" fill="#fff" />';
  for (let y = 50; y < 5000; y += 100) {
    body += `<line x1="0" x2="200" y1="${y}" y2="${y}" stroke="#999" /><text font-size="14" fill="#123"><tspan x="10" y="${y + 30}">行 ${y}</tspan><tspan x="10" y="${y + 48}">line ${y}</tspan></text>`;
    body += `<path transform="translate(150,${y + 20}) scale(0.75)" d="M3 8.5l3.2 3.2L13 4.8" stroke="#080" fill="none" />`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="5000" viewBox="0 0 200 5000" font-family="'Noto Sans', 'Noto Sans SC', sans-serif" font-size="14"><g transform="translate(0,0)">${body}</g>${extra}</svg>`;
}

describe('svgBands', () => {
  it('cuts a tall image into bands of whole tile rows, and leaves one that fits alone', () => {
    const cut = svgBands(tallSvg(), 1)!;
    expect(cut.bands.map((b) => [b.top, b.height])).toEqual([
      [0, 2000],
      [2000, 2000],
      [4000, 1000],
    ]);
    expect([cut.width, cut.height]).toEqual([200, 5000]);
    expect(cut.bands[1]!.svg).toContain('viewBox="0 2000 200 2000"');
    expect(cut.bands[1]!.svg).toContain('height="2000"');
    // At twice the size a band is 1,000 units of the image's own, still 2,000 pixels.
    expect(svgBands(tallSvg(), 2)!.bands.map((b) => b.height)).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(svgBands(tallSvg(), 2)!.bands[1]!.svg).toContain('viewBox="0 1000 200 1000"');
    expect(svgBands('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="1900"><rect width="200" height="1900" /></svg>', 1)).toBeUndefined();
  });

  it('keeps the elements that reach a band, with a margin, and drops the rest', () => {
    const middle = svgBands(tallSvg(), 1)!.bands[1]!.svg;
    expect(middle).toContain('行 2050');
    expect(middle).toContain('y1="3950"');
    // Just above the band, but its glyphs could reach into it.
    expect(middle).toContain('行 1950');
    expect(middle).not.toContain('行 1850');
    expect(middle).not.toContain('行 4050');
    expect(middle).not.toContain('y1="50"');
    expect(middle).not.toContain('translate(150,70)');
    expect(middle).toContain('translate(150,2070)');
    // The root and the group around everything are in every band.
    expect(middle).toContain('<g transform="translate(0,0)">');
  });

  it('keeps in every band what it cannot place: other transforms, dy, arcs, use, filters', () => {
    const unknown = [
      '<g transform="rotate(10)"><rect x="0" y="100" width="10" height="10" /></g>',
      '<text y="100" dy="4000">dy</text>',
      '<path d="M0 100 A 5 5 0 0 1 10 100" />',
      '<use href="#x" y="100" />',
      '<rect y="100" height="10" width="10" filter="url(#f)" />',
      '<rect y="100" height="10" width="10" style="transform: translateY(3000px)" />',
      '<text y="100 4000">a y list</text>',
      '<text y="100"><tspan y="4000" dy="3">a shifted span</tspan></text>',
    ];
    const bands = svgBands(tallSvg(unknown.join('')), 1)!.bands;
    for (const band of bands) for (const element of unknown) expect(band.svg).toContain(element.replace(/\s*\/?>.*$/, ''));
  });

  it('places text where its characters sit: at y 0 without a y, on the line a span continues', () => {
    const placed = ['<text font-size="14">at the top</text>', '<text y="4500"><tspan x="0">continues at 4,500</tspan></text>', '<text y="100"><tspan x="0" y="4500">moved to 4,500</tspan></text>'];
    const [first, second, third] = svgBands(tallSvg(placed.join('')), 1)!.bands.map((b) => b.svg) as [string, string, string];
    expect(first).toContain('at the top');
    expect(second).not.toContain('at the top');
    expect(third).toContain('continues at 4,500');
    expect(first + second).not.toContain('continues at 4,500');
    // The text's own y places no character: its only line is the span's, at 4,500.
    expect(third).toContain('moved to 4,500');
    expect(first + second).not.toContain('moved to 4,500');
  });

  it('draws whole what it cannot cut exactly: CSS, odd scales, no size', () => {
    expect(svgBands(tallSvg('<style>text { font-size: 30px }</style>'), 1)).toBeUndefined();
    expect(svgBands(tallSvg().replace('viewBox="0 0 200 5000"', 'viewBox="0 0 200.5 5000"'), 1)).toBeUndefined();
    expect(svgBands(tallSvg().replace('width="200" height="5000"', ''), 1)).toBeUndefined();
  });

  it('reads the vertical reach of transforms and paths', () => {
    expect(verticalTransform(null)).toEqual([0, 1]);
    expect(verticalTransform('translate(20,130)')).toEqual([130, 1]);
    expect(verticalTransform('translate(97.1, 2145.4) scale(0.75)')).toEqual([2145.4, 0.75]);
    expect(verticalTransform('translate(5)')).toEqual([0, 1]);
    expect(verticalTransform('rotate(90)')).toBeUndefined();
    expect(verticalTransform('translate(0,10) rotate(3)')).toBeUndefined();
    expect(pathExtent('M4 4l8 8M12 4l-8 8')).toEqual([4, 12]);
    expect(pathExtent('M0,4 h8 M4,0 v8')).toEqual([0, 8]);
    expect(pathExtent('m10 10 c0 -20 10 -20 10 0 z')).toEqual([-10, 10]);
    expect(pathExtent('M0 0 Q 5 30 10 0 T 20 0')).toEqual([0, 30]);
    expect(pathExtent('M0 0 A 5 5 0 0 1 10 0')).toBeUndefined();
    expect(pathExtent('')).toBeUndefined();
  });
});

describe('banded rasterising', () => {
  useBundledFonts();

  it('makes the same PNG, byte for byte, as drawing the image whole', async () => {
    for (const scale of [1, 2] as const) {
      const svg = tallSvg();
      expect(svgBands(svg, scale)!.bands.length).toBeGreaterThan(1);
      const [whole, banded] = [await rasterise(svg, scale, { banded: false }), await rasterise(svg, scale)];
      expect(banded.equals(whole), `tall test image at ${scale}×`).toBe(true);
    }
  });

  it('keeps each band, so an image changed in one band draws only that band again, and the PNG is still the one drawn whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'png-bands-'));
    try {
      const stored = fileCache(folder, '.png');
      const written: string[] = [];
      const cache: FileCache = { ...stored, write: (key, bytes) => (written.push(key), stored.write(key, bytes)) };
      const bands = { cache, renderer: 'test' };
      const before = tallSvg();
      const after = before.replace('>行 2450<', '>行 2450 edited<');
      expect(after).not.toBe(before);

      expect((await rasterise(before, 1, { bands })).equals(await rasterise(before, 1, { banded: false }))).toBe(true);
      expect(written).toHaveLength(3);
      written.length = 0;
      const edited = await rasterise(after, 1, { bands });
      // Only the middle band (2,000-4,000 px) shows the edited line.
      expect(written).toHaveLength(1);
      expect(edited.equals(await rasterise(after, 1, { banded: false }))).toBe(true);
      expect(edited.equals(await rasterise(before, 1, { bands }))).toBe(false);
      // Another renderer (other fonts, another sharp) draws every band afresh.
      written.length = 0;
      await rasterise(after, 1, { bands: { cache, renderer: 'other' } });
      expect(written).toHaveLength(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('makes the same PNGs as drawing whole for every committed chart drawing it cuts, with its bands drawn afresh or kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'png-bands-'));
    try {
      // As the build draws them: each band kept as a PNG of its own, then joined.
      const bands = { cache: fileCache(folder, '.png'), renderer: 'test' };
      let cut = 0;
      for (const file of readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.svg'))) {
        const svg = readFileSync(join(SNAPSHOTS, file), 'utf8');
        for (const scale of [1, 2] as const) {
          if (!svgBands(svg, scale)) continue;
          cut++;
          const [whole, banded, kept] = [await rasterise(svg, scale, { banded: false }), await rasterise(svg, scale), await rasterise(svg, scale, { bands })];
          expect(banded.equals(whole), `${file} at ${scale}×`).toBe(true);
          expect(kept.equals(whole), `${file} at ${scale}×, bands kept`).toBe(true);
        }
      }
      // The phone layouts of the real matrix and timeline are several bands tall.
      expect(cut).toBeGreaterThanOrEqual(10);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
