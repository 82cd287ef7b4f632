/**
 * The search index (Pagefind), made in one order whichever way it is made, so that a rebuild
 * can start it before Astro has rendered anything. Node-only; used by scripts/build.ts.
 *
 * Pagefind numbers pages in the order they are added, and its files depend on the numbers: the
 * same pages added in another order make other files. So pages are always added in one order,
 * the searched pages sorted by path. Pagefind also replaces a page added again under the same
 * URL where it stands. A rebuild uses that: while Astro works, it adds the pages it has just
 * linked from the last build (src/build/reused-pages.ts), which are the searched pages as they
 * were; once Astro is done, it adds again only the pages that are no longer those files. The
 * index is then the one a build adding every page afresh would make, file for file. If the
 * searched pages are not the same set (a page new or gone), it is made afresh.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { sameStamp, stampOf, type Stamp } from './file-stamps.ts';
import type { IndexFile } from './reused-search-index.ts';
import { searchedFolders } from './search-index.ts';

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/** The one order pages are added in (named in the record of what made the last index). */
export const INDEX_ORDER = 'searched pages by path';
export const inIndexOrder = (pages: Iterable<string>): string[] => [...pages].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A page's URL in the index, as Pagefind gives a page found in a folder: "events/x/index.html" → "/events/x/". */
export const indexUrl = (page: string): string => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

/** Whether an output file (relative to the output folder) is a searched page. */
export function isSearchedPage(file: string): boolean {
  return file.endsWith('.html') && searchedFolders().some((folder) => file.startsWith(`${folder}/`));
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

export interface MadeIndex {
  readonly files: readonly IndexFile[];
  /** Searched pages in the index. */
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
  /** The index of the searched pages now in `dir` (relative to it, as `searchedPages` lists them). */
  finish(dir: string, searched: readonly string[]): Promise<MadeIndex>;
  /** Drops it (the last build's index is reused). */
  discard(): Promise<void>;
}

/**
 * Starts an index, adding the searched ones of `from.pages` now, in the background; `finish`
 * adds what changed since and gives the index's files.
 */
export function startSearchIndex(pagefind: Pagefind, from?: SearchIndexStart): SearchIndexInMaking {
  const first = from ? inIndexOrder([...from.pages.keys()].filter(isSearchedPage)) : [];
  const started = first.length
    ? newIndex(pagefind).then(async (index) => {
        const read = await addPages(index, from!.dir, first, true);
        // Only a page read as the file that was linked is known: any other is added again.
        const stamps = new Map([...read].filter(([page, stamp]) => sameStamp(stamp, from!.pages.get(page))));
        return { index, stamps };
      })
    : Promise.resolve(undefined);
  // Awaited in finish(); a failure before then is reported there, not as an unhandled rejection.
  started.catch(() => undefined);

  return {
    async finish(dir, searched) {
      const pages = inIndexOrder(searched);
      const begun = await started;
      let index: PagefindIndex;
      let again: string[];
      if (begun && first.length === pages.length && first.every((page, i) => page === pages[i])) {
        index = begun.index;
        again = pages.filter((page) => !sameStamp(begun.stamps.get(page), stampOf(statSync(join(dir, page)))));
      } else {
        // Another set of pages: a page added now would not stand where it belongs.
        await begun?.index.deleteIndex();
        index = await newIndex(pagefind);
        again = pages;
      }
      await addPages(index, dir, again);
      const { files, errors } = await index.getFiles();
      if (errors.length) throw new Error(errors.join('\n'));
      return { files, pages: pages.length, readAfter: again.length };
    },
    async discard() {
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
