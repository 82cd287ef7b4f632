/**
 * The browser gates (accessibility, third-party requests, time zones, phone layout, language
 * switch) open one page of every template, listed in tests/support/site.ts. This keeps that
 * list complete: every page file under src/pages must be named there.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_FOUND, ROOT, templates } from '../support/site.ts';

const PAGES = join(ROOT, 'src/pages');
/** Files that render HTML pages; .ts/.js files under src/pages are endpoints (feeds, data). */
const PAGE_FILE = /\.(astro|md|mdx|html)$/;

function pageFiles(): string[] {
  return readdirSync(PAGES, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && PAGE_FILE.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

describe('the template registry (tests/support/site.ts templates())', () => {
  const registered = new Set<string>([...templates().map((t) => t.file), NOT_FOUND.file]);

  it('names every page file, so every template is opened by the browser gates', () => {
    const missing = pageFiles().filter((f) => !registered.has(f));
    expect(missing, `add a template for each of these in tests/support/site.ts templates()`).toEqual([]);
  });

  it('names only page files that exist', () => {
    const files = new Set(pageFiles());
    expect([...registered].filter((f) => !files.has(f))).toEqual([]);
  });

  it('gives each template a unique name', () => {
    const names = templates().map((t) => t.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });
});
