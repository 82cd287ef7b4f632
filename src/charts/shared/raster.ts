/**
 * SVG → PNG for chart images, with the project's own fonts (Noto Sans for Latin text and
 * Noto Sans SC for Chinese, from the npm packages @expo-google-fonts/noto-sans and
 * @expo-google-fonts/noto-sans-sc): fontconfig is pointed at those fonts alone, so text
 * renders the same on any machine, with no system fonts and nothing downloaded.
 * Server-only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cacheFolder, cacheKey, fileCache, type FileCache } from '../../build/file-cache.ts';
import { FONT_PACKAGES, fontPackageDirs } from '../../build/image-fonts.ts';

/** The family list image SVGs use: Latin from Noto Sans, the rest from Noto Sans SC. */
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'Noto Sans SC', sans-serif";

let configured = false;

/**
 * Writes a fontconfig file listing only the bundled fonts, and points this process at it.
 * WLP_IMAGE_FONTS=none lists no fonts at all: a diagnostic (and the font test's control)
 * showing what an image looks like without them.
 */
export function useBundledFonts(cacheDir = resolve('node_modules/.cache/wlp-fonts')): string {
  const [latin, sc] = fontPackageDirs();
  const none = process.env.WLP_IMAGE_FONTS === 'none';
  const file = join(cacheDir, none ? 'no-fonts.conf' : 'fonts.conf');
  if (!configured) {
    mkdirSync(cacheDir, { recursive: true });
    const dirs = none
      ? []
      : [join(latin, '400Regular'), join(latin, '700Bold'), join(latin, '400Regular_Italic'), join(sc, '400Regular'), join(sc, '700Bold')];
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${join(cacheDir, 'fc-cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans</family><family>Noto Sans SC</family></prefer></alias>
</fontconfig>
`,
    );
    process.env.FONTCONFIG_FILE = file;
    configured = true;
  }
  return file;
}

let pngCache: FileCache | undefined;
/** What, besides the SVG and scale, decides the pixels: read once per process. */
let renderer: string | undefined;

/** The versions of the bundled font packages. */
function fontVersions(): string {
  const require = createRequire(import.meta.url);
  return FONT_PACKAGES.map((name) => (require(`${name}/package.json`) as { version: string }).version).join(' ');
}

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
  renderer ??= `${readFileSync(fonts, 'utf8')}\0${fontVersions()}\0${JSON.stringify(sharp.versions)}`;
  const key = cacheKey(svg, String(scale), renderer);
  let png = pngCache.read(key);
  if (!png) {
    png = await sharp(Buffer.from(svg), { density: 72 * scale }).png({ compressionLevel: 6 }).toBuffer();
    pngCache.write(key, png);
  }
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}
