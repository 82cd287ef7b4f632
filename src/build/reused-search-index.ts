/**
 * The search index of the last build, reused when no searched page changed. Pagefind cannot
 * update an index it has written, and building one takes 0.6 s at 1,000 events even from
 * pages it was given while Astro rendered (./ordered-search-index.ts); a rebuild in which
 * every searched page is one reused from the last build (the same file:
 * src/build/reused-pages.ts) links the last output's index into the new one instead.
 * Node-only; used by scripts/build.ts.
 *
 * After each successful build a record in Astro's cache folder names the output folder,
 * what made the index (Pagefind's version, the pages it reads, the base path), the stamp of
 * each searched page's cached copy (the file the next build links) and the stamp of each
 * index file as published. The index is reused only if all of it still holds: the same
 * pages, every one reused unchanged, and the published index as it was written (a deploy
 * step that rewrote it, say, makes a new one). The index's files are linked into the new
 * output, as reused pages are.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LANGS, type Lang } from '../model/lang.ts';
import { fileHolds, sameStamp, stampOf, type Stamp } from './file-stamps.ts';
import { htmlPages } from './html-pages.ts';
import type { LanguageStamps } from './language-stamps.ts';
import type { LanguageIndex } from './ordered-search-index.ts';
import { searchedFolders, searchedPageLang } from './search-index.ts';

export const SEARCH_RECORD = 'wlp-search-index.json';
/** Pagefind's folder in the output. */
export const SEARCH_FOLDER = 'pagefind';

interface SearchRecord {
  /** The output folder the index was published in. */
  readonly out: string;
  /** What made the index (Pagefind's version, the pages it reads, the base path). */
  readonly madeWith: string;
  /** Each searched page's cached copy, relative to the output folder. */
  readonly pages: Record<string, Stamp>;
  /**
   * Each searched page as published, the file the index was made from (after a first build
   * it is not the cached copy: Astro writes that apart). Not in a record from before this was kept.
   */
  readonly published?: Record<string, Stamp>;
  /** Each file of the published index, relative to its folder. */
  readonly files: Record<string, Stamp>;
  /** What each language's Pagefind made of it (a record from before this was kept has none). */
  readonly languages?: Partial<Record<Lang, LanguageIndex>>;
  /** Each language's stamp of the content the pages were made from (./language-stamps.ts; not in older records). */
  readonly content?: Partial<Record<Lang, string>>;
}

function readRecord(cacheDir: string): SearchRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, SEARCH_RECORD), 'utf8')) as Partial<SearchRecord> | null;
    // Forgotten ({}), or not one this code wrote: nothing to reuse.
    if (typeof record?.out !== 'string' || typeof record.madeWith !== 'string' || !record.pages || !record.files) return undefined;
    return record as SearchRecord;
  } catch {
    return undefined;
  }
}

/** The searched pages in a built folder, relative to it, folder by folder in name order. */
export function searchedPages(dir: string): string[] {
  return searchedFolders()
    .filter((folder) => existsSync(join(dir, folder)))
    .flatMap((folder) => [...htmlPages(join(dir, folder), new Set(), dir)].map((page) => relative(dir, page)));
}

/** Every file under a folder, relative to it, with its stamp. */
function stampsUnder(dir: string): Map<string, Stamp> {
  const stamps = new Map<string, Stamp>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    stamps.set(relative(dir, path), stampOf(statSync(path)));
  }
  return stamps;
}

/** Makes the folders under `into` that these files (relative to it) go in. */
function makeFolders(into: string, files: readonly string[]): void {
  for (const folder of new Set(files.map((file) => dirname(join(into, file))))) mkdirSync(folder, { recursive: true });
}

export interface SearchReuse {
  readonly cacheDir: string;
  /** The output folder, where the last build's index is. */
  readonly out: string;
  readonly staging: string;
  readonly madeWith: string;
  /** The pages this build reused from the last one, with their stamps (relative to staging). */
  readonly reused: ReadonlyMap<string, Stamp>;
}

/**
 * Links the last build's index into staging if every searched page is one it reused,
 * unchanged, and the published index is as the last build wrote it. The number of searched
 * pages if it did; false if the index must be made.
 */
export function reuseSearchIndex({ cacheDir, out, staging, madeWith, reused }: SearchReuse): number | false {
  const record = readRecord(cacheDir);
  if (!record || record.out !== out || record.madeWith !== madeWith) return false;
  const pages = searchedPages(staging);
  if (pages.length !== Object.keys(record.pages).length) return false;
  if (!pages.every((page) => sameStamp(reused.get(page), record.pages[page]))) return false;
  const files = publishedIndex(record, out);
  if (!files) return false;
  linkIndexFiles(out, staging, files);
  return pages.length;
}

/** The files of the index published in `out`, relative to its folder. */
export const publishedIndexFiles = (out: string): string[] => [...stampsUnder(join(out, SEARCH_FOLDER)).keys()];

/** What each language's Pagefind made of the last build's index, as recorded; none if unknown. */
export const recordedLanguages = (cacheDir: string): Partial<Record<Lang, LanguageIndex>> => readRecord(cacheDir)?.languages ?? {};

/** The published index's files, if it is as the last build wrote it. */
function publishedIndex(record: SearchRecord, out: string): string[] | undefined {
  const published = join(out, SEARCH_FOLDER);
  if (!existsSync(published)) return undefined;
  const files = stampsUnder(published);
  if (files.size !== Object.keys(record.files).length) return undefined;
  for (const [file, stamp] of files) if (!sameStamp(stamp, record.files[file])) return undefined;
  return [...files.keys()];
}

/**
 * Links these files of the published index (relative to its folder) into staging's.
 * Linked, not copied: making 2,000 new files in a folder where a build has just deleted
 * thousands costs the file system far more than naming existing ones. The other name is the
 * output this build replaces; a later change to either shows in its stamp.
 */
export function linkIndexFiles(out: string, staging: string, files: readonly string[]): void {
  const published = join(out, SEARCH_FOLDER);
  const into = join(staging, SEARCH_FOLDER);
  makeFolders(into, files);
  for (const file of files) {
    try {
      linkSync(join(published, file), join(into, file));
    } catch {
      copyFileSync(join(published, file), join(into, file));
    }
  }
}

/**
 * The languages whose index in the last build's output can stay as it is: the published
 * index is as that build wrote it, and each of the language's searched pages is the page it
 * was made from, either reused (the same file) or rendered again to the same bytes as the
 * published page (itself as the record found it). An edit to one language's text keeps the other's.
 * `searched`: the searched pages in staging.
 */
export function keptLanguages({ cacheDir, out, staging, madeWith, reused }: SearchReuse, searched: readonly string[]): Partial<Record<Lang, LanguageIndex>> {
  const record = readRecord(cacheDir);
  if (!record?.languages || !record.published || record.out !== out || record.madeWith !== madeWith || !publishedIndex(record, out)) return {};
  const published = record.published;
  const kept: Partial<Record<Lang, LanguageIndex>> = {};
  for (const lang of LANGS) {
    const made = record.languages[lang];
    const pages = searched.filter((page) => searchedPageLang(page) === lang);
    const recorded = Object.keys(record.pages).filter((page) => searchedPageLang(page) === lang);
    if (!made || pages.length !== recorded.length) continue;
    const unchanged = (page: string) => {
      const stamp = record.pages[page];
      if (!stamp) return false;
      if (sameStamp(reused.get(page), stamp)) return true;
      const before = join(out, page);
      try {
        if (!sameStamp(stampOf(statSync(before)), published[page])) return false;
      } catch {
        return false;
      }
      return fileHolds(join(staging, page), readFileSync(before));
    };
    if (pages.every(unchanged)) kept[lang] = made;
  }
  return kept;
}

/**
 * Each language's stamp of the content the last build's pages were made from, as recorded
 * (undefined when nothing is): a hint of which languages' searched pages will change.
 */
export function recordedContent(cacheDir: string): Partial<Record<Lang, string>> | undefined {
  return readRecord(cacheDir)?.content;
}

/**
 * Records the index as published in `out`, made from the searched pages whose cached copies
 * have these stamps (`cached`, relative to the output folder, as recordCachedPages gives them),
 * with what each language's Pagefind made of it and each language's stamp of the content.
 */
export function recordSearchIndex(
  cacheDir: string,
  out: string,
  madeWith: string,
  cached: ReadonlyMap<string, Stamp>,
  languages: Partial<Record<Lang, LanguageIndex>>,
  content: LanguageStamps,
): void {
  if (!existsSync(join(out, SEARCH_FOLDER))) return forgetSearchIndex(cacheDir);
  const pages: Record<string, Stamp> = {};
  const published: Record<string, Stamp> = {};
  for (const page of searchedPages(out)) {
    const stamp = cached.get(page);
    // A searched page without a cached copy cannot be reused, so neither can the index.
    if (!stamp) return forgetSearchIndex(cacheDir);
    pages[page] = stamp;
    published[page] = stampOf(statSync(join(out, page)));
  }
  const record: SearchRecord = { out, madeWith, pages, published, files: Object.fromEntries(stampsUnder(join(out, SEARCH_FOLDER))), languages, content };
  writeFileSync(join(cacheDir, SEARCH_RECORD), JSON.stringify(record));
}

function forgetSearchIndex(cacheDir: string): void {
  writeFileSync(join(cacheDir, SEARCH_RECORD), '{}');
}

/** A file of a new index, as Pagefind gives it (`index.getFiles()`): a path inside the index's folder and its bytes. */
export interface IndexFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * Writes a new index into `into`, linking each file that has the same bytes in the last
 * output's index (`previous`) rather than making it anew. Pagefind names most of its files by
 * their contents, and an edit changes a few of 2,000; making all 2,000 again, in a folder
 * where a build has just deleted as many, costs the file system more than making the index.
 */
export function writeSearchIndex(files: readonly IndexFile[], previous: string, into: string): { written: number; linked: number } {
  let written = 0;
  let linked = 0;
  makeFolders(into, files.map((file) => file.path));
  for (const { path, content } of files) {
    const from = join(previous, path);
    const to = join(into, path);
    // Not in the last index, or not the same bytes: written below.
    if (fileHolds(from, content)) {
      try {
        linkSync(from, to);
        linked++;
        continue;
      } catch {
        // No hard links here: written below.
      }
    }
    writeFileSync(to, content);
    written++;
  }
  return { written, linked };
}
