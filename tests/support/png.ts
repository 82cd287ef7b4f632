/** Reading PNGs in tests: dimensions from the header, pixels through sharp. */
import { readFileSync } from 'node:fs';

export function pngSize(file: string | Uint8Array): { width: number; height: number } {
  const b = typeof file === 'string' ? readFileSync(file) : Buffer.from(file);
  if (b.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Pixels in a region that differ clearly from white (text and marks on a light image). */
export async function inkPixels(png: string | Uint8Array, region?: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { default: sharp } = await import('sharp');
  let img = sharp(typeof png === 'string' ? png : Buffer.from(png));
  if (region) img = img.extract(region);
  const { data, info } = await img.removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < info.width * info.height; i++) if (data[i]! < 160) n++;
  return n;
}
