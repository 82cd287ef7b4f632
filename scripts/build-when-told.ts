/**
 * A build started ahead of an edit, by `npm run build -- --watch` (./watch.ts). It loads Astro
 * and lets it set itself up (config, routes, Vite, the content config and the last build's
 * content store: about 1.5 s at 1,000 events on two cores, with V8's compile cache warm) up
 * to the first read of the content, where it holds (src/build/content-hold.ts); it then posts
 * `ready` to the watcher and waits for the message that a file changed. Nothing of the
 * content is read, and nothing of the output or the build's cache written, before that
 * message: the build sees the files as they are then, and takes the cache's lock only then.
 * The build's code and the site's settings (content/site.yaml, read with the config) are
 * loaded before the wait, so the watcher starts a new process for a change to those rather
 * than telling this one.
 */

/** The environment variable that asks a build to wait to be told (set by the watcher alone). */
export const WHEN_TOLD = 'WLP_BUILD_WHEN_TOLD';

/** What the waiting build posts once Astro is set up. */
export const READY = 'ready';

export interface WaitingBuild {
  /** Tells the watcher this build is ready to begin (at most once). */
  ready(): void;
  /** Resolves, to the time by performance.now(), when the watcher tells it to begin. */
  readonly told: Promise<number>;
}

/**
 * Listens for the watcher's word to begin. Called first, before Astro loads: a message that
 * came meanwhile would otherwise be lost.
 */
export function toBeTold(): WaitingBuild {
  const told = new Promise<number>((begin) =>
    process.once('message', () => {
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
  let said = false;
  return {
    ready() {
      if (said) return;
      said = true;
      process.send!(READY);
    },
    told,
  };
}
