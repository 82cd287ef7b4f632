/**
 * SVG → PNG for chart images, with the project's own fonts (Noto Sans for Latin text and
 * Noto Sans SC for Chinese, from the npm packages @expo-google-fonts/noto-sans and
 * @expo-google-fonts/noto-sans-sc): fontconfig is pointed at those fonts alone, so text
 * renders the same on any machine, with no system fonts and nothing downloaded.
 * Server-only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The family list image SVGs use: Latin from Noto Sans, the rest from Noto Sans SC. */
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'Noto Sans SC', sans-serif";

let configured = false;

/** Writes a fontconfig file listing only the bundled font, and points this process at it. */
export function useBundledFonts(cacheDir = resolve('node_modules/.cache/wlp-fonts')): string {
  const require = createRequire(import.meta.url);
  const sc = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const latin = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  const file = join(cacheDir, 'fonts.conf');
  if (!configured) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(latin, '400Regular')}</dir>
  <dir>${join(latin, '700Bold')}</dir>
  <dir>${join(latin, '400Regular_Italic')}</dir>
  <dir>${join(sc, '400Regular')}</dir>
  <dir>${join(sc, '700Bold')}</dir>
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

/** Rasterises an SVG document at a scale (1 = its own pixel size, 2 = retina). */
export async function svgToPng(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array<ArrayBuffer>> {
  useBundledFonts();
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg), { density: 72 * scale }).png({ compressionLevel: 6 }).toBuffer();
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}
