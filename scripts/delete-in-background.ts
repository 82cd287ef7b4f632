/**
 * Run by the build in a detached process at the lowest CPU priority (scripts/build.ts), so
 * that a build started straight after it does not share the cores with the disk's work:
 *
 *   node scripts/delete-in-background.ts [folder | prune:folder] …
 *
 * A folder is deleted whole (the output a build replaced; a staging folder a killed build
 * left). `prune:folder`: every file in it, at any depth, untouched for a week is deleted (the
 * caches: an image or text runs read is touched; V8's compiled code is not, so code still in
 * use is compiled again once a week). A folder is pruned at most once a day (a file in it,
 * `.pruned`, says when it last was): at 10,000 events the image cache holds 100,000 files.
 * Nothing here fails: a file another process removed
 * first, or a folder that is gone, is passed over.
 */
import { closeSync, openSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
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

const DAY_MS = 86_400_000;

/**
 * Prunes `dir` of files untouched for a week, unless it was pruned within the last day. A
 * folder never pruned is marked and pruned a day later: a new cache (a first build, a
 * benchmark's cold build) has nothing to prune, and walking its files would only compete
 * with the next build.
 */
export function pruneDaily(dir: string, now = Date.now()): boolean {
  const mark = join(dir, '.pruned');
  let due: boolean;
  try {
    due = statSync(mark).mtimeMs <= now - DAY_MS;
  } catch {
    due = false;
  }
  try {
    if (due) utimesSync(mark, new Date(now), new Date(now));
    else closeSync(openSync(mark, 'wx'));
  } catch {
    // Marked already (not due yet), or no such folder: nothing to prune now.
    return false;
  }
  if (due) pruneFiles(dir, now - WEEK_MS);
  return due;
}

if (import.meta.main) {
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('prune:')) pruneDaily(arg.slice('prune:'.length));
    else rmSync(arg, { recursive: true, force: true });
  }
}
