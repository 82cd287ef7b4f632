/**
 * The site build: check content (in a worker, while Astro starts and bundles) → Astro build into a staging
 * folder, its pages made from the content as checked (src/build/provided-content.ts) → search
 * index (and a check of the staged pages) → briefing PDFs → swap the staging
 * folder into place. A failure
 * at any step leaves the previous good output untouched, because nothing is written to the
 * output folder until the very end. The replaced output is deleted by a detached process, so the build does not
 * wait for the disk (at 10,000 events that is tens of thousands of files).
 *
 *   node scripts/build.ts [--out dist] [--no-pdf] [--fresh] [--watch]
 *
 * --watch builds, then builds again whenever a file of the content or the code is saved
 * (./watch.ts), each time in a process of its own that set Astro up and bundled before the save.
 *
 * Pages whose code and content are unchanged since the last build are reused from Astro's
 * incremental cache (experimental.incrementalBuild; each page's cache key names the content
 * it reads: src/data/cache-keys.ts), hard-linked into staging rather than copied
 * (src/build/reused-pages.ts). --fresh renders every page again.
 *
 * --no-pdf (or BRIEFING_PDFS=0) skips the PDFs, as does a machine without Chromium (with a
 * warning); the briefing pages then say no PDF was made instead of linking one.
 *
 * Environment: CONTENT_DIR (content folder), SITE_URL, BASE_PATH (see astro.config.mjs),
 * PAPER (A4 or Letter, for the PDFs), CHROMIUM_PATH, ASTRO_CACHE_DIR (where Astro keeps its
 * content cache between builds; default node_modules/.astro — the benchmarks give each
 * synthetic site its own).
 *
 * Each step prints how long it took, e.g. "✓ pages (12.3 s)"; bench/build-scaling reads them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentCheckInput, ContentVerdict } from './build-content-check.ts';
import type { LinkPagesInput } from './build-link-pages.ts';
import type { SearchIndexAnswer, SearchIndexInput, SearchIndexRequest } from './build-search-index.ts';
import { cliArgs, KEPT_FOLDERS, unsafeOutput, usageError } from './cli-args.ts';
import { chromiumPath, parsePaper } from './pdf-options.ts';
import { inside } from './paths.ts';
import { startWorker } from './workers.ts';
import { missingAssets } from '../src/build/asset-references.ts';
import { WrittenPages } from '../src/build/written-pages.ts';
import { searchBodiesElsewhere, searchedFolders, searchedPage, searchedPageLang, searchGlob } from '../src/build/search-index.ts';
import { cacheFolder, cacheKey, fileCache } from '../src/build/file-cache.ts';
import { fileHolds, type Stamp } from '../src/build/file-stamps.ts';
import { forgetPreviousBuild, recordCachedPages, settleLinks, writesReplaceLinkedFiles, type LinkedPages } from '../src/build/reused-pages.ts';
import { entryFile, INDEX_ORDER, inIndexOrder, joinIndexes, mergeLanguages, type LanguageIndex, type MadeIndex, type SearchIndexInMaking } from '../src/build/ordered-search-index.ts';
import { keptLanguages, linkIndexFiles, publishedIndexFiles, recordedContent, recordedLanguages, recordSearchIndex, reuseSearchIndex, searchedPages, SEARCH_FOLDER, writeSearchIndex } from '../src/build/reused-search-index.ts';
import { LANGS, type Lang } from '../src/model/lang.ts';
import { buildSettingsKey } from '../src/data/cache-keys.ts';
import { changedLanguages } from '../src/build/language-stamps.ts';
import { alive, takeBuildLock } from '../src/build/build-lock.ts';
import { toBeTold, WHEN_TOLD } from './build-when-told.ts';
import { provideContent } from '../src/build/provided-content.ts';
import { buildDay } from '../src/build/build-day.ts';
import { loadPageModules, notePageModules, savePageModules } from '../src/build/page-modules.ts';
import { searchedPagesWritten } from '../src/build/searched-pages-written.ts';

// A module that reads import.meta.env whole gets, written into its code, every environment
// variable whose name appears anywhere in its text (astro/dist/env/vite-plugin-import-meta-env.js).
// `_`, which the shell sets to the command it ran, appears in almost any text: in such a
// module, a build started another way (npm, a script, another shell) would count every page
// that imports it as changed. The site's own code no longer reads the env whole (src/lib/urls.ts);
// this keeps `_` out of any module that does.
delete process.env._;

// V8's compiled code for every module loaded from here on (Astro, Vite, the pages' code) is
// kept between builds, in the cache folder; the worker threads inherit it through the
// environment. In ten alternating pairs of edit rebuilds at 1,000 events, each build with it
// used 0.25-0.8 s less user CPU. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const compiled = enableCompileCache(cacheFolder('node-compile'));
if (compiled.directory) process.env.NODE_COMPILE_CACHE = compiled.directory;

const BUILD_USAGE = 'Usage: npm run build -- [--out dist] [--no-pdf] [--fresh] [--watch]';
const values = cliArgs(BUILD_USAGE, {
  out: { type: 'string', default: 'dist' },
  'no-pdf': { type: 'boolean', default: false },
  fresh: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
});
const root = process.cwd();
// The output folder is replaced whole at the end: never the project, its content or its code.
const unsafeOut = unsafeOutput('--out', values.out, root, [...KEPT_FOLDERS, ...(process.env.CONTENT_DIR ? [process.env.CONTENT_DIR] : [])]);
if (unsafeOut) usageError(unsafeOut, BUILD_USAGE);
/** Names the checks the staged pages pass (step 3): changing them makes every page be read again. */
const PAGE_CHECKS = 'assets, search bodies; 1';
const outDir = resolve(root, values.out!);
if (values.watch) {
  const { watch } = await import('./watch.ts');
  await watch({ root, content: resolve(root, process.env.CONTENT_DIR ?? 'content'), out: outDir, script: fileURLToPath(import.meta.url), args: process.argv.slice(2).filter((arg) => arg !== '--watch') });
}
// Staging and the replaced output live beside the output folder, on the same disk, so the
// swap is two renames wherever --out points.
const work = resolve(dirname(outDir), '.build');
const staging = resolve(work, `staging-${process.pid}`);
const previous = resolve(work, `previous-${process.pid}`);

/**
 * Deletes folders, and prunes the caches' files untouched for a week, in a detached process
 * that outlives this one, at the lowest CPU priority (./delete-in-background.ts): a build
 * started straight after this one (an editor's next rebuild) must not share the cores with
 * deleting the last output's thousands of files.
 */
function removeInBackground(dirs: readonly string[], prune: readonly string[] = []) {
  if (dirs.length === 0 && prune.length === 0) return;
  const script = fileURLToPath(new URL('./delete-in-background.ts', import.meta.url));
  const deleter = spawn(process.execPath, [script, ...dirs, ...prune.map((dir) => `prune:${dir}`)], { detached: true, stdio: 'ignore' });
  deleter.unref();
  try {
    if (deleter.pid !== undefined) setPriority(deleter.pid, 19);
  } catch {
    // Not permitted here: it runs at the build's priority.
  }
}

/** Runs a worker thread (a module beside this one) and resolves to the one message it posts. */
function fromWorker<T>(file: string, workerData: unknown, what: string): Promise<T> {
  return startWorker<T>(new URL(file, import.meta.url), workerData, what).answer;
}

/**
 * The search index, made in a worker thread (./build-search-index.ts): a language is begun,
 * from the pages linked from the last build, when one of its searched pages changes while
 * Astro renders; finished or dropped once Astro is done.
 */
function searchIndexInWorker(input: SearchIndexInput): SearchIndexInMaking {
  const { worker, answer, noted } = startWorker<SearchIndexAnswer>(new URL('./build-search-index.ts', import.meta.url), input, 'the search index');
  answer.catch(() => undefined); // Reported where it is awaited.
  const ask = async (request: SearchIndexRequest) => {
    worker.postMessage(request);
    const got = await answer;
    if ('error' in got) throw new Error(got.error);
    return got;
  };
  return {
    begin(lang, written) {
      worker.postMessage({ begin: lang, ...(written ? { written } : {}) } satisfies SearchIndexRequest);
    },
    read() {
      worker.postMessage({ read: true } satisfies SearchIndexRequest);
      return noted('read');
    },
    async finish(dir, searched, languages = LANGS) {
      const got = await ask({ finish: { dir, searched, languages } });
      if (!('made' in got)) throw new Error('the search index answered without one');
      return got.made;
    },
    async discard() {
      await ask({ discard: true });
    },
  };
}

/** Staging folders and replaced outputs that a killed build (or its killed deleter) left in .build/. */
function leftovers(): string[] {
  if (!existsSync(work)) return [];
  return readdirSync(work)
    .filter((name) => /^(previous|staging)-\d+$/.test(name) && !alive(Number(name.slice(name.indexOf('-') + 1))))
    .map((name) => resolve(work, name));
}

let astroCache = '';
/** Whether Astro has begun to bundle and render: the files it writes from then on are recorded. */
let rendering = false;
/** Whether Astro has begun to write pages (and so, perhaps, its cached copies of them). */
let pagesBegun = false;

function fail(message: string, previousIntact = true): never {
  // Astro writes a page's cached copy when it renders it, but its manifest only at the end.
  if (pagesBegun) forgetPreviousBuild(astroCache);
  console.error(message);
  const previousOutput = existsSync(outDir) ? (previousIntact ? `the previous output in ${values.out} is unchanged` : `check the previous output in ${values.out}`) : 'nothing was written';
  console.error(`\nBuild failed; ${previousOutput}.`);
  try {
    // Retried: a worker linking the last build's pages, or Astro's bundler, may still be writing into it.
    rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Still being written: the next build removes it, as it removes any staging folder a stopped build left.
  }
  process.exit(1);
}

// Whether the briefings get PDFs: decided before the pages are built, so they link one only if it will exist.
let paper: ReturnType<typeof parsePaper> = 'A4';
try {
  paper = parsePaper(process.env.PAPER);
} catch (error) {
  fail(`Build failed: PAPER: ${(error as Error).message}`);
}
// The day the build counts as today (src/build/build-day.ts): a bad SOURCE_DATE_EPOCH is named here, once.
try {
  buildDay();
} catch (error) {
  fail(`Build failed: ${(error as Error).message}`);
}
const wantPdfs = !values['no-pdf'] && process.env.BRIEFING_PDFS !== '0';
const pdfs = wantPdfs && existsSync(chromiumPath());
if (wantPdfs && !pdfs) console.warn(`! no Chromium at ${chromiumPath()}: building without briefing PDFs (set CHROMIUM_PATH, or pass --no-pdf to silence this)`);
process.env.BRIEFING_PDFS = pdfs ? '1' : '0';
const base = process.env.BASE_PATH ?? '/';

// 1. Content checks (every problem at once, with file, line and field), in a worker while
// Astro starts and bundles. Astro writes no page before they pass; a failure stops the build at once.
// A build started ahead of an edit by --watch (./watch.ts) sets Astro up, says it is ready and
// waits; it begins when the watcher says a file changed (beginBuild, below).
const waiting = process.env[WHEN_TOLD] === '1' && process.send !== undefined ? toBeTold() : undefined;
const contentCheck = startWorker<ContentVerdict>(new URL('./build-content-check.ts', import.meta.url), { root, base, whenTold: waiting !== undefined } satisfies ContentCheckInput, 'the content check');
contentCheck.answer.catch(() => undefined); // Reported where it is awaited, below.
// performance.now() counts from the start of the process (or from being told to begin), so
// the total includes start-up (Node and module loading) and swapping the output into place.
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let toldAt = 0;
let startup = 0;
let stepStarted = 0;
/** Time since the previous step ended, as "1.2 s". */
function lap(): string {
  const now = performance.now();
  const text = seconds(now - stepStarted);
  stepStarted = now;
  return text;
}

const checked = contentCheck.answer.then(
  (verdict) => {
    if (!verdict.ok) fail(verdict.report);
    // A build started ahead of an edit set Astro up and bundled before it.
    console.log(`✓ content: ${verdict.summary} (${seconds(verdict.ms)}${waiting ? '' : ', while Astro sets up and bundles'})`);
    return verdict;
  },
  (error: unknown) => fail(`Content check failed:\n${error instanceof Error ? error.message : String(error)}`),
);
// The pages are built from the content as the check read it, not from Astro's content store
// (src/build/provided-content.ts): Astro's bundle is then the same whatever the content.
provideContent(checked.then((verdict) => (verdict as Extract<ContentVerdict, { ok: true }>).content));

// 2. Astro, into staging. Pages reused from the last build are hard-linked in from Astro's
// cache meanwhile, in another worker (src/build/reused-pages.ts); Astro leaves them where they are.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.CONTENT_CHECKED = '1';
astroCache = resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
const reuse = !values.fresh && process.env.ASTRO_INCREMENTAL !== '0';
let linking: Promise<LinkedPages | undefined> = Promise.resolve(undefined);
let beginning: Promise<void> | undefined;
// Astro writes its bundles into staging before it writes a page: a build started ahead of an
// edit, before it is told to begin. The folder is this process's own.
mkdirSync(work, { recursive: true });
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);
/**
 * Begins the build proper, once: before Astro for a build begun by hand, and, for one started
 * ahead of an edit by --watch (./watch.ts), when the watcher says a file changed. Astro has
 * then set itself up and bundled the pages' code (which holds no content:
 * src/build/provided-content.ts), and waits to write the pages; the content check's worker has
 * loaded its code. Both go on from here, and the build's times count from here.
 */
function beginBuild(): Promise<void> {
  return (beginning ??= (async () => {
    // One build at a time on a cache (src/build/build-lock.ts), taken before anything in it is
    // read or written but the content store (which holds nothing: src/build/provided-content.ts).
    // A build started ahead of an edit takes it before it waits: the pages it links and the
    // search index it begins from them must stay the cache's until it builds.
    const lock = takeBuildLock(astroCache);
    if ('heldBy' in lock) {
      console.error(
        `Build failed: another build (process ${lock.heldBy}) is using the cache in ${inside(root, astroCache) ? relative(root, astroCache) : astroCache} now. ` +
          `Wait for it to end, or stop it (\`npm run build -- --watch\` holds the cache while it waits for a save, and builds after every save), and build again.`,
      );
      console.error(`\nBuild failed; ${existsSync(outDir) ? `the previous output in ${values.out} is unchanged` : 'nothing was written'}.`);
      process.exit(1);
    }
    process.once('exit', lock.release);
    // Stopped (Ctrl-C, or the watcher stopping the build that waits for a save): the lock is
    // let go, as it is on any other exit; the staging folder is removed by the next build.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
    removeInBackground(leftovers());
    if (reuse) linking = fromWorker<LinkedPages>('./build-link-pages.ts', { cacheDir: astroCache, staging } satisfies LinkPagesInput, 'linking the reused pages');
    if (waiting) {
      // While there is time: what the last build's pages imported from the packages
      // (src/build/page-modules.ts), the search index read from the pages just linked, and
      // the content check's code warmed up. It says it is ready (and the watcher that it is
      // watching) once all are done; a save before that begins the build at once, and the
      // reading and the warming up go on beside it.
      const [, ahead] = await Promise.all([loadPageModules(astroCache), readAhead()]);
      void Promise.all([ahead.read, contentCheck.noted('warm')]).then(() => waiting.ready());
      toldAt = await waiting.told;
      contentCheck.worker.postMessage('begin');
    }
    startup = performance.now() - toldAt;
    stepStarted = performance.now();
  })());
}
if (!waiting) await beginBuild();
// The search index starts from the searched pages just linked, while Astro renders, a
// Pagefind per language (src/build/ordered-search-index.ts, in a worker); after Astro only
// the pages it rendered are read again.
let searchIndex: SearchIndexInMaking | undefined;
/** The pages linked from the last build, once Astro may begin (the search index begins from them). */
let linkedFiles: ReadonlyMap<string, Stamp> | undefined;
/** The languages whose search index is begun. */
const begun = new Set<Lang>();
// A reused page's file is also the cached copy and, after the swap, the published page.
// A language's search index is begun, from the linked pages, when Astro first writes one of
// its searched pages with other bytes than the page it replaces: an edit to one language's
// text leaves the other's index as it was (src/build/reused-search-index.ts), and its
// Pagefind never reads a page.
// A language none of whose searched pages was linked (a first build, or --fresh) is begun
// instead once Astro has written every event page of it, from those pages: they come first
// in the index's order, and Astro writes the platforms' pages, which come after them, last
// (src/build/ordered-search-index.ts). Pagefind then reads 20,000 pages while Astro renders
// the matrix and the rest, not after it, at 10,000 events.
/** Per language without linked searched pages: its event pages, and those Astro has yet to write. */
const eventPagesDue: Partial<Record<Lang, { readonly pages: readonly string[]; readonly due: Set<string> }>> = {};
// The begun languages' index is finished once Astro has written every searched page, while it
// renders the pages after them and draws the last images (src/build/searched-pages-written.ts),
// or else after Astro.
const searchedWritten = searchedPagesWritten();
/** The begun languages' index, finished before Astro ended, with the searched pages it was finished from. */
let finishedEarly: { readonly searched: readonly string[]; readonly languages: readonly Lang[]; readonly index: Promise<MadeIndex> } | undefined;
void searchedWritten.all.then((searched) => {
  if (!begun.size) return;
  const languages = [...begun];
  finishedEarly = { searched, languages, index: searchIndex!.finish(staging, searched, languages) };
  finishedEarly.index.catch(() => undefined); // Awaited with the index, below.
});
// The checks of the staged pages after Astro read a page Astro writes as it writes it (src/build/written-pages.ts).
const written = new WrittenPages(base);
const restoreWrites = writesReplaceLinkedFiles(
  (path, data) => {
    if (!rendering) return;
    const page = relative(staging, path);
    // Astro writes pages as text or bytes; anything else counts as a change, and is read from the disk.
    const bytes = typeof data === 'string' ? Buffer.from(data) : data instanceof Uint8Array ? data : undefined;
    written.record(page, bytes);
    const lang = searchedPageLang(page);
    if (!lang || begun.has(lang) || eventPagesDue[lang]) return;
    if (!(bytes && fileHolds(path, bytes))) beginSearchIndex(lang);
  },
  (path, copied) => {
    const page = relative(staging, path);
    const lang = rendering ? searchedPageLang(page) : undefined;
    const events = lang && eventPagesDue[lang];
    if (events && events.due.delete(page) && !events.due.size) {
      delete eventPagesDue[lang];
      beginSearchIndex(lang, events.pages);
    }
    if (lang) searchedWritten.written(page, copied); // Last: every language to index is begun by then.
  },
);
function beginSearchIndex(lang: Lang, written?: readonly string[]) {
  begun.add(lang);
  searchIndex ??= searchIndexInWorker({ dir: staging, linked: [...(linkedFiles ?? [])] });
  searchIndex.begin(lang, written);
}
/**
 * A build started ahead of an edit reads the pages it has linked into each language's index
 * before the save; which languages are made, and from which pages, is decided after it, as
 * in any build (a language read but not begun is dropped). At 1,000 events that is 2,000
 * pages, and CPU that a title edit's rebuild otherwise spent beside Astro's.
 */
async function readAhead(): Promise<{ read: Promise<void> }> {
  // A failure to link is reported after the save, as in any build (setUpForPages).
  const linked = await linking.catch(() => undefined);
  if (!linked?.files.size) return { read: Promise.resolve() };
  linkedFiles = linked.files;
  searchIndex ??= searchIndexInWorker({ dir: staging, linked: [...linkedFiles] });
  for (const lang of new Set([...linkedFiles.keys()].map(searchedPageLang))) if (lang) searchIndex.begin(lang);
  return { read: searchIndex.read() };
}
/** Notes the package modules the pages' code imports, for the next build that waits for an edit. */
let pageModules: ReturnType<typeof notePageModules> | undefined;
let pagesReady: Promise<void> | undefined;
/**
 * Resolves, once, when the content has passed and the reused pages are linked, with the search
 * index set up for the pages; Astro writes no page before.
 */
function readyForPages(): Promise<void> {
  return (pagesReady ??= setUpForPages());
}
async function setUpForPages(): Promise<void> {
  await beginBuild(); // A build started ahead of an edit waits here for the save.
  const [content, linked] = await Promise.all([checked, linking]);
  linkedFiles = linked?.files;
  const linkedLanguages = new Set([...(linkedFiles?.keys() ?? [])].map(searchedPageLang));
  for (const lang of LANGS) {
    if (linkedLanguages.has(lang) || !content.events.length) continue;
    const pages = content.events.map((id) => searchedPage({ page: 'event', id }, lang));
    eventPagesDue[lang] = { pages, due: new Set(pages) };
  }
  // A language whose content changed since the last build is begun now, so that its
  // Pagefind reads the linked pages while Astro bundles and renders: an event's page is
  // written near the end of rendering, and begun then, the index was still reading 1,000
  // pages after Astro (0.4-0.5 s at 1,000 events).
  if (linkedFiles?.size) for (const lang of changedLanguages(content.languages, recordedContent(astroCache))) if (!eventPagesDue[lang]) beginSearchIndex(lang);
}
try {
  const { build } = await import('astro');
  await build({
    root,
    outDir: staging,
    cacheDir: astroCache,
    ...(values.fresh ? { force: true } : {}),
    // Always `info`, filtered by ASTRO_LOG_LEVEL where it is written (./astro-log.ts): the level
    // given to Astro is part of every page's code.
    logLevel: 'info',
    logger: { entrypoint: fileURLToPath(new URL('./astro-log.ts', import.meta.url)) },
    vite: {
      // Staging holds only the linked pages: emptying it would undo them.
      build: { emptyOutDir: false },
      plugins: [
        {
          name: 'wlp-build:before-pages',
          // After Astro's bundles, before it writes a page: Astro writes them in a buildApp
          // handler of the same order that comes after this one.
          buildApp: {
            order: 'post',
            handler: async () => {
              await readyForPages();
              pagesBegun = true;
              pageModules = notePageModules();
            },
          },
        },
      ],
    },
    integrations: [
      {
        name: 'wlp-build',
        hooks: {
          // After Astro's setup, before it bundles: the content check's verdict and the links
          // are awaited only before Astro writes a page (above), so Astro bundles meanwhile.
          // A build started ahead of an edit bundles before the save, and waits there.
          'astro:build:start': ({ setPrerenderer }) => {
            setPrerenderer((astros) => searchedWritten.watch(astros));
            rendering = true;
            if (!waiting) readyForPages().catch(() => undefined); // Awaited before the pages.
          },
        },
      },
    ],
  });
} catch (error) {
  // A build started ahead of an edit reports a failure once told, as any build would then.
  await beginBuild().catch(() => undefined);
  await checked; // Bad content explains a failure better than Astro's error does.
  fail(`Astro build failed:\n${error instanceof Error ? error.message : String(error)}`);
}
restoreWrites();
rendering = false;
const importedByPages = pageModules?.stop();
// Loaded now, while the checks and the search index below wait mostly on other processes.
const printing = pdfs ? import('./pdf.ts') : undefined;
printing?.catch(() => undefined); // Reported where it is awaited.
const linked = await linking;
const settled = linked && settleLinks(astroCache, staging, linked);
if (settled) {
  if (settled.overwritten.length) {
    forgetPreviousBuild(astroCache);
    fail(
      `Build failed: pages reused from the last build were written in place, so the last output may have changed too:\n` +
        settled.overwritten.map((file) => `  ${file}`).join('\n') +
        `\nRun \`npm run build -- --fresh\` to render every page again.`,
      false,
    );
  }
}
// The languages begun while Astro rendered are finished at once, before the last index is
// looked at: one of their pages changed (or their content did), so they are almost always
// made again, and Pagefind builds them while the checks below run (finished only after that
// look, the index came 0.2-0.25 s later at 1,000 events). A begun language whose index
// could have been kept is made all the same: from the same pages, Pagefind makes the same
// files. The searched pages are listed once the links are settled: a linked page Astro no
// longer makes (a deleted event's) is gone from staging by then.
// Finished before Astro ended, it is used if it was made from the searched pages now staged
// and none of them was written after; otherwise it is made again, from every page.
const searchedNow = begun.size ? searchedPages(staging) : undefined;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const earlyHolds =
  finishedEarly && !searchedWritten.late && finishedEarly.languages.length === begun.size && sameList(inIndexOrder(finishedEarly.searched), inIndexOrder(searchedNow!));
/** The begun languages' index made afresh, from every searched page now staged. */
const remade = () => searchIndexInWorker({ dir: staging, linked: [] }).finish(staging, searchedNow!, [...begun]);
/** Whether the index used is the one finished while Astro rendered. */
let finishedWhileRendering = Boolean(earlyHolds);
const early = !begun.size
  ? undefined
  : earlyHolds
    ? // If it failed (a page it read was being copied in by Astro, say), it is made again.
      finishedEarly!.index.catch(() => {
        finishedWhileRendering = false;
        return remade();
      })
    : finishedEarly
      ? remade()
      : searchIndex!.finish(staging, searchedNow!, [...begun]);
early?.catch(() => undefined); // Awaited with the index, below.
// Read ahead of an edit, and no language begun: the worker and its Pagefinds end.
if (!begun.size) void searchIndex?.discard().catch(() => undefined);
const verdict = (await checked) as Extract<ContentVerdict, { ok: true }>;
const reusedNote = [
  settled?.reused.size ? `${settled.reused.size} reused from the last build` : '',
  linked?.discarded.length ? `${linked.discarded.length} changed since published, so rendered again` : '',
].filter(Boolean);
console.log(`✓ pages${reusedNote.map((note) => `, ${note}`).join('')} (${lap()})`);

// What the staged pages are checked against below. A page reused from a build that checked
// it against the same is not read again (the stamp of a reused page is that build's file).
const assetFiles = existsSync(resolve(staging, '_astro')) ? readdirSync(resolve(staging, '_astro')).sort() : [];
const checkedWith = cacheKey(PAGE_CHECKS, base, searchGlob(), ...assetFiles);
const reused = new Map(settled ? [...settled.reused].map((file) => [file, linked.files.get(file)!]) : []);
const known: ReadonlySet<string> = linked?.checkedWith === checkedWith ? settled!.reused : new Set();
// What the search index is made from besides the pages: Pagefind (its version is in the lockfile), the folders it reads, the order it reads them in, the base path.
const searchMadeWith = cacheKey(buildSettingsKey(root), base, searchGlob(), INDEX_ORDER);

// 3. Search index (Pagefind, in a process of its own) from the searched pages, while this
// process checks the staged pages; or, if no searched page changed, the last build's index;
// or, if no searched page of a language changed, the last build's index of that language and
// a new one of the other.
/** What each language's Pagefind made of the index published: for the record of it. */
let indexLanguages: Partial<Record<Lang, LanguageIndex>> = {};
/** Astro's cached copies of the pages, as recorded for the next build once the staged pages pass the checks. */
let cachedPages: ReadonlyMap<string, Stamp> = new Map();
try {
  const lastIndex = { cacheDir: astroCache, out: outDir, staging, madeWith: searchMadeWith, reused };
  const reusedIndex = reuse ? reuseSearchIndex(lastIndex) : false;
  const searched = reusedIndex === false ? (searchedNow ?? searchedPages(staging)) : [];
  const kept = reusedIndex === false && reuse ? keptLanguages(lastIndex, searched) : {};
  // A language neither begun (none of its searched pages was written with new bytes) nor
  // kept (the published index was edited, say) is made now, from the linked pages.
  const late = reusedIndex === false ? LANGS.filter((lang) => !kept[lang] && !begun.has(lang)) : [];
  const madeIndex = Promise.all([early, late.length ? searchIndexInWorker({ dir: staging, linked: [...(linkedFiles ?? [])] }).finish(staging, searched, late) : undefined]).then(
    // The last index as it was (no searched page changed): what was begun is not needed.
    ([first, second]) => (reusedIndex === false ? joinIndexes(first, second) : undefined),
  );
  madeIndex.catch(() => undefined); // Awaited below, after the checks.

  // Pages copied from the previous build must not point at bundles this build renamed.
  const missing = missingAssets(staging, base, 10, known, written.assets);
  if (missing.length) {
    fail(
      `Build failed: pages refer to scripts or stylesheets this build did not make (copied from an earlier build whose bundles differ):\n` +
        missing.map((m) => `  ${values.out}/${m.page}: ${m.asset}`).join('\n') +
        `\nRun \`npm run build -- --fresh\` to render every page again.`,
    );
  }
  // A page that marks a body to search but lies outside the folders the index reads would be missing from search.
  const unsearched = searchBodiesElsewhere(staging, 10, known, written.searchBodies);
  if (unsearched.length) {
    fail(
      `Build failed: these pages mark a body to search (data-pagefind-body), but the search index reads only ${searchedFolders().join(', ')}:\n` +
        unsearched.map((page) => `  ${values.out}/${page}`).join('\n') +
        `\nAdd their route to SEARCHED_ROUTES in src/build/search-index.ts.`,
    );
  }

  // The staged pages passed every check: what the next build may reuse is recorded now,
  // while Pagefind works (at 1,000 events, 7,000 files' sizes and times: 60-70 ms).
  cachedPages = recordCachedPages(astroCache, checkedWith);
  if (importedByPages) savePageModules(astroCache, importedByPages);
  const made = await madeIndex;
  const keptNames = LANGS.filter((lang) => kept[lang] && !made?.languages[lang]);
  if (made) {
    // The kept languages' entries join the new ones; their own files are linked from the last output.
    const files = keptNames.length ? mergeLanguages([made.files, ...keptNames.map((lang) => [entryFile(kept[lang]!.entry)])]) : made.files;
    const inNew = new Set(files.map((file) => file.path));
    const keptFiles = [...new Set(keptNames.flatMap((lang) => kept[lang]!.files))].filter((file) => !inNew.has(file));
    linkIndexFiles(outDir, staging, keptFiles);
    const { written } = writeSearchIndex(files, resolve(outDir, SEARCH_FOLDER), resolve(staging, SEARCH_FOLDER));
    indexLanguages = { ...kept, ...made.languages };
    // The pages read last: those changed since the index was begun, and those it was not begun from.
    const when = finishedWhileRendering ? 'once Astro had written them, finished while it made the rest' : 'after Astro';
    const read = made.readAfter < made.pages ? `, ${made.readAfter} read ${when}` : '';
    const keptNote = keptNames.length ? `, ${keptNames.join(' and ')} kept as it was` : '';
    console.log(`✓ search index: ${searched.length} pages${read}${keptNote}, ${written} of its ${files.length + keptFiles.length} files changed (${lap()})`);
  } else if (reusedIndex === false) {
    // Every searched page rendered again came out as it was.
    linkIndexFiles(outDir, staging, publishedIndexFiles(outDir));
    indexLanguages = kept;
    console.log(`✓ search index: ${searched.length} pages, none changed since the last build, so its index is reused (${lap()})`);
  } else {
    indexLanguages = recordedLanguages(astroCache);
    console.log(`✓ search index: ${reusedIndex} pages, none changed since the last build, so its index is reused (${lap()})`);
  }
} catch (error) {
  fail(`Search indexing failed:\n${error instanceof Error ? error.message : String(error)}`);
}

// 4. Briefing PDFs, printed from the staged pages.
if (pdfs) {
  try {
    const { renderPdfs } = await printing!;
    const results = await renderPdfs({ dir: staging, base, jobs: verdict.pdfJobs, paper, cache: fileCache(cacheFolder('pdf'), '.pdf') });
    const reused = results.filter((r) => r.cached).length;
    console.log(`✓ briefing PDFs: ${results.length} (${paper})${reused ? `, ${reused} unchanged since last printed` : ''} (${lap()})`);
  } catch (error) {
    fail(`Briefing PDFs failed:\n${error instanceof Error ? error.message : String(error)}`);
  }
}

// 5. Swap into place and record the search index. The replaced output goes to .build/ and
// is deleted in the background.
mkdirSync(dirname(outDir), { recursive: true });
const replacing = existsSync(outDir);
if (replacing) renameSync(outDir, previous);
renameSync(staging, outDir);
removeInBackground(replacing ? [previous] : [], [cacheFolder('')]);
recordSearchIndex(astroCache, outDir, searchMadeWith, cachedPages, indexLanguages, verdict.languages);
console.log(`✓ built ${values.out}/ in ${seconds(performance.now() - toldAt)} (start-up ${seconds(startup)}, swap ${lap()})`);
