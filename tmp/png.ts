import { readFileSync, writeFileSync } from 'node:fs';
import { svgToPng } from '../src/charts/shared/raster.ts';
const [src, out] = process.argv.slice(2);
writeFileSync(out!, await svgToPng(readFileSync(src!, 'utf8'), 1));
