import { readFileSync } from 'node:fs';
import sharp from 'sharp';
process.env.FONTCONFIG_FILE = '/work/wt/i13/node_modules/.cache/wlp-fonts/fonts.conf';
const svg = readFileSync('dist/images/en/matrix-2021-12-01-phone.svg');
for (const opts of [{ compressionLevel: 6 }, { compressionLevel: 3 }, { compressionLevel: 6, palette: true }, { compressionLevel: 9, palette: true, effort: 1 }] as const) {
  const t = performance.now();
  const raw = await sharp(svg, { density: 144, limitInputPixels: false }).raw().toBuffer({ resolveWithObject: true });
  const t1 = performance.now();
  const png = await sharp(raw.data, { raw: raw.info }).png(opts).toBuffer();
  console.log(JSON.stringify(opts), 'raster', (t1 - t).toFixed(0), 'encode', (performance.now() - t1).toFixed(0), 'KB', (png.length / 1024).toFixed(0), raw.info.width, raw.info.height);
}
