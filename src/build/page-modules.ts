/**
 * The packages' modules that the pages' code loads, noted by one build and loaded ahead by the
 * next one that waits for an edit (`npm run build -- --watch`, scripts/build-when-told.ts).
 *
 * Astro loads the pages' bundled code only when it begins to write pages, and that code
 * imports about 370 files from node_modules (linkedom and its parsers, date-fns, the font
 * reader…): at 1,000 events, resolving, reading and running them took about a second of the
 * main thread in every build. A waiting build has that second to spare before the save, and
 * Node keeps each module once per process, whoever imports it first, so the pages' imports
 * then find them loaded.
 *
 * What is noted is each package module the pages' own code imports (an entry such as
 * `linkedom/esm/index.js`), not the files those import in turn: loading an entry loads and
 * runs its files in their own order, as the pages' import would. Loading ahead changes when
 * the modules run, never what the build makes: only files under a node_modules folder are
 * noted (not the site's own code, which may read its settings as it loads), one that is gone
 * or fails to load is passed over, and the pages import what they import all the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, join } from 'node:path';

/** The note, in the build's cache folder. */
export const PAGE_MODULES_FILE = 'wlp-page-modules.json';

const fromPackage = (url: string) => url.startsWith('file:') && url.includes('/node_modules/');

/** Notes the package modules that code outside the packages imports from now on, until `stop()`, which returns them in the order first imported. */
export function notePageModules(): { stop(): string[] } {
  const urls = new Set<string>();
  const hooks = registerHooks({
    resolve(specifier, context, next) {
      const resolved = next(specifier, context);
      if (fromPackage(resolved.url) && !(context.parentURL && fromPackage(context.parentURL))) urls.add(resolved.url);
      return resolved;
    },
  });
  return {
    stop() {
      hooks.deregister();
      return [...urls];
    },
  };
}

/** Keeps the note for the next build. */
export function savePageModules(cacheDir: string, urls: readonly string[]): void {
  const file = join(cacheDir, PAGE_MODULES_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(urls));
}

/** The noted modules, or none (no note yet, or one this code cannot read). */
export function notedPageModules(cacheDir: string): string[] {
  try {
    const urls: unknown = JSON.parse(readFileSync(join(cacheDir, PAGE_MODULES_FILE), 'utf8'));
    return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === 'string' && fromPackage(url)) : [];
  } catch {
    return [];
  }
}

/** Loads the noted modules, one after another; resolves to how many loaded. */
export async function loadPageModules(cacheDir: string): Promise<number> {
  let loaded = 0;
  for (const url of notedPageModules(cacheDir)) {
    try {
      await import(url);
      loaded++;
    } catch {
      // Gone since (a package updated), or not a module on its own: the pages load what they need.
    }
  }
  return loaded;
}
