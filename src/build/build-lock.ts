/**
 * One build at a time per cache. A build links the pages it reuses from Astro's cache into its
 * staging folder and checks, once Astro is done, that nothing wrote into them
 * (./reused-pages.ts): a second build on the same cache at the same time (an `npm run build`
 * while `npm run build -- --watch` builds after a save) renders into those very files, and the
 * first then fails, or worse, records copies the second has changed. So a build takes the
 * cache's lock file before it reads anything, and one that finds it held by a running process
 * stops at once and says which. A lock left by a process that no longer runs (killed) is taken
 * over. Build-time only (Node).
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The lock's file in the cache folder. */
export const BUILD_LOCK = 'wlp-build.lock';

/** Whether a process with this id runs (one that is not ours to signal counts). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type Locked = { readonly release: () => void } | { readonly heldBy: number };

/**
 * Takes the lock of `cacheDir` for this process, or says which running process holds it.
 * `release` removes it (only if it is still this process's).
 */
export function takeBuildLock(cacheDir: string, pid = process.pid): Locked {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, BUILD_LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return {
        release: () => {
          if (holder(file) === pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const heldBy = holder(file);
      if (heldBy !== undefined && heldBy !== pid && alive(heldBy)) return { heldBy };
      // Left by a process that has ended (or half written): taken over.
      rmSync(file, { force: true });
    }
  }
  // Another build took it between the removal and the retry.
  return { heldBy: holder(file) ?? 0 };
}

function holder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
