/**
 * Links the pages the build reuses into its staging folder (src/build/reused-pages.ts), in a
 * worker thread so that it takes place while Astro starts. Posts one message: the linked pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { linkCachedPages } from '../src/build/reused-pages.ts';

export interface LinkPagesInput {
  readonly cacheDir: string;
  readonly staging: string;
}

const { cacheDir, staging } = workerData as LinkPagesInput;
parentPort!.postMessage(linkCachedPages(cacheDir, staging));
