/**
 * Every page's references to the built assets (/_astro/…) must name a file the build made.
 * Astro's incremental build copies a page from the previous build when its code and cache
 * key are unchanged; a change that renames the bundles without touching the pages' code
 * (the bundler's settings, a dependency's version) would otherwise leave copied pages
 * pointing at scripts and stylesheets that no longer exist. The cache keys hold those
 * settings (src/data/cache-keys.ts); this check catches anything else. Build-time only (Node).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface MissingAsset {
  /** The page, relative to the output folder. */
  readonly page: string;
  /** The address it refers to. */
  readonly asset: string;
}

/** HTML pages under a folder, recursively, in name order; `skip` leaves out folders (paths relative to `root`). */
export function* htmlPages(dir: string, skip: ReadonlySet<string> = new Set(), root = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(relative(root, path))) yield* htmlPages(path, skip, root);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The asset references in the pages of `dir` (served under `base`) whose files are missing, at most `limit`. */
export function missingAssets(dir: string, base = '/', limit = 10): MissingAsset[] {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}_astro/`;
  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^"'\\s)?#<>]+)`, 'g');
  const seen = new Map<string, boolean>();
  const missing: MissingAsset[] = [];
  for (const page of htmlPages(dir)) {
    for (const [ref, file] of readFileSync(page, 'utf8').matchAll(pattern)) {
      let exists = seen.get(file!);
      if (exists === undefined) seen.set(file!, (exists = existsSync(join(dir, '_astro', file!))));
      if (!exists) {
        missing.push({ page: relative(dir, page), asset: ref });
        if (missing.length >= limit) return missing;
        break;
      }
    }
  }
  return missing;
}
