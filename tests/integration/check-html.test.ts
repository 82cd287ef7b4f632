/**
 * The HTML validity gate (scripts/check-html.ts, the real checker in Java) on a small
 * built-site fixture: it must find the errors in an invalid page and stylesheet, name the
 * file, keep warnings apart, and skip what is not ours (Pagefind's folder, feeds).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, formatMessage, siteFiles } from '../../scripts/check-html.ts';

const SITE = join(import.meta.dirname, '../fixtures/html-validity');
const rel = (f: string) => relative(SITE, f);

describe('the HTML validity gate', () => {
  it('checks the HTML, CSS and SVG of a built site, outside Pagefind’s folder', () => {
    expect(siteFiles(SITE).map(rel)).toEqual(['en/index.html', 'icon.svg', 'index.html', 'site.css']);
  });

  it('reports each error with its file and the checker’s message, and keeps warnings apart', async () => {
    const report = await checkFiles(siteFiles(SITE).map((f) => relative(process.cwd(), f)));
    expect(report.files).toBe(4);
    const errors = report.errors.map((e) => `${rel(join(process.cwd(), e.file))}: ${e.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'en/index.html: Duplicate ID “twice”.',
        expect.stringMatching(/^en\/index\.html: Element “li” not allowed as child of element “main”/),
        expect.stringMatching(/^site\.css: CSS: “colr”: Property “colr” doesn't exist/),
      ]),
    );
    // The valid page and the SVG have no errors; modern CSS (color-mix) is accepted.
    expect(errors.filter((e) => e.startsWith('index.html') || e.startsWith('icon.svg'))).toEqual([]);
    expect(errors.filter((e) => e.includes('color-mix'))).toEqual([]);
    // The checker adds where a duplicate id first occurred as a warning beside the error.
    expect(report.warnings.map((w) => `${rel(join(process.cwd(), w.file))}: ${w.message}`).sort()).toEqual([
      'en/index.html: The first occurrence of ID “twice” was here.',
      'index.html: The “list” role is unnecessary for element “ol”.',
    ]);
    const duplicate = report.errors.find((e) => e.message.startsWith('Duplicate ID'))!;
    expect(formatMessage(duplicate)).toMatch(/en\/index\.html:7:\d+ — Duplicate ID “twice”\.\n {6}“.*<p id="twice">/);
  });
});
