/**
 * A content-addressed cache of build products on disk (rasterised chart images, printed
 * briefing PDFs): the key is a hash of everything the product depends on, so an entry is
 * either exactly right or absent, and nothing is ever invalidated by hand. Entries unused
 * for a week are pruned (the PDFs by the printing step, everything else in the cache folder by
 * the build once it is done: scripts/build.ts). Build-time only (Node).
 *
 * The folder is WLP_CACHE_DIR/<kind> (default node_modules/.cache/wlp/<kind>); the
 * benchmarks give each synthetic site its own and empty it for cold builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

/** How long an unused entry is kept. */
export const WEEK_MS = 7 * 86_400_000;

/** The folder of one kind of cached product. */
export function cacheFolder(kind: string): string {
  return join(process.env.WLP_CACHE_DIR ? resolve(process.env.WLP_CACHE_DIR) : resolve('node_modules/.cache/wlp'), kind);
}

/** A key from the parts a product depends on (strings or bytes), 32 hex digits. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export interface FileCache {
  /** The cached file's path if present (marking it used), else undefined. */
  hit(key: string): string | undefined;
  /** The cached bytes if present (marking them used), else undefined. */
  read(key: string): Buffer | undefined;
  /** Stores bytes under a key (atomically: a killed build never leaves half a file). */
  write(key: string, bytes: Uint8Array): void;
  /** Drops entries unused for a week. */
  prune(): void;
}

export function fileCache(folder: string, extension: string): FileCache {
  const path = (key: string) => join(folder, `${key}${extension}`);
  // An entry may go between two calls (the build's background pruning deletes entries
  // untouched for a week): gone is a miss, never an error.
  const hit = (key: string) => {
    const file = path(key);
    const now = new Date();
    try {
      utimesSync(file, now, now);
      return file;
    } catch {
      return undefined;
    }
  };
  return {
    hit,
    read(key) {
      const file = hit(key);
      try {
        return file === undefined ? undefined : readFileSync(file);
      } catch {
        return undefined;
      }
    },
    write(key, bytes) {
      mkdirSync(folder, { recursive: true });
      // Each thread its own temporary file: two threads may store the same key at once.
      const temp = `${path(key)}.${process.pid}.${threadId}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, path(key));
    },
    prune() {
      if (!existsSync(folder)) return;
      const weekAgo = Date.now() - WEEK_MS;
      for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        if (statSync(file).mtimeMs < weekAgo) rmSync(file, { force: true });
      }
    },
  };
}
