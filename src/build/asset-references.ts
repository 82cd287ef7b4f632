/**
 * Every page's references to the built assets (/_astro/…) must name a file the build made.
 * Astro's incremental build copies a page from the previous build when its code and cache
 * key are unchanged; a change that renames the bundles without touching the pages' code
 * (the bundler's settings, a dependency's version) would otherwise leave copied pages
 * pointing at scripts and stylesheets that no longer exist. The cache keys hold those
 * settings (src/data/cache-keys.ts); this check catches anything else. Build-time only (Node).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlPages } from './html-pages.ts';

export interface MissingAsset {
  /** The page, relative to the output folder. */
  readonly page: string;
  /** The address it refers to. */
  readonly asset: string;
}

/**
 * The asset references in the pages of `dir` (served under `base`) whose files are missing, at
 * most `limit`. Pages in `known` (relative to `dir`) are not read: the build passes those it
 * reused from a build that checked them against the same assets.
 */
export function missingAssets(dir: string, base = '/', limit = 10, known: ReadonlySet<string> = new Set()): MissingAsset[] {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}_astro/`;
  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^"'\\s)?#<>]+)`, 'g');
  const seen = new Map<string, boolean>();
  const missing: MissingAsset[] = [];
  for (const page of htmlPages(dir)) {
    if (known.has(relative(dir, page))) continue;
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
