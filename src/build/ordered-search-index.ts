/**
 * The search index (Pagefind), made in one order whichever way it is made, so that a rebuild
 * can start it before Astro has rendered anything. Node-only; used by scripts/build.ts.
 *
 * Pagefind numbers pages in the order they are added, and its files depend on the numbers: the
 * same pages added in another order make other files. So pages are always added in one order,
 * the searched pages sorted by path. Pagefind also replaces a page added again under the same
 * URL where it stands. A language's index is begun, while Astro works, from pages that come
 * first in that order:
 * - in a rebuild, the pages it has just linked from the last build (src/build/reused-pages.ts),
 *   which are the searched pages as they were;
 * - in a first build, the event pages, once Astro has written every one (their folder sorts
 *   before the platforms' in each language, and Astro writes the platforms' pages last).
 * Once Astro is done, it adds again only the pages begun from that are no longer the files
 * it read, and adds the pages that sort after them. The index is then the one a build adding
 * every page afresh would make, file for file. If the pages begun from are not the first of
 * the searched pages (a page gone, or a new one among them), it is made afresh.
 *
 * Each language is indexed by a Pagefind process of its own, side by side: Pagefind keeps the
 * languages apart (a file of one language's index never depends on another's pages), so the
 * files are those one process makes of all the pages, and only the entry file, which lists
 * the languages, is put together here.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { LANGS, type Lang } from '../model/lang.ts';
import { sameStamp, stampOf, type Stamp } from './file-stamps.ts';
import type { IndexFile } from './reused-search-index.ts';
import { searchedPageLang } from './search-index.ts';

export type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/** The one order pages are added in (named in the record of what made the last index). */
export const INDEX_ORDER = 'searched pages by path, a Pagefind per language';
export const inIndexOrder = (pages: Iterable<string>): string[] => [...pages].sort();

/** A page's URL in the index, as Pagefind gives a page found in a folder: "events/x/index.html" → "/events/x/". */
export const indexUrl = (page: string): string => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file that lists the index's languages: the one file the languages' indexes share. */
export const ENTRY_FILE = 'pagefind-entry.json';

/**
 * A Pagefind of its own for each language: the package keeps one process per copy of its
 * module, so each language after the first loads another copy.
 */
export async function pagefindPerLanguage(): Promise<Record<Lang, Pagefind>> {
  const url = import.meta.resolve('pagefind');
  const copies = await Promise.all(LANGS.map((lang, i) => import(i ? `${url}?lang=${lang}` : url) as Promise<Pagefind>));
  return Object.fromEntries(LANGS.map((lang, i) => [lang, copies[i]!])) as Record<Lang, Pagefind>;
}

/** Pages read and sent between turns of the event loop, so that Astro's work goes on meanwhile. */
const BATCH = 64;

/** What stands in, while Astro writes it, for a page that cannot be read: it keeps the page's place. */
const STAND_IN = '<!doctype html><html><body></body></html>';

/**
 * Adds pages (relative to `dir`) in index order. Returns each page's stamp as read: a page
 * whose file changed while it was read has none (it must be added again). `whileAstroWrites`:
 * a page that cannot be read is added as a stand-in (also without a stamp), not an error.
 */
async function addPages(index: PagefindIndex, dir: string, pages: readonly string[], whileAstroWrites = false): Promise<Map<string, Stamp>> {
  const stamps = new Map<string, Stamp>();
  const sent: Promise<void>[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      if (i && i % BATCH === 0) await nextTurn();
      const path = join(dir, page);
      let content: string;
      try {
        const before = stampOf(statSync(path));
        content = readFileSync(path, 'utf8');
        if (sameStamp(before, stampOf(statSync(path)))) stamps.set(page, before);
      } catch (error) {
        if (!whileAstroWrites) throw error;
        content = STAND_IN;
      }
      sent.push(
        index.addHTMLFile({ url: indexUrl(page), content }).then(({ errors }) => {
          if (errors.length) throw new Error(`${page}: ${errors.join('\n')}`);
        }),
      );
    }
  } finally {
    // Every page sent is answered before this returns or throws: none is left to fail unheard.
    const answers = await Promise.allSettled(sent);
    const failed = answers.find((answer) => answer.status === 'rejected');
    if (failed) throw failed.reason;
  }
  return stamps;
}

/** What one language's Pagefind made: its files (the entry among them), named for the record of the index. */
export interface LanguageIndex {
  /** Its files but the entry, relative to the index's folder. */
  readonly files: readonly string[];
  /** Its entry file's content (it lists this language alone). */
  readonly entry: unknown;
}

export interface MadeIndex {
  /** The files of the languages made, put together (`mergeLanguages`). */
  readonly files: readonly IndexFile[];
  /** What each language made contributed. */
  readonly languages: Partial<Record<Lang, LanguageIndex>>;
  /** Searched pages in the index (of the languages made). */
  readonly pages: number;
  /** Pages read for it after Astro: all of them, unless it was started beforehand. */
  readonly readAfter: number;
}

export interface SearchIndexStart {
  /** The folder the pages are in (the build's staging folder). */
  readonly dir: string;
  /** The pages in it now, with their stamps (the pages linked from the last build). */
  readonly pages: ReadonlyMap<string, Stamp>;
}

/** An index being made (`startSearchIndex`). */
export interface SearchIndexInMaking {
  /**
   * Begins a language's index, if it is not begun: from the linked pages, or from `written`
   * (pages Astro has written in this build, relative to its folder).
   */
  begin(lang: Lang, written?: readonly string[]): void;
  /**
   * Resolves once every language begun so far has read the pages it was begun from (or failed
   * to: a failure shows in `finish`). Never rejects.
   */
  read(): Promise<void>;
  /**
   * The index of the searched pages now in `dir` (relative to it, as `searchedPages` lists
   * them), of these languages (any not begun is made from the pages now); a language begun
   * but not asked for is dropped.
   */
  finish(dir: string, searched: readonly string[], languages?: readonly Lang[]): Promise<MadeIndex>;
  /** Drops it (the last build's index is reused). */
  discard(): Promise<void>;
}

/** The searched ones of these pages, by language, each in index order. */
function byLanguage(pages: Iterable<string>): Record<Lang, string[]> {
  const split = Object.fromEntries(LANGS.map((lang) => [lang, [] as string[]])) as Record<Lang, string[]>;
  for (const page of pages) {
    const lang = searchedPageLang(page);
    if (lang) split[lang].push(page);
  }
  for (const lang of LANGS) split[lang] = inIndexOrder(split[lang]);
  return split;
}

/** The entry file of an index of these languages (an entry as `LanguageIndex` keeps it). */
export const entryFile = (entry: unknown): IndexFile => ({ path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify(entry)) });

/** A language's part of the index: what its files are, and its entry. */
function languageIndex(files: readonly IndexFile[]): LanguageIndex {
  const entry = files.find((file) => file.path === ENTRY_FILE);
  return {
    files: files.filter((file) => file !== entry).map((file) => file.path),
    entry: entry ? (JSON.parse(new TextDecoder().decode(entry.content)) as unknown) : undefined,
  };
}

/**
 * Starts an index of the searched ones of `from.pages`, adding them in the background: every
 * language's now, or (`begun`) only those named, the others when `begin` names them. `finish`
 * adds what changed since and gives the index's files.
 */
export function startSearchIndex(pagefinds: Record<Lang, Pagefind>, from?: SearchIndexStart, begun: readonly Lang[] = LANGS): SearchIndexInMaking {
  const first = byLanguage(from?.pages.keys() ?? []);
  const parts: Partial<Record<Lang, ReturnType<typeof startLanguage>>> = {};
  const begin = (lang: Lang, written?: readonly string[]) => {
    parts[lang] ??= written ? startLanguage(pagefinds[lang], inIndexOrder(written), from?.dir) : startLanguage(pagefinds[lang], first[lang], from?.dir, from?.pages);
  };
  for (const lang of begun) begin(lang);
  return {
    begin,
    async read() {
      await Promise.all(Object.values(parts).map((part) => part.read));
    },
    async finish(dir, searched, languages = LANGS) {
      const now = byLanguage(searched);
      const dropped = LANGS.filter((lang) => parts[lang] && !languages.includes(lang));
      const [made] = await Promise.all([
        Promise.all(languages.map((lang) => (parts[lang] ?? startLanguage(pagefinds[lang], [], undefined)).finish(dir, now[lang]))),
        Promise.all(dropped.map((lang) => parts[lang]!.discard())),
      ]);
      return {
        files: mergeLanguages(made.map((m) => m.files)),
        languages: Object.fromEntries(languages.map((lang, i) => [lang, languageIndex(made[i]!.files)])),
        pages: made.reduce((n, m) => n + m.pages, 0),
        readAfter: made.reduce((n, m) => n + m.readAfter, 0),
      };
    },
    async discard() {
      await Promise.all(LANGS.map((lang) => parts[lang]?.discard()));
    },
  };
}

/** Two indexes of other languages as one (either may be missing). */
export function joinIndexes(a: MadeIndex | undefined, b: MadeIndex | undefined): MadeIndex | undefined {
  if (!a || !b) return a ?? b;
  return {
    files: mergeLanguages([a.files, b.files]),
    languages: { ...a.languages, ...b.languages },
    pages: a.pages + b.pages,
    readAfter: a.readAfter + b.readAfter,
  };
}

/**
 * One language's index: `first` (in index order) added from `dir` now, the rest on finish.
 * `expected`: the stamps `first` were linked with; a page read as another file is added again.
 * Without it, a page is known as the file it was read as.
 */
function startLanguage(pagefind: Pagefind, first: readonly string[], dir: string | undefined, expected?: ReadonlyMap<string, Stamp>) {
  const started = first.length
    ? newIndex(pagefind).then(async (index) => {
        const read = await addPages(index, dir!, first, true);
        const stamps = expected ? new Map([...read].filter(([page, stamp]) => sameStamp(stamp, expected.get(page)))) : read;
        return { index, stamps };
      })
    : Promise.resolve(undefined);
  // Awaited in finish(); a failure before then is reported there, not as an unhandled rejection.
  started.catch(() => undefined);

  return {
    /** Settles once `first` is read. */
    read: started.then(
      () => undefined,
      () => undefined,
    ),
    async finish(dir: string, pages: readonly string[]): Promise<{ files: readonly IndexFile[]; pages: number; readAfter: number }> {
      const begun = await started;
      let index: PagefindIndex;
      let again: readonly string[];
      if (begun && first.length <= pages.length && first.every((page, i) => page === pages[i])) {
        // The pages begun from come first: the changed ones are added again where they stand, the others after them.
        index = begun.index;
        again = [...first.filter((page) => !sameStamp(begun.stamps.get(page), stampOf(statSync(join(dir, page))))), ...pages.slice(first.length)];
      } else {
        // Another set of pages: a page added now would not stand where it belongs.
        await begun?.index.deleteIndex();
        index = await newIndex(pagefind);
        again = pages;
      }
      await addPages(index, dir, again);
      const { files, errors } = await index.getFiles();
      if (errors.length) throw new Error(errors.join('\n'));
      await index.deleteIndex();
      return { files, pages: pages.length, readAfter: again.length };
    },
    async discard(): Promise<void> {
      const begun = await started.catch(() => undefined);
      await begun?.index.deleteIndex();
    },
  };
}

async function newIndex(pagefind: Pagefind): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  return index;
}

interface Entry {
  readonly languages: Record<string, unknown>;
  readonly [field: string]: unknown;
}

/**
 * The languages' indexes as one: every file but the entry comes from one language, or is
 * the same in each (Pagefind's scripts); the entry lists every language, in name order, as
 * Pagefind lists them.
 */
export function mergeLanguages(indexes: readonly (readonly IndexFile[])[]): IndexFile[] {
  const files = new Map<string, IndexFile>();
  const entries: Entry[] = [];
  for (const index of indexes) {
    for (const file of index) {
      if (file.path === ENTRY_FILE) {
        entries.push(JSON.parse(new TextDecoder().decode(file.content)) as Entry);
        continue;
      }
      const seen = files.get(file.path);
      if (seen && !Buffer.from(seen.content).equals(Buffer.from(file.content))) {
        throw new Error(`${file.path} differs between the languages' indexes: are pages of one language in another's folder?`);
      }
      files.set(file.path, file);
    }
  }
  if (!entries.length) return [...files.values()];
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    for (const [lang, about] of Object.entries(entry.languages)) {
      if (lang in languages) throw new Error(`${ENTRY_FILE}: the language "${lang}" is in two languages' indexes: are pages of one language in another's folder?`);
      languages[lang] = about;
    }
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((lang) => [lang, languages[lang]]));
  const entry = { ...entries[0]!, languages: sorted };
  files.set(ENTRY_FILE, { path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify(entry)) });
  return [...files.values()];
}
