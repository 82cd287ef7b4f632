/**
 * A build started ahead of an edit, by `npm run build -- --watch` (./watch.ts). It loads Astro
 * and lets it set itself up and bundle the pages' code, which holds no content
 * (src/build/provided-content.ts), up to where Astro would write its first page; takes the
 * cache's lock, links the last build's pages and reads them into the search index; lets the
 * content check's worker warm up on the content as it is; then posts `ready` to the watcher.
 * It waits for the message that a file changed (scripts/build.ts, `beginBuild`). The content
 * check that counts, and the pages, read the files as they are after that message. The
 * build's code and the site's settings (content/site.yaml, read with the config) are loaded
 * before the wait, so the watcher starts a new process for a change to those rather than
 * telling this one.
 */

/** The environment variable that asks a build to wait to be told (set by the watcher alone). */
export const WHEN_TOLD = 'WLP_BUILD_WHEN_TOLD';

/** What the waiting build posts once it has done all it can ahead of the save. */
export const READY = 'ready';

export interface WaitingBuild {
  /** Tells the watcher this build is ready to begin (at most once, and not once it has been told). */
  ready(): void;
  /** Resolves, to the time by performance.now(), when the watcher tells it to begin. */
  readonly told: Promise<number>;
}

/**
 * Listens for the watcher's word to begin. Called first, before Astro loads: a message that
 * came meanwhile would otherwise be lost.
 */
export function toBeTold(): WaitingBuild {
  // Ready is said once, and only before it is told: the watcher then no longer waits for it.
  let said = false;
  const told = new Promise<number>((begin) =>
    process.once('message', () => {
      said = true;
      delete process.env[WHEN_TOLD];
      process.off('disconnect', orphaned);
      // The channel no longer keeps the process alive: it ends when the build does.
      process.channel?.unref();
      begin(performance.now());
    }),
  );
  // A watcher that stopped without telling: nothing to build.
  const orphaned = () => process.exit(0);
  process.once('disconnect', orphaned);
  return {
    ready() {
      if (said) return;
      said = true;
      process.send!(READY);
    },
    told,
  };
}
