/**
 * A QR code as SVG markup: one path of dark modules on a white square with the standard
 * four-module quiet zone, always black on white (scanners need the contrast, whatever the
 * page's theme). Encoded at build time by qrcode-generator; nothing is fetched.
 */
import qrcode from 'qrcode-generator';
import { h, type Html } from '../html/markup.ts';

const QUIET_ZONE = 4;

/** The dark modules of the code, row by row. */
export function qrModules(text: string): boolean[][] {
  // Level M survives a smudge or a fold (about 15% of the code) and stays small for a URL.
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** One path: each run of dark modules in a row is a single rectangle. */
function pathData(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return parts.join('');
}

/** `label` names the code for screen readers (e.g. "QR code: https://…"). */
export function qrSvg(text: string, label: string): Html {
  const modules = qrModules(text);
  const size = modules.length + 2 * QUIET_ZONE;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${size} ${size}`,
      class: 'qr-code',
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
      'data-qr': text,
    },
    h('rect', { width: size, height: size, fill: '#fff' }),
    h('path', { d: pathData(modules), fill: '#000' }),
  );
}
