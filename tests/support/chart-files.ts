/**
 * The chart drawings the build published, for the text gates: every image SVG (every chart,
 * language and layout) and the static drawings in the embed pages, with the text each draws.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST } from './site.ts';

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, test) : test(name) ? [path] : [];
  });
}

export interface ChartDrawing {
  /** Where it was published: "images/en/matrix-2021-11-30-600.svg", or an embed page and its drawing. */
  readonly name: string;
  readonly svg: string;
}

/** Every image SVG, and each static drawing of every embed page. */
export function chartDrawings(): ChartDrawing[] {
  const images = files(join(DIST, 'images'), (n) => n.endsWith('.svg')).map((path) => ({ name: relative(DIST, path), svg: readFileSync(path, 'utf8') }));
  const embeds = files(DIST, (n) => n === 'index.html')
    .filter((path) => /\/embed\//.test(path))
    .flatMap((path) => {
      const { document } = parseHTML(readFileSync(path, 'utf8'));
      return [...document.querySelectorAll('.embed__chart > svg')].map((svg, i) => ({ name: `${relative(DIST, path)} #${i + 1}`, svg: svg.outerHTML }));
    });
  return [...images, ...embeds];
}

/** The text a drawing puts on screen (its <text> elements; title and desc are not drawn). */
export function drawnText(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
}

/** Every PDF the build printed. */
export function pdfFiles(): string[] {
  return files(join(DIST, 'briefings'), (n) => n.endsWith('.pdf'));
}
