/**
 * The search index (src/build/ordered-search-index.ts), made in a worker thread: reading the
 * pages and handing them to Pagefind would otherwise take the build's main thread about
 * 0.35 s at 1,000 events while Astro renders. Begun with the pages linked from the last build
 * (workerData); then the build posts one request and gets one answer:
 * `{ finish: { dir, searched } }` → `{ made }`, or `{ discard: true }` → `{ discarded: true }`;
 * `{ error }` if either fails. Pagefind's processes are closed before the answer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Stamp } from '../src/build/file-stamps.ts';
import { pagefindPerLanguage, startSearchIndex, type MadeIndex } from '../src/build/ordered-search-index.ts';

export interface SearchIndexInput {
  /** The staging folder and the pages linked into it, with their stamps; none in a first build. */
  readonly dir: string;
  readonly linked: readonly (readonly [string, Stamp])[];
}
export type SearchIndexRequest = { readonly finish: { readonly dir: string; readonly searched: readonly string[] } } | { readonly discard: true };
export type SearchIndexAnswer = { readonly made: MadeIndex } | { readonly discarded: true } | { readonly error: string };

const { dir, linked } = workerData as SearchIndexInput;
const begun = pagefindPerLanguage().then((pagefinds) => ({ pagefinds, making: startSearchIndex(pagefinds, { dir, pages: new Map(linked) }) }));
begun.catch(() => undefined); // Answered as an error below.

parentPort!.once('message', async (request: SearchIndexRequest) => {
  let answer: SearchIndexAnswer;
  try {
    const { making } = await begun;
    answer = 'finish' in request ? { made: await making.finish(request.finish.dir, request.finish.searched) } : (await making.discard(), { discarded: true });
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  const pagefinds = await begun.then(({ pagefinds }) => Object.values(pagefinds), () => []);
  await Promise.all(pagefinds.map((pagefind) => pagefind.close()));
  parentPort!.postMessage(answer);
});
