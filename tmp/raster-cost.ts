import { readFileSync } from 'node:fs';
import { svgToPng } from '../src/charts/shared/raster.ts';
for (const name of ['matrix-2021-12-01', 'platform-taobao', 'diff-2021-11-29-2021-11-30', 'timeline-2021']) {
  const row: string[] = [name];
  for (const suffix of ['', '-600', '-phone']) {
    const svg = readFileSync(`dist/images/en/${name}${suffix}.svg`, 'utf8');
    for (const scale of [1, 2] as const) {
      const t = performance.now();
      await svgToPng(svg + `<!-- ${Math.random()} -->`, scale);
      row.push(`${suffix || 'natural'}@${scale}x ${(performance.now() - t).toFixed(0)}ms`);
    }
  }
  console.log(row.join('  '));
}
