import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchBodiesElsewhere, searchedFolders, searchGlob } from '../../src/build/search-index.ts';

let dir = '';
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'wlp-search-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const BODY = '<main><article data-pagefind-body>…</article></main>';

describe('the search index reads the searched pages only', () => {
  it('reads the event and platform folders of both languages, whatever the base path', () => {
    expect(searchedFolders()).toEqual(['events', 'en/events', 'platforms', 'en/platforms']);
    expect(searchGlob()).toBe('{events,en/events,platforms,en/platforms}/**/*.html');
  });

  it('finds a page outside those folders that marks a body to search', () => {
    const out = site({
      'events/a/index.html': BODY,
      'en/platforms/taobao/index.html': BODY,
      'index.html': '<main>home</main>',
      'en/story/index.html': BODY,
      'matrix/2021-09-17/index.html': '<p data-pagefind-ignore>not a body</p>',
      'en/events-archive/index.html': BODY,
    });
    // A folder whose name only begins like a searched one ("events-archive") is not searched.
    expect(searchBodiesElsewhere(out)).toEqual(['en/events-archive/index.html', 'en/story/index.html']);
  });

  it('passes a site whose bodies to search are all in the searched folders', () => {
    const out = site({ 'events/a/index.html': BODY, 'en/events/a/index.html': BODY, 'platforms/jd/index.html': BODY, 'about/index.html': '<main>about</main>' });
    expect(searchBodiesElsewhere(out)).toEqual([]);
  });
});
