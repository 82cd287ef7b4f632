import { describe, expect, it } from 'vitest';
import { marksSearchBody, searchBodiesElsewhere, searchedFolders, searchGlob } from '../../src/build/search-index.ts';
import { tempFolders } from '../support/temp-folder.ts';

const site = tempFolders('wlp-search-');

const BODY = '<main><article data-pagefind-body>…</article></main>';

describe('the search index reads the searched pages only', () => {
  it('reads the event and platform folders of both languages, whatever the base path', () => {
    const base = process.env.BASE_PATH;
    try {
      for (const path of [undefined, '/wechat-links/']) {
        if (path === undefined) delete process.env.BASE_PATH;
        else process.env.BASE_PATH = path;
        // Folders inside the output: the base path is where the site is served, not where its files lie.
        expect(searchedFolders()).toEqual(['events', 'en/events', 'platforms', 'en/platforms']);
        expect(searchGlob()).toBe('{events,en/events,platforms,en/platforms}/**/*.html');
      }
    } finally {
      if (base === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = base;
    }
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

  it('does not read the pages it is told were checked against these folders already', () => {
    const out = site({ 'story/index.html': BODY, 'en/story/index.html': BODY });
    expect(searchBodiesElsewhere(out, 10, new Set(['story/index.html']))).toEqual(['en/story/index.html']);
  });

  it('takes whether a page Astro wrote in this build marks a body from what the build found as it was written', () => {
    const out = site({ 'story/index.html': BODY, 'en/story/index.html': '<main>story</main>', 'about/index.html': '<main>about</main>' });
    const written = new Map([
      ['story/index.html', marksSearchBody(Buffer.from('<main>story</main>'))],
      ['en/story/index.html', marksSearchBody(Buffer.from(BODY))],
    ]);
    expect(searchBodiesElsewhere(out, 10, new Set(), written)).toEqual(['en/story/index.html']);
  });
});
