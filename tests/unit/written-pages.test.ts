import { describe, expect, it } from 'vitest';
import { WrittenPages } from '../../src/build/written-pages.ts';

describe('what the checks after Astro take from the pages as Astro wrote them', () => {
  it("records each page's asset references and whether it marks a body to search, under the base path", () => {
    const written = new WrittenPages('/sub/');
    written.record('story/index.html', Buffer.from('<link href="/sub/_astro/base.B2.css"><main data-pagefind-body>'));
    written.record('about/index.html', Buffer.from('<script src="/sub/_astro/page.A1.js"></script><main>'));
    expect(Object.fromEntries(written.assets)).toEqual({ 'story/index.html': [['/sub/_astro/base.B2.css', 'base.B2.css']], 'about/index.html': [['/sub/_astro/page.A1.js', 'page.A1.js']] });
    expect(Object.fromEntries(written.searchBodies)).toEqual({ 'story/index.html': true, 'about/index.html': false });
  });

  it('leaves out what is not a page of the output, and forgets a page written with what it cannot read (read from the disk then)', () => {
    const written = new WrittenPages('/');
    written.record('data/events.json', Buffer.from('"/_astro/x.js"'));
    written.record('../cache/dist/index.html', Buffer.from('<main data-pagefind-body>'));
    written.record('index.html', Buffer.from('<main>'));
    written.record('index.html', undefined);
    expect([written.assets.size, written.searchBodies.size]).toEqual([0, 0]);
  });
});
