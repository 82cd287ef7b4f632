/**
 * A rebuild puts the pages it reuses into the staging folder as hard links to Astro's
 * incremental cache, rather than letting Astro copy them (at 1,000 events that copy is
 * 7,000 files and 540 MB, most of a rebuild's render step). Astro leaves a file it finds
 * already in its output folder where it is; a page whose key changed it renders again, into
 * a new file. Node-only; used by scripts/build.ts.
 *
 * A hard link shares the file with the cache, and after the swap with the published output,
 * so nothing may write into a linked file in place:
 * - While Astro builds, `writesReplaceLinkedFiles` makes a write onto a file that has another
 *   name make a new file in its place instead of writing into it. Astro writes pages and its
 *   cached copies with `fs.promises.writeFile`.
 * - After each successful build the cached copies' size and time are recorded
 *   (`recordCachedPages`). A copy that no longer matches (a deploy step edited the published
 *   page in place, say) is not linked again: it is deleted, so Astro renders that page anew.
 *   The record also names what the build checked its pages against (`checkedWith`): a page
 *   the next build reuses was checked then, and need not be read again if that is unchanged.
 * - After the build, `settleLinks` finds any linked file written in place all the same, and
 *   removes the links Astro did not claim (a page that no longer exists).
 */
import { existsSync, promises as fsp, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sameStamp, stampOf, type Stamp } from './file-stamps.ts';

/** Astro's own names inside its cache folder (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
const ASTRO_OUTPUTS = 'dist';
/** Ours, beside them: the cached copies as the last successful build left them. */
export const REUSE_RECORD = 'wlp-reused-pages.json';

/** The folder under Astro's cache where it keeps its copies of the pages. */
export const cachedPagesFolder = (cacheDir: string) => resolve(cacheDir, ASTRO_OUTPUTS);

/** The output files (relative to the output folder) Astro's manifest lists; empty if there is none or it cannot be read. */
export function manifestOutputs(cacheDir: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8'));
  } catch {
    return [];
  }
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> }).routes ?? {};
  const files: string[] = [];
  for (const route of Object.values(routes)) {
    for (const path of Object.values(route.paths ?? {})) if (typeof path.outputFile === 'string') files.push(path.outputFile);
  }
  return files;
}

interface ReuseRecord {
  /** Each cached copy's stamp, by output file. */
  readonly pages: Record<string, Stamp>;
  /** What the build checked its pages against (scripts/build.ts); '' if unknown. */
  readonly checkedWith: string;
}

function readRecord(cacheDir: string): ReuseRecord {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, REUSE_RECORD), 'utf8')) as Partial<ReuseRecord> | Record<string, Stamp>;
    // A record from before `checkedWith` was kept is the stamps alone: its pages are checked again.
    if (!('pages' in record) || !record.pages || Array.isArray(record.pages)) return { pages: record as Record<string, Stamp>, checkedWith: '' };
    return { pages: record.pages as Record<string, Stamp>, checkedWith: typeof record.checkedWith === 'string' ? record.checkedWith : '' };
  } catch {
    return { pages: {}, checkedWith: '' };
  }
}

export interface LinkedPages {
  /** Output files linked into staging, relative to it, with the stamp of the file linked. */
  readonly files: ReadonlyMap<string, Stamp>;
  /** Cached copies changed since the last build recorded them, deleted so Astro renders them. */
  readonly discarded: readonly string[];
  /** The folders made in staging for the links. */
  readonly folders: readonly string[];
  /** What the build that left these pages checked them against ('' if unknown). */
  readonly checkedWith: string;
}

/**
 * Links into `staging` each page Astro's manifest lists whose cached copy is as the last
 * successful build recorded it. A page the record does not know is left to Astro (which
 * copies or renders it). If the folders are on different disks, nothing is linked. Every call
 * here is synchronous: the build runs it in a worker thread (scripts/build-link-pages.ts),
 * beside Astro's start, so that 7,000 links wait neither for the main thread nor behind
 * Astro's own file reads in Node's pool of I/O threads.
 */
export function linkCachedPages(cacheDir: string, staging: string): LinkedPages {
  const { pages: record, checkedWith } = readRecord(cacheDir);
  const outputs = cachedPagesFolder(cacheDir);
  const files = new Map<string, Stamp>();
  const discarded: string[] = [];
  const candidates: [string, Stamp][] = [];
  for (const file of manifestOutputs(cacheDir)) {
    const recorded = record[file];
    if (!recorded) continue;
    let stats: Stats;
    try {
      stats = statSync(join(outputs, file));
    } catch {
      continue;
    }
    if (sameStamp(stampOf(stats), recorded)) {
      candidates.push([file, recorded]);
    } else {
      rmSync(join(outputs, file), { force: true });
      discarded.push(file);
    }
  }
  const folders = [...new Set(candidates.map(([file]) => dirname(join(staging, file))))];
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const [file, stamp] of candidates) {
    try {
      linkSync(join(outputs, file), join(staging, file));
      files.set(file, stamp);
    } catch (error) {
      // EXDEV, EPERM: not on one disk, or no hard links here. Astro copies them as before.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
    }
  }
  return { files, discarded, folders, checkedWith };
}

const pathOf = (target: unknown): string | undefined =>
  typeof target === 'string' ? target : target instanceof URL && target.protocol === 'file:' ? fileURLToPath(target) : undefined;

/** How many names the file at `path` has; 0 if there is none. */
async function names(path: string): Promise<number> {
  try {
    return (await fsp.stat(path)).nlink;
  } catch {
    return 0;
  }
}

/**
 * Until the returned function is called, `fs.promises.writeFile` or `copyFile` onto a file
 * that has another name (a hard link) first removes this name, so the write makes a new file
 * and the other names keep what they held. Whatever the paths look like (a symbolic link in a
 * folder's path, a URL), a shared file is never written in place. Astro writes pages and its
 * cached copies with `writeFile`, and copies a cached page it finds missing from the output
 * with `copyFile` (astro/dist/core/build/incremental.js, `restoreOutputFile`). `onWrite` hears
 * of each file about to be written (by its path, as given), with what is to be written (a
 * copy: nothing), while the file still holds what it held; `onWritten` of each file once
 * written, and whether it was a copy.
 */
export function writesReplaceLinkedFiles(onWrite?: (path: string, data: unknown) => void, onWritten?: (path: string, copied: boolean) => void): () => void {
  const { writeFile, copyFile } = fsp;
  fsp.writeFile = async function replacingWriteFile(target, ...rest) {
    const path = pathOf(target);
    if (path !== undefined) onWrite?.(path, rest[0]);
    if (path !== undefined && (await names(path)) > 1) await fsp.rm(path);
    await writeFile(target, ...rest);
    if (path !== undefined) onWritten?.(path, false);
  } as typeof fsp.writeFile;
  fsp.copyFile = async function replacingCopyFile(source, target, ...rest) {
    const path = pathOf(target);
    if (path !== undefined) onWrite?.(path, undefined);
    if (path !== undefined && (await names(path)) > 1) await fsp.rm(path);
    await copyFile(source, target, ...rest);
    if (path !== undefined) onWritten?.(path, true);
  } as typeof fsp.copyFile;
  return () => {
    fsp.writeFile = writeFile;
    fsp.copyFile = copyFile;
  };
}

export interface Settled {
  /** Linked files Astro left as they were: the pages this build reused (relative to staging). */
  readonly reused: ReadonlySet<string>;
  /** Linked files Astro did not claim this build (their page is gone or no longer cached), now removed. */
  readonly removed: readonly string[];
  /** Linked files something wrote into in place: the cache, and perhaps the published output, changed under it. */
  readonly overwritten: readonly string[];
}

/**
 * After Astro's build: checks the linked files, and removes those the new manifest does not
 * list and Astro did not write, and the folders that leaves empty (a route without pages
 * now, such as the oEmbed files of a site that lost its address).
 */
export function settleLinks(cacheDir: string, staging: string, linked: LinkedPages): Settled {
  const listed = new Set(manifestOutputs(cacheDir));
  const removed: string[] = [];
  const overwritten: string[] = [];
  const reused = new Set<string>();
  /**
   * Folders a link left, and folders made for links that were not made (staging on another
   * disk): only these can be empty now, the others still hold their file.
   */
  const holding = new Set([...linked.files.keys()].map((file) => dirname(join(staging, file))));
  const left = linked.folders.filter((folder) => !holding.has(folder));
  for (const [file, stamp] of linked.files) {
    const path = join(staging, file);
    let now: Stats;
    try {
      now = statSync(path);
    } catch {
      left.push(dirname(path));
      continue;
    }
    if (now.ino !== stamp[0]) continue; // Replaced by a render: a file of its own.
    if (!sameStamp(stampOf(now), stamp)) overwritten.push(file);
    else if (!listed.has(file)) {
      rmSync(path);
      removed.push(file);
      left.push(dirname(path));
    } else reused.add(file);
  }
  // Every removed link's folder is one made for the links. (Trying every folder made for the
  // links, 4,000 at 1,000 events, took 0.1 s of the main thread after Astro.)
  removeEmptyFolders(staging, left);
  return { reused, removed, overwritten };
}

/** Removes each of these folders inside `root` that is empty, and then its parents that are, deepest first. */
function removeEmptyFolders(root: string, folders: readonly string[]): void {
  const candidates = new Set<string>();
  for (let folder of folders) {
    while (folder.startsWith(root + sep) && !candidates.has(folder)) {
      candidates.add(folder);
      folder = dirname(folder);
    }
  }
  for (const folder of [...candidates].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (or gone): it stays.
    }
  }
}

/**
 * Records the cached copies of every page the manifest lists, as this successful build left
 * them, and what its pages were checked against. Called once the build has checked them.
 */
export function recordCachedPages(cacheDir: string, checkedWith: string): ReadonlyMap<string, Stamp> {
  const outputs = cachedPagesFolder(cacheDir);
  const pages: Record<string, Stamp> = {};
  for (const file of manifestOutputs(cacheDir)) {
    try {
      pages[file] = stampOf(statSync(join(outputs, file)));
    } catch {
      // Not cached (Astro had nothing to keep): nothing to link next time.
    }
  }
  writeFileSync(join(cacheDir, REUSE_RECORD), JSON.stringify({ pages, checkedWith } satisfies ReuseRecord));
  return new Map(Object.entries(pages));
}

/**
 * Forgets the previous build: Astro's manifest and our record. Called when Astro fails after
 * writing to its cache, since Astro writes a page's cached copy when it renders it but its
 * manifest only at the end: a later build that matched the old manifest would reuse a copy
 * rendered from other content.
 */
export function forgetPreviousBuild(cacheDir: string): void {
  for (const name of [ASTRO_MANIFEST, REUSE_RECORD]) if (existsSync(join(cacheDir, name))) rmSync(join(cacheDir, name));
}
