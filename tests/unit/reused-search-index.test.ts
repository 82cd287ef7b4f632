import { existsSync, linkSync, mkdirSync, readFileSync, statSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampOf, type Stamp } from '../../src/build/file-stamps.ts';
import { keptLanguages, recordedContent, recordedLanguages, recordSearchIndex, reuseSearchIndex, searchedPages, writeSearchIndex } from '../../src/build/reused-search-index.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-search-reuse-');

const PAGES = {
  'events/a/index.html': 'event a',
  'en/events/a/index.html': 'event a, in English',
  'platforms/taobao/index.html': 'Taobao',
  'en/platforms/taobao/index.html': 'Taobao, in English',
  // Not searched: never part of the question.
  'matrix/index.html': 'matrix',
};
const INDEX = {
  'pagefind/pagefind-entry.json': '{"version":"1"}',
  'pagefind/fragment/zh_1.pf_fragment': 'fragment',
  'pagefind/fragment/en_1.pf_fragment': 'fragment, in English',
};
/** What each language's Pagefind made of the index, as the build records it. */
const LANGUAGES = {
  zh: { files: ['fragment/zh_1.pf_fragment'], entry: { version: '1', languages: { 'zh-cn': {} } } },
  en: { files: ['fragment/en_1.pf_fragment'], entry: { version: '1', languages: { en: {} } } },
};
/** Each language's stamp of the content the pages were made from. */
const CONTENT = { zh: 'zh content', en: 'en content' };

/**
 * The last build: Astro's cached copies of the pages (the files the next build links), its
 * published output (pages and index) and the record; and a staging folder for the next build
 * in which every page is a link to its cached copy, as a rebuild that changed nothing has it.
 */
function lastBuild() {
  const cache = folder(Object.fromEntries(Object.entries(PAGES).map(([file, text]) => [`dist/${file}`, text])));
  // The published pages are files apart from the cached copies, as after a first build
  // (Astro writes its copy of a page it renders apart; a page reused is one file).
  const out = folder({ ...PAGES, ...INDEX });
  const cached = new Map<string, Stamp>(Object.keys(PAGES).map((file) => [file, stampOf(statSync(join(cache, 'dist', file)))]));
  recordSearchIndex(cache, out, 'made with', cached, LANGUAGES, CONTENT);
  const staging = join(folder({}), 'staging');
  for (const file of Object.keys(PAGES)) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    linkSync(join(cache, 'dist', file), join(staging, file));
  }
  return { cache, out, staging, reused: new Map(cached) };
}

describe('the search index is reused when no searched page changed', () => {
  it('finds the searched pages: event and platform pages in both languages', () => {
    const { out } = lastBuild();
    expect(new Set(searchedPages(out))).toEqual(new Set(['events/a/index.html', 'en/events/a/index.html', 'platforms/taobao/index.html', 'en/platforms/taobao/index.html']));
    expect(searchedPages(out)).not.toContain('matrix/index.html');
  });

  it('copies the published index into staging when every searched page is reused unchanged', () => {
    const { cache, out, staging, reused } = lastBuild();
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(4);
    expect(readFileSync(join(staging, 'pagefind/fragment/zh_1.pf_fragment'), 'utf8')).toBe('fragment');
    // Linked: the published file under a second name, which it keeps alone once the old output is deleted.
    expect(statSync(join(staging, 'pagefind/pagefind-entry.json')).ino).toBe(statSync(join(out, 'pagefind/pagefind-entry.json')).ino);
  });

  it('makes a new index when a searched page was rendered again', () => {
    const { cache, out, staging, reused } = lastBuild();
    reused.delete('en/events/a/index.html');
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
    expect(existsSync(join(staging, 'pagefind'))).toBe(false);
  });

  it('makes a new index when a searched page is new, even if every other is reused', () => {
    const { cache, out, staging, reused } = lastBuild();
    mkdirSync(join(staging, 'events/b'));
    writeFileSync(join(staging, 'events/b/index.html'), 'event b');
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
  });

  it('makes a new index when a reused page is not the file the index was made from', () => {
    const { cache, out, staging, reused } = lastBuild();
    const [ino, size, mtime] = reused.get('events/a/index.html')!;
    reused.set('events/a/index.html', [ino, size, mtime + 1000]);
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
  });

  it('makes a new index when Pagefind, the folders it reads or the output folder differ', () => {
    const { cache, out, staging, reused } = lastBuild();
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made otherwise', reused })).toBe(false);
    expect(reuseSearchIndex({ cacheDir: cache, out: folder({ ...PAGES, ...INDEX }), staging, madeWith: 'made with', reused })).toBe(false);
  });

  it('makes a new index when the published one was changed or added to after the build', () => {
    const edited = lastBuild();
    const entry = join(edited.out, 'pagefind/pagefind-entry.json');
    writeFileSync(entry, '{"version":"2"}');
    expect(reuseSearchIndex({ cacheDir: edited.cache, out: edited.out, staging: edited.staging, madeWith: 'made with', reused: edited.reused })).toBe(false);

    const touched = lastBuild();
    utimesSync(join(touched.out, 'pagefind/pagefind-entry.json'), new Date(), new Date(Date.now() + 5000));
    expect(reuseSearchIndex({ cacheDir: touched.cache, out: touched.out, staging: touched.staging, madeWith: 'made with', reused: touched.reused })).toBe(false);

    const added = lastBuild();
    writeFileSync(join(added.out, 'pagefind/extra.js'), 'extra');
    expect(reuseSearchIndex({ cacheDir: added.cache, out: added.out, staging: added.staging, madeWith: 'made with', reused: added.reused })).toBe(false);
  });

  it('records nothing reusable when a searched page has no cached copy, or when there is no record', () => {
    const { cache, out, staging, reused } = lastBuild();
    const partial = new Map(reused);
    partial.delete('platforms/taobao/index.html');
    recordSearchIndex(cache, out, 'made with', partial, LANGUAGES, CONTENT);
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
    expect(reuseSearchIndex({ cacheDir: folder({}), out, staging, madeWith: 'made with', reused })).toBe(false);
  });

  it('records nothing reusable for an output without an index', () => {
    const { cache, out, staging, reused } = lastBuild();
    rmSync(join(out, 'pagefind'), { recursive: true });
    recordSearchIndex(cache, out, 'made with', reused, LANGUAGES, CONTENT);
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
  });

  it('makes a new index when the record is not one a build wrote', () => {
    const { cache, out, staging, reused } = lastBuild();
    for (const text of ['{"out": "elsewhere"', 'null', JSON.stringify({ out, madeWith: 'made with' }), JSON.stringify({ out, madeWith: 'made with', pages: null, files: {} })]) {
      writeFileSync(join(cache, 'wlp-search-index.json'), text);
      expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
    }
  });

  it('makes a new index when the published one is gone', () => {
    const { cache, out, staging, reused } = lastBuild();
    rmSync(join(out, 'pagefind'), { recursive: true });
    expect(reuseSearchIndex({ cacheDir: cache, out, staging, madeWith: 'made with', reused })).toBe(false);
  });
});

describe("a language's index is kept when none of its searched pages changed", () => {
  /** As Astro writes a page it renders: the link removed, a new file made. */
  const render = (staging: string, file: string, text: string) => {
    rmSync(join(staging, file));
    writeFileSync(join(staging, file), text);
  };
  const ask = (b: ReturnType<typeof lastBuild>) => keptLanguages({ cacheDir: b.cache, out: b.out, staging: b.staging, madeWith: 'made with', reused: b.reused }, searchedPages(b.staging));

  it('keeps a language whose pages were reused or rendered again to the same bytes, not one with a page that changed', () => {
    const build = lastBuild();
    expect(recordedLanguages(build.cache)).toEqual(LANGUAGES);
    expect(recordedContent(build.cache)).toEqual(CONTENT);
    build.reused.delete('events/a/index.html');
    render(build.staging, 'events/a/index.html', PAGES['events/a/index.html']);
    build.reused.delete('en/events/a/index.html');
    render(build.staging, 'en/events/a/index.html', 'event a, in English, edited');
    expect(ask(build)).toEqual({ zh: LANGUAGES.zh });
  });

  it('keeps none when the published index or the published page differs from the record', () => {
    const edited = lastBuild();
    writeFileSync(join(edited.out, 'pagefind/fragment/zh_1.pf_fragment'), 'fragment, edited in place');
    expect(ask(edited)).toEqual({});
    // A published page written in place (a deploy step, say): the index was not made from it.
    const rewritten = lastBuild();
    rewritten.reused.delete('events/a/index.html');
    render(rewritten.staging, 'events/a/index.html', PAGES['events/a/index.html']);
    rmSync(join(rewritten.out, 'events/a/index.html'));
    writeFileSync(join(rewritten.out, 'events/a/index.html'), PAGES['events/a/index.html']);
    expect(ask(rewritten)).toEqual({ en: LANGUAGES.en });
  });

  it('keeps no language with a page new or gone, and none after a build that did not record its languages or published pages', () => {
    const added = lastBuild();
    mkdirSync(join(added.staging, 'en/events/b'), { recursive: true });
    writeFileSync(join(added.staging, 'en/events/b/index.html'), 'event b');
    expect(ask(added)).toEqual({ zh: LANGUAGES.zh });
    const old = lastBuild();
    const record = JSON.parse(readFileSync(join(old.cache, 'wlp-search-index.json'), 'utf8'));
    delete record.languages;
    writeFileSync(join(old.cache, 'wlp-search-index.json'), JSON.stringify(record));
    expect(ask(old)).toEqual({});
    const older = lastBuild();
    const before = JSON.parse(readFileSync(join(older.cache, 'wlp-search-index.json'), 'utf8'));
    delete before.published;
    writeFileSync(join(older.cache, 'wlp-search-index.json'), JSON.stringify(before));
    expect(ask(older)).toEqual({});
  });
});

describe('a new search index is written beside the last one', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('links each file the last index has with the same bytes, and writes the others', () => {
    const previous = folder({ 'pagefind-entry.json': '{"version":"1"}', 'fragment/en_a.pf_fragment': 'a', 'fragment/en_b.pf_fragment': 'b, old' });
    const into = join(folder({}), 'pagefind');
    const files = [
      { path: 'pagefind-entry.json', content: bytes('{"version":"2"}') },
      { path: 'fragment/en_a.pf_fragment', content: bytes('a') },
      { path: 'fragment/en_b.pf_fragment', content: bytes('b, new') },
      { path: 'fragment/en_c.pf_fragment', content: bytes('c') },
    ];
    expect(writeSearchIndex(files, previous, into)).toEqual({ written: 3, linked: 1 });
    for (const { path, content } of files) expect(readFileSync(join(into, path))).toEqual(Buffer.from(content));
    expect(statSync(join(into, 'fragment/en_a.pf_fragment')).ino).toBe(statSync(join(previous, 'fragment/en_a.pf_fragment')).ino);
    // A changed file is a new one: the last output keeps what it had.
    expect(statSync(join(into, 'fragment/en_b.pf_fragment')).ino).not.toBe(statSync(join(previous, 'fragment/en_b.pf_fragment')).ino);
    expect(readFileSync(join(previous, 'fragment/en_b.pf_fragment'), 'utf8')).toBe('b, old');
  });

  it('writes every file when there is no last index', () => {
    const into = join(folder({}), 'pagefind');
    expect(writeSearchIndex([{ path: 'index/en_1.pf_index', content: bytes('i') }], join(folder({}), 'absent'), into)).toEqual({ written: 1, linked: 0 });
    expect(readFileSync(join(into, 'index/en_1.pf_index'), 'utf8')).toBe('i');
  });
});

