/**
 * When Astro has written, in this build, every searched page it will write: so that the
 * search index can be finished while Astro still renders the other pages and draws the
 * images, rather than after Astro. Node-only; used by scripts/build.ts.
 *
 * Astro's own prerenderer is wrapped (the `setPrerenderer` of `astro:build:start`): its paths
 * are given back with the searched pages' first (`searchedFirst`), and what it renders is
 * watched. Astro renders the paths `getStaticPaths` lists in that order, a few at a time,
 * starting each in turn; a path whose
 * page is cached starts and ends without a render, and one that is not calls `render` as it
 * starts, then writes its page. So once Astro renders a path that comes after every searched
 * path, every searched path has started: the searched pages still to come are those whose
 * render has begun and whose page is not yet written. When none is left, they are all written.
 *
 * If no path after the last searched one is rendered (all of them cached), that moment never
 * comes, and the index is finished after Astro, as before. A cached page missing from the
 * output Astro copies in from its cache, without a render and after a wait, so such a copy may
 * land after that moment; and one missing from its cache too (a copy the build discarded) it
 * renders after that wait, so that render may begin after that moment. The build therefore
 * checks, after Astro, that the searched pages are the ones given here, that none was written
 * or copied after (`late`), and that the early index did not fail: otherwise it is not used,
 * and the index is made again.
 */
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { searchedPageLang } from './search-index.ts';

/** The file (relative to the output) a path's page is written to, in the `directory` build format. */
export function pageFile({ pathname, route }: Pick<PathWithRoute, 'pathname' | 'route'>): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  if (route.type !== 'page') return trimmed;
  return trimmed ? `${trimmed}/index.html` : 'index.html';
}

const routeKey = (route: RouteData) => `${route.component}\0${route.route}`;

/**
 * The paths with the searched pages' first, each part in Astro's order: the search index can
 * then be finished while Astro renders the rest, the images among them. Left in Astro's order
 * if two paths make one page (Astro keeps the first; a new order could keep another).
 */
export function searchedFirst<T extends Pick<PathWithRoute, 'pathname' | 'route'>>(paths: readonly T[]): T[] {
  const files = paths.map(pageFile);
  if (new Set(files).size !== files.length) return [...paths];
  const isSearched = files.map((file) => searchedPageLang(file) !== undefined);
  return [...paths.filter((_, i) => isSearched[i]), ...paths.filter((_, i) => !isSearched[i])];
}

export interface SearchedPagesWritten {
  /** Astro's prerenderer, watched (give it to `setPrerenderer`). */
  watch(astros: AstroPrerenderer): AstroPrerenderer;
  /**
   * To be told of each page written (relative to the output folder), once written; `copied`:
   * a cached page Astro copied in, which starts with no render (it never counts as awaited,
   * and once `all` has resolved it comes late, as a write does).
   */
  written(page: string, copied?: boolean): void;
  /** Resolves, once every searched page Astro writes in this build is written, with every searched page (relative to the output). */
  readonly all: Promise<readonly string[]>;
  /** Whether a searched page was written after `all` resolved (then its list must not be trusted). */
  readonly late: boolean;
}

export function searchedPagesWritten(): SearchedPagesWritten {
  let resolveAll!: (pages: readonly string[]) => void;
  const all = new Promise<readonly string[]>((resolve) => (resolveAll = resolve));
  let searched: readonly string[] | undefined;
  /** Each route's first place in Astro's order. */
  const firstAt = new Map<string, number>();
  let lastSearchedAt = -1;
  /** Searched routes. */
  const searchedRoutes = new Set<string>();
  let begun = 0;
  let written = 0;
  let pastSearched = false;
  let done = false;
  let late = false;
  const settle = () => {
    if (!done && pastSearched && written >= begun && searched) {
      done = true;
      resolveAll(searched);
    }
  };
  return {
    watch(astros) {
      const { setup, teardown, collectStaticImages } = astros;
      return {
        name: astros.name,
        ...(setup && { setup: () => setup.call(astros) }),
        ...(teardown && { teardown: () => teardown.call(astros) }),
        ...(collectStaticImages && { collectStaticImages: () => collectStaticImages.call(astros) }),
        async getStaticPaths() {
          const paths = searchedFirst(await astros.getStaticPaths());
          const pages: string[] = [];
          paths.forEach((path, at) => {
            const key = routeKey(path.route);
            if (!firstAt.has(key)) firstAt.set(key, at);
            const file = pageFile(path);
            if (!searchedPageLang(file)) return;
            pages.push(file);
            searchedRoutes.add(key);
            lastSearchedAt = at;
          });
          searched = pages;
          return paths;
        },
        render(request, options) {
          const key = routeKey(options.routeData);
          if (searchedRoutes.has(key)) begun++;
          else if ((firstAt.get(key) ?? -1) > lastSearchedAt) pastSearched = true;
          settle();
          return astros.render(request, options);
        },
      };
    },
    written(page, copied = false) {
      if (!searchedPageLang(page)) return;
      if (done) late = true;
      if (copied) return;
      written++;
      settle();
    },
    all,
    get late() {
      return late;
    },
  };
}
