/**
 * SVG → PNG for chart images, with the project's own fonts (src/charts/node/bundled-fonts.ts):
 * fontconfig is pointed at those fonts alone, so text renders the same on any machine, with
 * no system fonts and nothing downloaded. Server-only.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { crc32 } from 'node:zlib';
import { cacheFolder, cacheKey, fileCache, type FileCache } from '../../build/file-cache.ts';
import { recentlyUsed } from '../../lib/recently-used.ts';
import { fontconfigFile, fontVersions, portableFontconfig } from './bundled-fonts.ts';
import { pixelSource } from './pixel-source.ts';
import { svgBands } from './svg-bands.ts';

let configured: string | undefined;

/**
 * Points this process's fontconfig (which sharp's SVG renderer uses) at the bundled fonts;
 * WLP_IMAGE_FONTS=none at no fonts at all (a diagnostic, and the font test's control).
 */
export function useBundledFonts(): string {
  if (!configured) {
    configured = fontconfigFile();
    process.env.FONTCONFIG_FILE = configured;
  }
  return configured;
}

/**
 * zlib level 3, not sharp's default 6: rasterising is most of a build's time, and at level 3
 * a matrix image encodes in about half the time (85 → 48 ms measured) for 2% more bytes.
 */
const PNG_OPTIONS = { compressionLevel: 3 } as const;

/**
 * A band of a tall image is kept as a PNG at zlib level 1: it is only read back to be joined,
 * and at level 3 encoding it would cost more than the joining saves.
 */
const BAND_PNG_OPTIONS = { compressionLevel: 1 } as const;

/**
 * The latest images' pixel sources: an image's PNG and PNG @2x are asked for one after the
 * other, from the same SVG, and reading out what draws nothing takes about 15 ms per MB.
 */
const pixelSources = recentlyUsed<string, string>(8);

let pngCache: FileCache | undefined;
let bandCache: FileCache | undefined;
/** What, besides the SVG and scale, decides the pixels: read once per process. */
let renderer: string | undefined;

/**
 * Rasterises an SVG document at a scale (1 = its own pixel size, 2 = retina). Results are
 * cached on disk (src/build/file-cache.ts) by the SVG, the scale, the fonts and sharp's
 * libraries, so a rebuild rasterises only the charts whose pixels changed (the SVG is drawn
 * without its screen-reader text: ./pixel-source.ts). A tall image is drawn in
 * bands (./svg-bands.ts): the same pixels, for a fraction of the work; each band is cached
 * too, so when an edit changes one line of a 21,000 px phone timeline and moves nothing below
 * it, only the band that shows it is drawn again and the rest are joined from the cache
 * (0.8 s → 0.25 s of CPU). A line that wraps anew moves every band below it: those are drawn again.
 */
export async function svgToPng(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = useBundledFonts();
  const sharp = await loadSharp();
  pngCache ??= fileCache(cacheFolder('png'), '.png');
  // The fontconfig file names the font folders (or none), wherever the checkout is; the packages' versions the fonts.
  renderer ??= `${portableFontconfig(readFileSync(fonts, 'utf8'))}\0${fontVersions()}\0${JSON.stringify(sharp.versions)}\0${JSON.stringify(PNG_OPTIONS)}`;
  // Drawn, and so cached, without what draws nothing: an edited aria-label is the same image.
  let drawn = pixelSources.get(svg);
  if (drawn === undefined) pixelSources.set(svg, (drawn = pixelSource(svg)));
  const key = cacheKey(drawn, String(scale), renderer);
  let png = pngCache.read(key);
  if (!png) {
    bandCache ??= fileCache(cacheFolder('png-bands'), '.png');
    png = await rasterise(drawn, scale, { bands: { cache: bandCache, renderer } });
    pngCache.write(key, png);
  }
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | undefined;
function loadSharp(): Promise<Sharp> {
  return (sharpModule ??= import('sharp').then(({ default: sharp }) => {
    // Every image is drawn once, so libvips' cache of recent operations only holds memory.
    sharp.cache(false);
    return sharp;
  }));
}

/**
 * At most this many images, or bands of a tall one, are drawn at once, whatever the number
 * of pages Astro renders at a time: one per core keeps the cores busy, and a tall image holds
 * 100 MB of pixels. A tall image's bands take a place each, so one drawn while nothing else
 * is (the last of an edit's rebuild, which the whole build waits for) uses every core.
 */
const drawing = limit(Math.max(1, availableParallelism()));

export interface RasteriseOptions {
  /** False: always draw the image whole (the bands' test compares against that). */
  readonly banded?: boolean;
  /** Where a tall image's bands are kept between builds, and what else decides their pixels. */
  readonly bands?: { readonly cache: FileCache; readonly renderer: string };
}

/** The PNG of an SVG at a scale, drawn whole or, if tall, band by band. */
export async function rasterise(svg: string, scale: 1 | 2, { banded = true, bands }: RasteriseOptions = {}): Promise<Buffer> {
  const sharp = await loadSharp();
  const density = 72 * scale;
  const cut = banded ? svgBands(svg, scale) : undefined;
  if (!cut) return drawing(() => sharp(Buffer.from(svg), { density, limitInputPixels: false }).png(PNG_OPTIONS).toBuffer());
  // A band is its own SVG, sized in pixels: drawn at the loader's 72 dpi, or read from the cache.
  const drawBand = async (bandSvg: string): Promise<Buffer> => {
    const key = bands && cacheKey(bandSvg, bands.renderer, JSON.stringify(BAND_PNG_OPTIONS));
    const cached = key && bands.cache.read(key);
    if (cached) return cached;
    const png = await drawing(() => sharp(Buffer.from(bandSvg), { limitInputPixels: false }).png(BAND_PNG_OPTIONS).toBuffer());
    if (key) bands.cache.write(key, png);
    return png;
  };
  const inputs = await Promise.all(cut.bands.map((band) => drawBand(band.svg)));
  // libvips stacks the bands (padding the last to the others' height, cut off again): no
  // pixels pass through JS. The PNG then says the image's resolution, as one drawn whole does.
  const png = await drawing(() =>
    sharp(inputs, { limitInputPixels: false, join: { across: 1 } })
      .extract({ left: 0, top: 0, width: cut.width, height: cut.height })
      .png(PNG_OPTIONS)
      .toBuffer(),
  );
  return withResolution(png, density);
}

/**
 * The PNG with its pHYs chunk saying `dpi`, as the SVG loader's own PNG says it (sharp gives
 * raw pixels no resolution), so a banded image is the same file as one drawn whole.
 */
function withResolution(png: Buffer, dpi: number): Buffer {
  const at = png.indexOf('pHYs', 8, 'latin1');
  if (at < 4 || png.readUInt32BE(at - 4) !== 9) throw new Error('svgToPng: the PNG has no pHYs chunk to set');
  const perMetre = Math.round(dpi / 0.0254);
  png.writeUInt32BE(perMetre, at + 4);
  png.writeUInt32BE(perMetre, at + 8);
  png.writeUInt8(1, at + 12);
  png.writeUInt32BE(crc32(png.subarray(at, at + 13)), at + 13);
  return png;
}

/** A promise queue that runs at most `n` tasks at once. */
function limit(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finished task hands its place straight to the next one waiting.
    if (running < n) running++;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
