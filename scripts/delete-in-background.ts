/**
 * Run by the build in a detached process at the lowest CPU priority (scripts/build.ts), so
 * that a build started straight after it does not share the cores with the disk's work:
 *
 *   node scripts/delete-in-background.ts [folder | prune:folder] …
 *
 * A folder is deleted whole (the output a build replaced; a staging folder a killed build
 * left). `prune:folder`: every file in it, at any depth, untouched for a week is deleted (the
 * caches: an image or text runs read is touched; V8's compiled code is not, so code still in
 * use is compiled again once a week). Nothing here fails: a file another process removed
 * first, or a folder that is gone, is passed over.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEEK_MS } from '../src/build/file-cache.ts';

/** Deletes the files under `dir` last modified before `before` (ms since the epoch). */
export function pruneFiles(dir: string, before: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) pruneFiles(path, before);
      else if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
    } catch {
      // Gone meanwhile.
    }
  }
}

if (import.meta.main) {
  const weekAgo = Date.now() - WEEK_MS;
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('prune:')) pruneFiles(arg.slice('prune:'.length), weekAgo);
    else rmSync(arg, { recursive: true, force: true });
  }
}
