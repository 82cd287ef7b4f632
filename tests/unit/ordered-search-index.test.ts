/**
 * The search index begun before Astro renders (src/build/ordered-search-index.ts), with the real
 * Pagefind: whatever was added first, the finished index must be the one made by adding the
 * final pages afresh, file for file.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as single from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampOf, type Stamp } from '../../src/build/file-stamps.ts';
import { ENTRY_FILE, indexUrl, inIndexOrder, joinIndexes, mergeLanguages, pagefindPerLanguage, startSearchIndex, type MadeIndex, type Pagefind } from '../../src/build/ordered-search-index.ts';
import { searchedPageLang } from '../../src/build/search-index.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { SearchIndexAnswer, SearchIndexInput, SearchIndexRequest } from '../../scripts/build-search-index.ts';
import { searchedPages } from '../../src/build/reused-search-index.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-ordered-search-');
let pagefind: Record<Lang, Pagefind>;
beforeAll(async () => {
  pagefind = await pagefindPerLanguage();
});
afterAll(() => Promise.all([single.close(), ...Object.values(pagefind).map((p) => p.close())]));

const page = (lang: 'zh' | 'en', title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** Enough pages that Pagefind's numbering shows in its files, in both languages. */
const PAGES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    [`events/e${i}/index.html`, page('zh', `事件 ${i}`, `微信 外链 政策 第 ${i} 条：淘宝 京东 抖音 拼多多 ${'分享 '.repeat(i)}`)],
    [`en/events/e${i}/index.html`, page('en', `Event ${i}`, `WeChat link policy number ${i}: Taobao JD Douyin Pinduoduo ${'share '.repeat(i)}`)],
  ]).flat(),
);
PAGES['platforms/taobao/index.html'] = page('zh', '淘宝', '淘宝 链接 在 微信 中');
PAGES['en/platforms/taobao/index.html'] = page('en', 'Taobao', 'Taobao links in WeChat');
// Not searched: never added.
PAGES['matrix/index.html'] = page('en', 'Matrix', 'not searched');

const digests = (made: Pick<MadeIndex, 'files'>) => Object.fromEntries(made.files.map((f) => [f.path, createHash('sha1').update(f.content).digest('hex')]));

/** The index of a folder's searched pages, added afresh. */
async function fresh(dir: string): Promise<MadeIndex> {
  return startSearchIndex(pagefind).finish(dir, searched(dir));
}

/** The index one Pagefind makes of all of a folder's searched pages, in index order. */
async function inOneProcess(dir: string) {
  const { index } = await single.createIndex({});
  for (const p of inIndexOrder(searched(dir))) await index!.addHTMLFile({ url: indexUrl(p), content: readFileSync(join(dir, p), 'utf8') });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files;
}
/** The searched pages in a folder, as the build lists them. */
const searched = (dir: string) => searchedPages(dir);

/** A staging folder of links to the last build's pages, with their stamps, as the linking worker leaves it. */
function linkedFrom(last: string, pages = Object.keys(PAGES)) {
  const staging = join(folder({}), 'staging');
  const linked = new Map<string, Stamp>();
  for (const file of pages) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    linkSync(join(last, file), join(staging, file));
    linked.set(file, stampOf(statSync(join(staging, file))));
  }
  return { staging, linked };
}

/** As Astro writes a page it renders: the link removed, a new file made. */
function render(staging: string, file: string, html: string) {
  rmSync(join(staging, file));
  writeFileSync(join(staging, file), html);
}

describe('the search index, begun from the last build', () => {
  it('adds pages in one order, by path, under the URL Pagefind gives a page in a folder', () => {
    expect(inIndexOrder(['events/b/index.html', 'en/events/a/index.html', 'events/a/index.html'])).toEqual(['en/events/a/index.html', 'events/a/index.html', 'events/b/index.html']);
    expect(indexUrl('en/events/a/index.html')).toBe('/en/events/a/');
    expect(indexUrl('index.html')).toBe('/');
    expect(searchedPageLang('en/platforms/taobao/index.html')).toBe('en');
    expect(searchedPageLang('events/e1/index.html')).toBe('zh');
    expect(searchedPageLang('matrix/index.html')).toBeUndefined();
    expect(searchedPageLang('en/events/feed.xml')).toBeUndefined();
  });

  it('makes, a Pagefind per language, the files one Pagefind makes of every page', async () => {
    const dir = folder(PAGES);
    const made = await fresh(dir);
    const one = await inOneProcess(dir);
    expect(digests(made)).toEqual(digests({ files: one }));
    const entry = JSON.parse(new TextDecoder().decode(made.files.find((f) => f.path === ENTRY_FILE)!.content));
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh']);
  });

  it('refuses to put together two indexes that both hold a language, or differ in a shared file', () => {
    const entry = (langs: string[]) => ({ path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify({ version: '1', languages: Object.fromEntries(langs.map((l) => [l, {}])) })) });
    const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
    expect(() => mergeLanguages([[entry(['en'])], [entry(['en'])]])).toThrow(/the language "en" is in two languages' indexes/);
    expect(() => mergeLanguages([[file('pagefind.js', 'a')], [file('pagefind.js', 'b')]])).toThrow(/pagefind\.js differs between the languages' indexes/);
    const merged = mergeLanguages([[entry(['zh-cn']), file('pagefind.js', 'a')], [entry(['en']), file('pagefind.js', 'a')]]);
    expect(merged.map((f) => f.path).sort()).toEqual([ENTRY_FILE, 'pagefind.js']);
    expect(JSON.parse(new TextDecoder().decode(merged.find((f) => f.path === ENTRY_FILE)!.content))).toEqual({ version: '1', languages: { en: {}, 'zh-cn': {} } });
  });

  it('reads again only the pages rendered since, and makes the index a fresh start makes', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    const making = startSearchIndex(pagefind, { dir: staging, pages: linked });
    const edited = { ...PAGES };
    for (const file of ['en/events/e3/index.html', 'events/e7/index.html']) {
      edited[file] = PAGES[file]!.replace('</p>', ' edited 编辑</p>');
      render(staging, file, edited[file]);
    }
    const made = await making.finish(staging, searched(staging));
    expect(made.pages).toBe(26);
    expect(made.readAfter).toBe(2);
    const afresh = await fresh(folder(edited));
    expect(digests(made)).toEqual(digests(afresh));
    // The control: the pages as they were make other files, so the comparison can fail.
    expect(digests(await fresh(last))).not.toEqual(digests(afresh));
  });

  it('adds a page that could not be read while Astro wrote it again afterwards, in its place', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    // Removed and not yet written when the index begins: a stand-in keeps its place.
    rmSync(join(staging, 'en/events/e5/index.html'));
    const making = startSearchIndex(pagefind, { dir: staging, pages: linked });
    const edited = { ...PAGES, 'en/events/e5/index.html': PAGES['en/events/e5/index.html']!.replace('</p>', ' rewritten</p>') };
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(join(staging, 'en/events/e5/index.html'), edited['en/events/e5/index.html']!);
    const made = await making.finish(staging, searched(staging));
    expect(made.readAfter).toBe(1);
    expect(digests(made)).toEqual(digests(await fresh(folder(edited))));
  });

  it('starts that language afresh when a searched page is new or gone, since a page added last would stand out of order', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    const making = startSearchIndex(pagefind, { dir: staging, pages: linked });
    const grown = { ...PAGES, 'events/e0a/index.html': page('zh', '新事件', '新 的 外链 政策') };
    mkdirSync(join(staging, 'events/e0a'));
    writeFileSync(join(staging, 'events/e0a/index.html'), grown['events/e0a/index.html']!);
    const made = await making.finish(staging, searched(staging));
    expect(made.pages).toBe(27);
    // The Chinese pages (13, one of them new); the English index was begun from its pages.
    expect(made.readAfter).toBe(14);
    expect(digests(made)).toEqual(digests(await fresh(folder(grown))));

    const { staging: shrunk, linked: fewer } = linkedFrom(last);
    const again = startSearchIndex(pagefind, { dir: shrunk, pages: fewer });
    rmSync(join(shrunk, 'events/e4'), { recursive: true });
    const { ['events/e4/index.html']: _, ...rest } = PAGES;
    const smaller = await again.finish(shrunk, searched(shrunk));
    expect(smaller.readAfter).toBe(12);
    expect(digests(smaller)).toEqual(digests(await fresh(folder(rest))));
  });

  it('begins a language only when asked, and makes only the languages asked for, each as a fresh start makes it', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    const making = startSearchIndex(pagefind, { dir: staging, pages: linked }, []);
    const edited = { ...PAGES, 'en/events/e3/index.html': PAGES['en/events/e3/index.html']!.replace('</p>', ' edited</p>') };
    render(staging, 'en/events/e3/index.html', edited['en/events/e3/index.html']!);
    making.begin('en');
    const made = await making.finish(staging, searched(staging), ['en']);
    // English only: its 13 pages, begun from the linked ones; nothing of the Chinese index.
    expect([made.pages, made.readAfter]).toEqual([13, 1]);
    expect(Object.keys(made.languages)).toEqual(['en']);
    const afresh = await fresh(folder(edited));
    const english = (files: readonly { path: string }[]) => files.filter((f) => /(^|\/)(pagefind\.)?en[_.]/.test(f.path)).map((f) => f.path);
    expect(english(made.files).length).toBeGreaterThan(0);
    expect(made.files.filter((f) => /zh/.test(f.path))).toEqual([]);
    expect(digests({ files: made.files.filter((f) => english(afresh.files).includes(f.path)) })).toEqual(digests({ files: afresh.files.filter((f) => english(afresh.files).includes(f.path)) }));
    // What the record keeps of it: its files and its entry, which names English alone.
    expect(new Set(made.languages.en!.files)).toEqual(new Set(made.files.filter((f) => f.path !== ENTRY_FILE).map((f) => f.path)));
    expect(Object.keys((made.languages.en!.entry as { languages: object }).languages)).toEqual(['en']);

    // A language never begun is made in finish, from the pages as they are then.
    const late = startSearchIndex(pagefind, { dir: staging, pages: linked }, []);
    const both = await late.finish(staging, searched(staging));
    expect(both.readAfter).toBe(26);
    expect(digests(both)).toEqual(digests(afresh));
  });

  it("begins a first build's language from the event pages Astro has written, and adds the platforms' pages after them", async () => {
    const platforms = ['platforms/taobao/index.html', 'en/platforms/taobao/index.html'];
    const dir = folder(Object.fromEntries(Object.entries(PAGES).filter(([file]) => !platforms.includes(file))));
    const events = (lang: Lang) => Object.keys(PAGES).filter((file) => searchedPageLang(file) === lang && file.includes('events/'));
    const making = startSearchIndex(pagefind, { dir, pages: new Map() }, []);
    // Given in any order: they are added in the index's.
    making.begin('zh', events('zh').reverse());
    making.begin('en', events('en'));
    const written: Record<string, string> = { ...PAGES, 'events/e4/index.html': PAGES['events/e4/index.html']!.replace('</p>', ' 又改了</p>') };
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Astro writes the platforms' pages last, and may write an event page again.
    for (const file of [...platforms, 'events/e4/index.html']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), written[file]!);
    }
    const made = await making.finish(dir, searched(dir));
    expect([made.pages, made.readAfter]).toEqual([26, 3]);
    expect(digests(made)).toEqual(digests(await fresh(folder(written))));

    // A page that sorts among the event pages begun from cannot be added after them: that language is made afresh.
    const second = folder(Object.fromEntries(Object.entries(PAGES).filter(([file]) => !platforms.includes(file))));
    const again = startSearchIndex(pagefind, { dir: second, pages: new Map() }, []);
    again.begin('zh', events('zh'));
    again.begin('en', events('en'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const grown: Record<string, string> = { ...PAGES, 'en/events/e0a/index.html': page('en', 'New event', 'a new link policy') };
    for (const file of [...platforms, 'en/events/e0a/index.html']) {
      mkdirSync(dirname(join(second, file)), { recursive: true });
      writeFileSync(join(second, file), grown[file]!);
    }
    const remade = await again.finish(second, searched(second));
    // The Chinese platform page after its events; every English page afresh.
    expect([remade.pages, remade.readAfter]).toEqual([27, 1 + 14]);
    expect(digests(remade)).toEqual(digests(await fresh(folder(grown))));
  });

  it('says when every language begun has read the pages it was begun from, and does so even when one could not begin', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    // A Pagefind that takes its time to make an index, and counts the pages added to it.
    const added: Partial<Record<Lang, number>> = {};
    const slow = (lang: Lang, fails = false) =>
      ({
        createIndex: async () => {
          await new Promise((wait) => setTimeout(wait, 30));
          if (fails) throw new Error('no index');
          return { errors: [], index: { addHTMLFile: async () => ((added[lang] = (added[lang] ?? 0) + 1), { errors: [] }), deleteIndex: async () => undefined } };
        },
      }) as unknown as Pagefind;
    const making = startSearchIndex({ zh: slow('zh'), en: slow('en', true) }, { dir: staging, pages: linked }, []);
    making.begin('zh');
    making.begin('en');
    await making.read();
    // Every linked Chinese page (12 events and a platform) read; English could not begin, and read() resolved all the same.
    expect(added).toEqual({ zh: 13 });
    await making.discard();
  });

  it('makes the index from scratch when nothing was linked (a first build)', async () => {
    const dir = folder(PAGES);
    const made = await startSearchIndex(pagefind, { dir, pages: new Map() }).finish(dir, searched(dir));
    expect(made.readAfter).toBe(26);
    expect(made.files.some((f) => f.path === 'pagefind-entry.json')).toBe(true);
  });

  it('fails, naming the page, when a searched page cannot be read after Astro', async () => {
    const dir = folder({ 'events/a/index.html': page('zh', '甲', '内容') });
    await expect(startSearchIndex(pagefind).finish(dir, ['events/a/index.html', 'events/missing/index.html'])).rejects.toThrow(/events\/missing\/index\.html/);
  });
});

describe('the search index worker (scripts/build-search-index.ts)', () => {
  const WORKER = new URL('../../scripts/build-search-index.ts', import.meta.url);
  /**
   * Starts the worker as the build does, sends the requests, and gives the one answer once
   * the thread has ended (a thread left running keeps the build's process from ending).
   */
  function ask(input: SearchIndexInput, ...requests: SearchIndexRequest[]): Promise<SearchIndexAnswer> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: input });
      let answer: SearchIndexAnswer | undefined;
      let running: NodeJS.Timeout | undefined;
      worker.once('message', (message: SearchIndexAnswer) => {
        answer = message;
        // Generous: a thread that holds on does not end at all.
        running = setTimeout(() => {
          void worker.terminate();
          reject(new Error('the worker was still running a minute after it answered'));
        }, 60_000);
      });
      worker.once('error', reject);
      worker.once('exit', () => {
        clearTimeout(running);
        if (answer === undefined) reject(new Error('the worker ended without answering'));
        else resolve(answer);
      });
      for (const request of requests) worker.postMessage(request);
    });
  }

  it('begins the languages it is told to from the linked pages, and answers with the index one made afresh would be', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    const edited = { ...PAGES, 'events/e2/index.html': PAGES['events/e2/index.html']!.replace('</p>', ' 改了</p>') };
    render(staging, 'events/e2/index.html', edited['events/e2/index.html']!);
    const input = { dir: staging, linked: [...linked] };
    const answer = await ask(input, { begin: 'zh' }, { begin: 'en' }, { finish: { dir: staging, searched: searched(staging), languages: ['zh', 'en'] } });
    if (!('made' in answer)) throw new Error(`no index: ${JSON.stringify(answer)}`);
    expect(answer.made.readAfter).toBe(1);
    expect(digests(answer.made)).toEqual(digests(await fresh(folder(edited))));
    // Only Chinese asked for: only its pages read, and only its part of the index made.
    const chinese = await ask(input, { begin: 'zh' }, { finish: { dir: staging, searched: searched(staging), languages: ['zh'] } });
    if (!('made' in chinese)) throw new Error(`no index: ${JSON.stringify(chinese)}`);
    expect([chinese.made.pages, chinese.made.readAfter, Object.keys(chinese.made.languages)]).toEqual([13, 1, ['zh']]);
  });

  it("begins a language from the pages it is told Astro wrote (a first build's event pages)", async () => {
    const dir = folder(PAGES);
    const zhEvents = Object.keys(PAGES).filter((file) => file.startsWith('events/'));
    const answer = await ask({ dir, linked: [] }, { begin: 'zh', written: zhEvents }, { finish: { dir, searched: searched(dir), languages: ['zh', 'en'] } });
    if (!('made' in answer)) throw new Error(`no index: ${JSON.stringify(answer)}`);
    // The Chinese platform page and every English page read after.
    expect([answer.made.pages, answer.made.readAfter]).toEqual([26, 1 + 13]);
    expect(digests(answer.made)).toEqual(digests(await fresh(dir)));
  });

  it('posts the note `read` once the languages begun have read the linked pages, before its answer', async () => {
    const last = folder(PAGES);
    const { staging, linked } = linkedFrom(last);
    const messages = await new Promise<unknown[]>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { dir: staging, linked: [...linked] } satisfies SearchIndexInput });
      const got: unknown[] = [];
      worker.on('message', (message: unknown) => {
        got.push(message);
        // Finished only once it has said the pages are read.
        if (got.length === 1) worker.postMessage({ finish: { dir: staging, searched: searched(staging), languages: ['zh', 'en'] } } satisfies SearchIndexRequest);
      });
      worker.once('error', reject);
      worker.once('exit', () => resolve(got));
      worker.postMessage({ begin: 'zh' } satisfies SearchIndexRequest);
      worker.postMessage({ begin: 'en' } satisfies SearchIndexRequest);
      worker.postMessage({ read: true } satisfies SearchIndexRequest);
    });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ note: 'read' });
    // Nothing changed since the pages were read: none read again.
    expect(messages[1]).toMatchObject({ made: { pages: 26, readAfter: 0 } });
  });

  it('answers a discard, and an error naming the page it could not read', async () => {
    const dir = folder(PAGES);
    expect(await ask({ dir, linked: [] }, { discard: true })).toEqual({ discarded: true });
    const answer = await ask({ dir, linked: [] }, { finish: { dir, searched: ['events/gone/index.html'], languages: ['zh', 'en'] } });
    expect('error' in answer && answer.error).toMatch(/events\/gone\/index\.html/);
  });
});

describe('two indexes of other languages joined', () => {
  it("hold both languages' files, one entry listing both, and the pages of both", () => {
    const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
    const zh = { files: [file('pagefind-entry.json', '{"version":"1","languages":{"zh-cn":{"page_count":2}}}'), file('fragment/zh_1.pf_fragment', 'zh'), file('pagefind.js', 'script')], languages: { zh: { files: ['fragment/zh_1.pf_fragment', 'pagefind.js'], entry: {} } }, pages: 2, readAfter: 0 };
    const en = { files: [file('pagefind-entry.json', '{"version":"1","languages":{"en":{"page_count":3}}}'), file('fragment/en_1.pf_fragment', 'en'), file('pagefind.js', 'script')], languages: { en: { files: ['fragment/en_1.pf_fragment', 'pagefind.js'], entry: {} } }, pages: 3, readAfter: 1 };
    expect(joinIndexes(zh, undefined)).toBe(zh);
    expect(joinIndexes(undefined, undefined)).toBeUndefined();
    const both = joinIndexes(en, zh)!;
    expect(both.files.map((f) => f.path).sort()).toEqual(['fragment/en_1.pf_fragment', 'fragment/zh_1.pf_fragment', 'pagefind-entry.json', 'pagefind.js']);
    const entry = JSON.parse(new TextDecoder().decode(both.files.find((f) => f.path === 'pagefind-entry.json')!.content)) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh-cn']);
    expect(Object.keys(both.languages).sort()).toEqual(['en', 'zh']);
    expect([both.pages, both.readAfter]).toEqual([5, 1]);
  });
});
