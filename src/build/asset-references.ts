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

/** How far past "_astro/" a reference is looked for: asset names are a few dozen bytes. */
const WINDOW = 512;

/**
 * The asset files (names under _astro/) a page served under `base` refers to, each with the
 * reference as written. Read from the page's bytes: only the bytes around each "_astro/" are
 * decoded, so a megabyte matrix page costs a few byte searches, not a decoding.
 */
export function assetReferences(html: Uint8Array, base = '/'): [reference: string, file: string][] {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}_astro/`;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^"'\\s)?#<>]+)`);
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const needle = Buffer.from(prefix);
  const found: [string, string][] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) {
    let match = pattern.exec(bytes.toString('utf8', at, at + WINDOW));
    // A name that runs to the window's end is read to its own end.
    if (match && match[0].length >= WINDOW - 4) match = pattern.exec(bytes.toString('utf8', at));
    if (match) found.push([match[0], match[1]!]);
  }
  return found;
}

/**
 * The asset references in the pages of `dir` (served under `base`) whose files are missing, at
 * most `limit`. Pages in `known` (relative to `dir`) are not read: the build passes those it
 * reused from a build that checked them against the same assets. Pages in `written` are not
 * read either: the build passes the references it found in each page as Astro wrote it.
 */
export function missingAssets(
  dir: string,
  base = '/',
  limit = 10,
  known: ReadonlySet<string> = new Set(),
  written: ReadonlyMap<string, readonly [reference: string, file: string][]> = new Map(),
): MissingAsset[] {
  const seen = new Map<string, boolean>();
  const missing: MissingAsset[] = [];
  for (const path of htmlPages(dir)) {
    const page = relative(dir, path);
    const references = written.get(page) ?? (known.has(page) ? [] : assetReferences(readFileSync(path), base));
    for (const [ref, file] of references) {
      let exists = seen.get(file);
      if (exists === undefined) seen.set(file, (exists = existsSync(join(dir, '_astro', file))));
      if (!exists) {
        missing.push({ page, asset: ref });
        if (missing.length >= limit) return missing;
        break;
      }
    }
  }
  return missing;
}
