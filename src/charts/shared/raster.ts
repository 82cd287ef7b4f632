/**
 * SVG → PNG for chart images, with the project's own CJK font (Noto Sans SC from the npm
 * package @expo-google-fonts/noto-sans-sc): fontconfig is pointed at that font alone, so
 * Chinese renders the same on any machine, with no system fonts and nothing downloaded.
 * Server-only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The family name image SVGs use; the bundled font answers to it. */
export const IMAGE_FONT_FAMILY = "'Noto Sans SC', sans-serif";

let configured = false;

/** Writes a fontconfig file listing only the bundled font, and points this process at it. */
export function useBundledFonts(cacheDir = resolve('node_modules/.cache/wlp-fonts')): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const file = join(cacheDir, 'fonts.conf');
  if (!configured) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(pkg, '400Regular')}</dir>
  <dir>${join(pkg, '700Bold')}</dir>
  <cachedir>${join(cacheDir, 'fc-cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans SC</family></prefer></alias>
</fontconfig>
`,
    );
    process.env.FONTCONFIG_FILE = file;
    configured = true;
  }
  return file;
}

/** Rasterises an SVG document at a scale (1 = its own pixel size, 2 = retina). */
export async function svgToPng(svg: string, scale: 1 | 2 = 1): Promise<Uint8Array> {
  useBundledFonts();
  const { default: sharp } = await import('sharp');
  return new Uint8Array(await sharp(Buffer.from(svg), { density: 72 * scale }).png({ compressionLevel: 9 }).toBuffer());
}
