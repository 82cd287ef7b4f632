/**
 * Incremental builds: after a build, an editor changes one event's summary and body and another
 * event's body alone, and later a third event's title, and the site is built again each time. Pages whose cache key
 * (src/data/cache-keys.ts) is unchanged are reused from the last build (hard-linked from Astro's
 * cache: src/build/reused-pages.ts); the result must be exactly what a fresh build of the
 * edited content makes, file for file: a key that left out something a page shows would
 * leave that page stale here. A reused page shares its file with the published output, so the
 * rebuild must never write into one in place.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_RECORD } from '../../src/build/reused-pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'incremental-'));
const content = join(parent, 'content');

/**
 * Every build of this test counts the same day as today (src/build/build-day.ts): the day is in
 * every page's key, and a rebuild after midnight in China would otherwise render every page.
 */
const SOURCE_DATE_EPOCH = String(Math.floor(Date.now() / 1000));

/** The public address of the builds (SITE_URL): none, as the committed content has, until a round gives one. */
let address: string | undefined;

function build(out: string, cache: string, fresh: boolean, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { SITE_URL: _, ...env } = process.env;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts', '--out', out, '--no-pdf', ...(fresh ? ['--fresh'] : [])],
      // Astro's log at "info" names each page it copied from the last build.
      { cwd: ROOT, env: { ...env, ...(address ? { SITE_URL: address } : {}), CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, ASTRO_LOG_LEVEL: 'info', SOURCE_DATE_EPOCH, ...extraEnv }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
/** Every folder, so that an empty one left behind shows. */
const folders = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();

function edit(file: string, from: string, to: string) {
  const path = join(content, 'events', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer says "${from}": update this test's edit`);
  writeFileSync(path, text.replace(from, to));
}

type Run = Awaited<ReturnType<typeof build>>;
const runs: Run[] = [];
const INCREMENTAL = join(parent, 'incremental');
const CACHE = join(parent, 'cache-incremental');
/** After each round of edits: the incremental rebuild, and a fresh build of the same content beside it. */
const rounds: { again: Run; fresh: Run; out: string }[] = [];
/** The event the last round deletes (no other content file names it). */
const DELETED = { file: '2021-05-huiju-shopping-account.mdx', id: 'huiju-shopping-account' };
/** The fresh build of the content as the rounds left it. */
const latest = () => rounds.at(-1)!.out;
/** Searched pages, unchanged by the title edit, that its rebuild finds cached but not linked. */
const RESTORED = ['events/taobao-login-douyin-token/index.html', 'en/events/taobao-login-douyin-token/index.html', 'en/platforms/jd/index.html'];
/** The published page the title edit changes, as it was before that rebuild, and a second name for its file. */
const beforeTitleEdit = { path: 'en/events/private-chat-opening/index.html', secondName: join(parent, 'published-page.html'), bytes: Buffer.alloc(0), links: 0 };

async function round() {
  const again = await build(INCREMENTAL, CACHE, false);
  const out = join(parent, `fresh-${rounds.length}`);
  const fresh = await build(out, join(parent, `cache-fresh-${rounds.length}`), true);
  runs.push(again, fresh);
  // The incremental output is replaced by the next round: keep this one's copy.
  cpSync(INCREMENTAL, `${out}-incremental`, { recursive: true });
  rounds.push({ again, fresh, out });
}

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  runs.push(await build(INCREMENTAL, CACHE, false));
  // 1. A summary: shown by its event's page, the lists of events, the timeline and the
  // briefings that tell the event (its platforms', its range's, the full one). And a
  // sentence of the same event's body, shown on its page alone.
  edit('2021-11-alibaba-share-cart.mdx', 'seen as groundwork for social sharing beyond its own platforms', 'seen as groundwork for social sharing outside its own platforms');
  edit('2021-11-alibaba-share-cart.mdx', "**The shareable cart.**", "**The cart to share.**");
  // And another event's body alone, shown on its page alone (2018, no platform).
  edit('2018-mini-program-open-app-launch.mdx', '**How the site records it.**', '**How this site records it.**');
  await round();
  // The title edit below renders this page again. Its published file is also Astro's cached
  // copy: a write into it in place would show under the second name.
  const published = join(INCREMENTAL, beforeTitleEdit.path);
  linkSync(published, beforeTitleEdit.secondName);
  beforeTitleEdit.bytes = readFileSync(published);
  beforeTitleEdit.links = statSync(published).nlink;
  // Searched pages the record of the cached copies does not list are not linked: Astro copies
  // them in from its cache, with no render and after a wait, perhaps while the search index is
  // being finished (src/build/searched-pages-written.ts).
  const record = JSON.parse(readFileSync(join(CACHE, REUSE_RECORD), 'utf8')) as { pages: Record<string, unknown> };
  for (const page of RESTORED) delete record.pages[page];
  writeFileSync(join(CACHE, REUSE_RECORD), JSON.stringify(record));
  // 2. A title: shown wherever the event is named (its neighbours' pages, the lists, the diff
  // page, the timeline and platform charts), and nowhere else (other events' pages, the matrix).
  edit('2021-09-17-private-chat-opening.mdx', "WeChat's first link statement: external links open in one-to-one chats", "WeChat's first link statement: outside links open in one-to-one chats");
  await round();
  // 3. The site gets a public address (feeds, sitemap and oEmbed files appear), and 4. loses it
  // again: the pages reused from the build before must not leave those files behind.
  address = 'https://example.org/wechat-links/';
  await round();
  address = undefined;
  await round();
  // 5. An event deleted: its pages go. Both languages' content changed, so both search
  // indexes were begun from the pages linked from the last build, its pages among them.
  rmSync(join(content, 'events', DELETED.file));
  await round();
}, 3_600_000);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function expectSameFiles(a: string, b: string) {
  expect(folders(a)).toEqual(folders(b));
  expect(files(a)).toEqual(files(b));
  const differ = files(a).filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  expect(differ, `files the incremental build left different from a fresh one`).toEqual([]);
}

describe('incremental rebuilds after edits', () => {
  it('build each time', () => {
    expect(runs).toHaveLength(11);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
  });

  it('after a summary and a body are edited, copy the pages that do not show them and render those that do', () => {
    const log = stripVTControlCharacters(rounds[0]!.again.stdout);
    const copied = copiedIn(rounds[0]!.again);
    expect(copied('/en/events/taobao-login-douyin-token/index.html')).toBe(true);
    expect(copied('/en/matrix/2021-09-17/index.html')).toBe(true);
    expect(copied('/en/platforms/taobao/index.html')).toBe(true);
    expect(copied('/images/en/timeline-2021.png')).toBe(true);
    expect(copied('/en/events/alibaba-share-cart/index.html')).toBe(false);
    expect(copied('/en/years/2021/index.html')).toBe(false);
    expect(copied('/en/index.html')).toBe(false);
    // The edit is to English text: the Chinese pages, which do not show it, are copied.
    expect(copied('/events/alibaba-share-cart/index.html')).toBe(true);
    expect(copied('/years/2021/index.html')).toBe(true);
    expect(copied('/index.html')).toBe(true);
    expect(copied('/images/zh/events/alibaba-share-cart.png')).toBe(true);
    // Briefings: those that tell the event are made again, the others copied. The event
    // names Taobao, Ele.me and Youku, and falls in November 2021.
    expect(copied('/en/briefings/platforms/taobao/index.html')).toBe(false);
    expect(copied('/en/briefings/platforms/youku/index.html')).toBe(false);
    expect(copied('/briefings/platforms/youku/index.html')).toBe(true);
    expect(copied('/en/briefings/platforms/jd/index.html')).toBe(true);
    expect(copied('/briefings/platforms/douyin/index.html')).toBe(true);
    expect(copied('/en/briefings/ranges/2021-09-16/2021-11-30/index.html')).toBe(false);
    expect(copied('/en/briefings/ranges/2021-05-19/2021-09-17/index.html')).toBe(true);
    expect(copied('/en/briefings/full/index.html')).toBe(false);
    // The list of briefings names no event.
    expect(copied('/en/briefings/index.html')).toBe(true);
    // A body is on its event's page alone: the page is made again, its year's page and its
    // social card are copied.
    expect(copied('/en/events/mini-program-open-app-launch/index.html')).toBe(false);
    expect(copied('/en/years/2018/index.html')).toBe(true);
    expect(copied('/images/en/events/mini-program-open-app-launch.png')).toBe(true);
    expect(copied('/events/mini-program-open-app-launch/index.html')).toBe(true);
    // Astro rendered the two events' English pages alone: the English index was begun from
    // the linked pages while Astro worked (the English text changed), and finished once Astro
    // had written those two pages, which it writes before the others, while it rendered the
    // years, briefings and images; the Chinese index is the last build's.
    const searchedRendered = rendered(rounds[0]!.again).filter((page) => /^\/(en\/)?(events|platforms)\//.test(page));
    expect(searchedRendered).toEqual(['/en/events/alibaba-share-cart/index.html', '/en/events/mini-program-open-app-launch/index.html']);
    expect(log).toMatch(/✓ search index: \d+ pages, 2 read once Astro had written them, finished while it made the rest, zh kept as it was, \d+ of its \d+ files changed/);
  });

  it('after a summary and a body are edited, make exactly what a fresh build makes', () => {
    const { out } = rounds[0]!;
    expectSameFiles(`${out}-incremental`, out);
    expect(readFileSync(join(out, 'en/years/2021/index.html'), 'utf8')).toContain('social sharing outside its own platforms');
    expect(readFileSync(join(out, 'en/events/alibaba-share-cart/index.html'), 'utf8')).toContain('<strong>The cart to share.</strong>');
    expect(readFileSync(join(out, 'en/briefings/platforms/youku/index.html'), 'utf8')).toContain('social sharing outside its own platforms');
    expect(readFileSync(join(out, 'en/events/mini-program-open-app-launch/index.html'), 'utf8')).toContain('<strong>How this site records it.</strong>');
  });

  it('reuse a page by linking the cached copy, and never write into the published output', () => {
    // Published, cached, and the test's second name.
    expect(beforeTitleEdit.links).toBe(3);
    expect(beforeTitleEdit.bytes.toString()).toContain('external links open in one-to-one chats');
    expect(readFileSync(beforeTitleEdit.secondName).equals(beforeTitleEdit.bytes)).toBe(true);
    expect(readFileSync(join(INCREMENTAL, beforeTitleEdit.path), 'utf8')).toContain('outside links open in one-to-one chats');
    expect(stripVTControlCharacters(rounds[0]!.again.stdout)).toMatch(/✓ pages, \d+ reused from the last build/);
  });

  it('after the site gets a public address, and after it loses it, make exactly what a fresh build makes', () => {
    expectSameFiles(`${rounds[2]!.out}-incremental`, rounds[2]!.out);
    expect(readdirSync(join(rounds[2]!.out, 'oembed')).length).toBeGreaterThan(0);
    expectSameFiles(`${rounds[3]!.out}-incremental`, rounds[3]!.out);
    expect(readdirSync(`${rounds[3]!.out}-incremental`)).not.toContain('oembed');
  });

  it('after an event is deleted, make exactly what a fresh build makes, its pages and search entries gone', () => {
    const { out, again } = rounds[4]!;
    expectSameFiles(`${out}-incremental`, out);
    for (const dir of ['events', 'en/events']) expect(readdirSync(join(out, dir))).not.toContain(DELETED.id);
    expect(stripVTControlCharacters(again.stdout)).toMatch(/✓ search index: \d+ pages, \d+ of its \d+ files changed/);
  });

  it('after a title is edited, make exactly what a fresh build makes, searched pages copied in by Astro among them', () => {
    const { out, again } = rounds[1]!;
    const log = stripVTControlCharacters(again.stdout);
    for (const page of RESTORED) expect(log, page).toMatch(new RegExp(`├─ /${page.replace(/[.]/g, '\\.')} \\(restored\\)`));
    expectSameFiles(`${out}-incremental`, out);
    // The event before it names it as the next.
    expect(readFileSync(join(out, 'en/events/miit-press-conference/index.html'), 'utf8')).toContain('outside links open in one-to-one chats');
  });

  it("after a title is edited, render its page, its card, its neighbours' pages and what names it, in its language, and copy every other event's, year's, platform's and diff's files and the matrix's", () => {
    const run = rounds[1]!.again;
    const copied = copiedIn(run);
    // Astro names an endpoint's file with a trailing slash (/images/en/timeline-2021.png/).
    const made = new Set(rendered(run).map((path) => path.replace(/(\.\w+)\/$/, '$1')));
    for (const path of [
      // Its page in both languages (each carries the title in both, for search) and its card.
      '/en/events/private-chat-opening/index.html',
      '/events/private-chat-opening/index.html',
      '/images/en/events/private-chat-opening.png',
      // The events before and after it link it by its English title on their English pages.
      '/en/events/miit-press-conference/index.html',
      '/en/events/three-paths-opinion/index.html',
      // What names it, in English: its year, its platforms, the whole history's lists and charts.
      '/en/years/2021/index.html',
      '/images/en/timeline-2021.png',
      '/images/en/timeline.png',
      '/en/platforms/taobao/index.html',
      '/en/embed/platforms/taobao/index.html',
      '/images/en/platform-taobao.png',
      '/en/sources/index.html',
    ]) {
      expect(made.has(path), `${path} rendered`).toBe(true);
      expect(copied(path), `${path} copied`).toBe(false);
    }
    for (const path of [
      // Its card in the other language, and the other language's pages of its neighbours.
      '/images/zh/events/private-chat-opening.png',
      '/events/miit-press-conference/index.html',
      // Any other event's page and card.
      '/images/en/events/miit-press-conference.png',
      '/en/events/taobao-login-douyin-token/index.html',
      '/images/en/events/taobao-login-douyin-token.png',
      // What names it in Chinese only, and the years and platforms it is not in.
      '/years/2021/index.html',
      '/platforms/taobao/index.html',
      '/images/zh/platform-taobao.png',
      '/images/zh/timeline-2021.png',
      '/images/en/timeline-2018.png',
      '/en/years/2018/index.html',
      '/en/platforms/jd/index.html',
      // The matrix names sources, not events: its pages and files.
      '/en/matrix/2021-09-17/index.html',
      '/embed/matrix/2021-09-17/index.html',
      '/images/en/matrix-2021-09-17.png',
      '/images/en/matrix-2021-09-17-phone.svg',
      '/data/charts/en/matrix-2021-09-17.csv',
      // The latest matrix and change, and the pages that name no event or another one.
      '/en/matrix/index.html',
      '/en/embed/matrix/index.html',
      '/en/diff/index.html',
      '/en/embed/diff/index.html',
      '/en/search/index.html',
      '/en/data/index.html',
      '/en/platforms/index.html',
      '/en/about/index.html',
      '/en/briefings/index.html',
      '/data/events.schema.json',
    ]) {
      expect(copied(path), `${path} copied`).toBe(true);
      expect(made.has(path), `${path} rendered`).toBe(false);
    }
    // A diff names the events taking effect in its range: only those that end on its day are made again, in English.
    const diffs = [...made].filter((path) => /\/diff\/\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d\//.test(path));
    expect(diffs.length).toBeGreaterThan(0);
    for (const path of diffs) expect(path).toMatch(/^\/en\/(embed\/)?diff\/[\d-]+\/2021-09-17\/index\.html$/);
  });
});

/** Whether Astro copied a page or file from the last build, by its log at "info". */
function copiedIn(run: Run): (path: string) => boolean {
  // Without the colours some environments (CI=1) give the log.
  const log = stripVTControlCharacters(run.stdout);
  // Astro names an endpoint's file with a trailing slash (/images/en/timeline-2021.png/).
  return (path) => new RegExp(`├─ ${path.replace(/[.]/g, '\\.')}/? \\((cached|restored)\\)`).test(log);
}

/** The pages and files Astro rendered (rather than reused) in a build, from its log at "info". */
const rendered = (run: Run) =>
  stripVTControlCharacters(run.stdout)
    // A file written without a time on its line runs straight into the next line's clock time.
    .replace(/\d\d:\d\d:\d\d/g, '\n')
    .split('\n')
    .filter((line) => line.includes('├─ ') && !/\((cached|restored)\)/.test(line))
    .map((line) => line.slice(line.indexOf('├─ ') + 3).replace(/\(\+[\d.]+m?s\)/, '').trim())
    .sort();

const INDEX_REUSED = /✓ search index: \d+ pages, none changed since the last build, so its index is reused/;

describe('a rebuild with nothing changed', () => {
  it('renders nothing a key covers, however it is started, and reuses the search index', async () => {
    const plain = await build(INCREMENTAL, CACHE, false);
    expect(plain.code, plain.stderr).toBe(0);
    // From another shell: the variable the shell sets to the command it ran, and the language, differ.
    const elsewhere = await build(INCREMENTAL, CACHE, false, { _: '/usr/local/bin/another-command', LANG: 'de_DE.UTF-8' });
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    expect(rendered(elsewhere)).toEqual(rendered(plain));
    // Only the route Astro gives no key (the not-found page, which has no parameters) is made every time.
    expect(rendered(elsewhere)).toEqual(['/404.html']);
    for (const run of [plain, elsewhere]) expect(stripVTControlCharacters(run.stdout)).toMatch(INDEX_REUSED);
    // The reused index is the one a fresh build of this content makes.
    expectSameFiles(join(INCREMENTAL, 'pagefind'), join(latest(), 'pagefind'));
  }, 1_200_000);
});

describe('a published page edited in place', () => {
  it('is rendered again, not reused, by the next build', async () => {
    // A rebuild with nothing changed reuses every page: the published file is Astro's cached copy.
    const page = 'en/sources/index.html';
    const unchanged = await build(INCREMENTAL, CACHE, false);
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(statSync(join(INCREMENTAL, page)).nlink).toBe(2);
    // As a deploy step that adds a script to the published pages would do.
    appendFileSync(join(INCREMENTAL, page), '<script>analytics()</script>');
    const run = await build(INCREMENTAL, CACHE, false);
    expect(run.code, run.stderr).toBe(0);
    const log = stripVTControlCharacters(run.stdout);
    expect(log).toMatch(/├─ \/en\/about\/index\.html \((cached|restored)\)/);
    expect(log).not.toMatch(/├─ \/en\/sources\/index\.html \((cached|restored)\)/);
    expect(readFileSync(join(INCREMENTAL, page)).equals(readFileSync(join(latest(), page)))).toBe(true);
    // Not a searched page: the search index is still the last one.
    expect(log).toMatch(INDEX_REUSED);
  }, 1_200_000);

  it('makes the search index again when the published one was edited in place', async () => {
    const entry = join(INCREMENTAL, 'pagefind/pagefind-entry.json');
    appendFileSync(entry, ' ');
    const run = await build(INCREMENTAL, CACHE, false);
    expect(run.code, run.stderr).toBe(0);
    // No searched page changed, so no language was begun while Astro worked, and none could
    // be kept: every page is read after Astro.
    expect(stripVTControlCharacters(run.stdout)).toMatch(/✓ search index: \d+ pages, \d+ of its \d+ files changed/);
    expectSameFiles(join(INCREMENTAL, 'pagefind'), join(latest(), 'pagefind'));
  }, 1_200_000);
});

describe('a copied page linking a bundle this build did not make', () => {
  it('fails the build, naming the page and the missing file, and leaves the previous output as it was', async () => {
    // As when a bundler setting renamed the scripts without changing the page's own code:
    // the page Astro would copy from its cache links a stylesheet that no longer exists.
    // Without the last build's record of its cached copies, Astro copies them rather than
    // the build linking them, as it did before the build linked pages.
    rmSync(join(CACHE, REUSE_RECORD));
    const cached = join(CACHE, 'dist/en/about/index.html');
    const html = readFileSync(cached, 'utf8');
    const stale = html.replace(/\/_astro\/[^"]+\.css/, '/_astro/renamed-since.css');
    expect(stale).not.toBe(html);
    // A new file: the cached copy's file is also the published page.
    rmSync(cached);
    writeFileSync(cached, stale);
    const before = readFileSync(join(INCREMENTAL, 'en/about/index.html'));
    const run = await build(INCREMENTAL, CACHE, false);
    expect(run.code).toBe(1);
    expect(stripVTControlCharacters(run.stderr)).toContain(
      `Build failed: pages refer to scripts or stylesheets this build did not make (copied from an earlier build whose bundles differ):\n  ${INCREMENTAL}/en/about/index.html: /_astro/renamed-since.css\nRun \`npm run build -- --fresh\` to render every page again.`,
    );
    expect(readFileSync(join(INCREMENTAL, 'en/about/index.html')).equals(before)).toBe(true);
  }, 600_000);
});
