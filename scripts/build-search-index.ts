/**
 * The search index (src/build/ordered-search-index.ts), made in a worker thread: reading the
 * pages and handing them to Pagefind would otherwise take the build's main thread about
 * 0.35 s at 1,000 events while Astro renders. Started with the pages linked from the last
 * build (workerData), it begins no language until told; then the build posts:
 * - `{ begin: lang }` (no answer): begin that language's index from the linked pages, when
 *   a searched page of it changes; `{ begin: lang, written }`: from those pages, which Astro
 *   has written (in a first build, every event page of the language);
 * - `{ read: true }` (asked at most once): the note `read` (./workers.ts) once every language
 *   begun so far has read the pages it was begun from (a build that waits for an edit says it
 *   is ready only then);
 * - one last request, answered once: `{ finish: { dir, searched, languages } }` → `{ made }`
 *   (the languages not named are dropped: the last build's index of each is kept), or
 *   `{ discard: true }` → `{ discarded: true }`; `{ error }` if either fails.
 * Pagefind's processes are closed before the answer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Stamp } from '../src/build/file-stamps.ts';
import { pagefindPerLanguage, startSearchIndex, type MadeIndex } from '../src/build/ordered-search-index.ts';
import type { Lang } from '../src/model/lang.ts';
import { postNote } from './workers.ts';

export interface SearchIndexInput {
  /** The staging folder and the pages linked into it, with their stamps; none in a first build. */
  readonly dir: string;
  readonly linked: readonly (readonly [string, Stamp])[];
}
export type SearchIndexRequest =
  | { readonly begin: Lang; readonly written?: readonly string[] }
  | { readonly read: true }
  | { readonly finish: { readonly dir: string; readonly searched: readonly string[]; readonly languages: readonly Lang[] } }
  | { readonly discard: true };
export type SearchIndexAnswer = { readonly made: MadeIndex } | { readonly discarded: true } | { readonly error: string };

const { dir, linked } = workerData as SearchIndexInput;
const begun = pagefindPerLanguage().then((pagefinds) => ({ pagefinds, making: startSearchIndex(pagefinds, { dir, pages: new Map(linked) }, []) }));
begun.catch(() => undefined); // Answered as an error below.

async function answer(request: Extract<SearchIndexRequest, { finish: unknown } | { discard: true }>): Promise<SearchIndexAnswer> {
  try {
    const { making } = await begun;
    if ('finish' in request) return { made: await making.finish(request.finish.dir, request.finish.searched, request.finish.languages) };
    await making.discard();
    return { discarded: true };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function onMessage(request: SearchIndexRequest) {
  if ('begin' in request) {
    // A failure to begin shows when the index is finished.
    begun.then(({ making }) => making.begin(request.begin, request.written), () => undefined);
    return;
  }
  if ('read' in request) {
    // Read or not (a failure shows when the index is finished), the pages are done with.
    void begun.then(({ making }) => making.read(), () => undefined).then(() => postNote('read'));
    return;
  }
  // The last request: without a listener the thread ends once it has answered. (Removed by
  // name: `removeAllListeners` leaves the port holding the thread open.)
  parentPort!.off('message', onMessage);
  const answered = await answer(request);
  const pagefinds = await begun.then(({ pagefinds }) => Object.values(pagefinds), () => []);
  await Promise.all(pagefinds.map((pagefind) => pagefind.close()));
  parentPort!.postMessage(answered);
}
parentPort!.on('message', onMessage);
