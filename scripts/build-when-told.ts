/**
 * A build started ahead of an edit, by `npm run build -- --watch` (./watch.ts): it loads Astro
 * (three quarters of a second on two cores, with V8's compile cache warm), posts `ready` to
 * the watcher, and waits for the message that a file changed. Nothing of the content or the
 * output is read or written before that message: the build sees the files as they are then.
 * The build's own code is loaded before the wait, so the watcher starts a new process for a
 * change to the code rather than telling this one.
 */

/** The environment variable that asks a build to wait to be told (set by the watcher alone). */
export const WHEN_TOLD = 'WLP_BUILD_WHEN_TOLD';

/** What the waiting build posts once Astro is loaded. */
export const READY = 'ready';

/** Loads Astro, says so, and resolves (to the time, by performance.now()) when told to begin. */
export async function whenTold(): Promise<number> {
  // Listening first: a message that came while Astro loaded would otherwise be lost.
  const told = new Promise<void>((begin) => process.once('message', () => begin()));
  // A watcher that stopped without telling: nothing to build.
  const orphaned = () => process.exit(0);
  process.once('disconnect', orphaned);
  await import('astro');
  process.send!(READY);
  await told;
  delete process.env[WHEN_TOLD];
  process.off('disconnect', orphaned);
  // The channel no longer keeps the process alive: it ends when the build does.
  process.channel?.unref();
  return performance.now();
}
