/**
 * SVG → PNG for chart images, with the project's own fonts (src/charts/node/bundled-fonts.ts):
 * fontconfig is pointed at those fonts alone, so text renders the same on any machine, with
 * no system fonts and nothing downloaded. Server-only.
 */
import { readFileSync } from 'node:fs';
import { cacheFolder, cacheKey, fileCache, type FileCache } from '../../build/file-cache.ts';
import { fontconfigFile, fontVersions } from '../node/bundled-fonts.ts';

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

let pngCache: FileCache | undefined;
/** What, besides the SVG and scale, decides the pixels: read once per process. */
let renderer: string | undefined;

/**
 * Rasterises an SVG document at a scale (1 = its own pixel size, 2 = retina). Results are
 * cached on disk (src/build/file-cache.ts) by the SVG, the scale, the fonts and sharp's
 * libraries, so a rebuild rasterises only the charts that changed.
 */
export async function svgToPng(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = useBundledFonts();
  const { default: sharp } = await import('sharp');
  pngCache ??= fileCache(cacheFolder('png'), '.png');
  // The fontconfig file names the font folders (or none); the packages' versions the fonts.
  renderer ??= `${readFileSync(fonts, 'utf8')}\0${fontVersions()}\0${JSON.stringify(sharp.versions)}\0${JSON.stringify(PNG_OPTIONS)}`;
  const key = cacheKey(svg, String(scale), renderer);
  let png = pngCache.read(key);
  if (!png) {
    png = await sharp(Buffer.from(svg), { density: 72 * scale, limitInputPixels: false }).png(PNG_OPTIONS).toBuffer();
    pngCache.write(key, png);
  }
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}
