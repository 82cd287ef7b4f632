/**
 * When Astro has written every searched page of a build (src/build/searched-pages-written.ts):
 * the searched pages are put first in Astro's order, and the moment is told from the renders
 * Astro begins and the pages written, as Astro's generation calls them: each path started in
 * order, a cached one without a render (or, missing from the output, copied in after a wait),
 * another with its render at its start and its page written after.
 */
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageFile, searchedFirst, searchedPagesWritten } from '../../src/build/searched-pages-written.ts';

const route = (component: string, type: RouteData['type'] = 'page') => ({ component, route: component, type }) as RouteData;
const EVENT = route('src/pages/events/[id].astro');
const EN_EVENT = route('src/pages/en/events/[id].astro');
const YEAR = route('src/pages/years/[year].astro');
const IMAGE = route('src/pages/images/[name].ts', 'endpoint');
const path = (pathname: string, r: RouteData): PathWithRoute => ({ pathname, route: r });

/** Astro's paths for a small site, in Astro's order: an image, the years, then the events. */
const PATHS = [path('/images/a.png', IMAGE), path('/years/2021/', YEAR), path('/events/one/', EVENT), path('/en/events/one/', EN_EVENT), path('/years/2022/', YEAR)];

/** A prerenderer that lists PATHS and renders anything. */
const astros = (paths = PATHS): AstroPrerenderer => ({
  name: 'astro:default',
  getStaticPaths: async () => paths,
  render: async () => new Response('<html></html>'),
});
const request = (pathname: string) => new Request(`http://localhost${pathname}`);

describe('pageFile', () => {
  it('names the file a page or an endpoint is written to, in the directory format', () => {
    expect(pageFile(path('/en/events/one/', EN_EVENT))).toBe('en/events/one/index.html');
    expect(pageFile(path('/events/one', EVENT))).toBe('events/one/index.html');
    expect(pageFile(path('/', route('src/pages/index.astro')))).toBe('index.html');
    expect(pageFile(path('/images/a.png', IMAGE))).toBe('images/a.png');
  });
});

describe('searchedFirst', () => {
  it('puts the searched pages first, each part in the order given', () => {
    expect(searchedFirst(PATHS).map((p) => p.pathname)).toEqual(['/events/one/', '/en/events/one/', '/images/a.png', '/years/2021/', '/years/2022/']);
  });

  it('keeps the order given when two paths make one page', () => {
    const twice = [...PATHS, path('/events/one', route('src/pages/events/[...slug].astro'))];
    expect(searchedFirst(twice)).toEqual(twice);
  });
});

describe('searchedPagesWritten', () => {
  async function started(paths = PATHS) {
    const written = searchedPagesWritten();
    const watched = written.watch(astros(paths));
    const order = await watched.getStaticPaths();
    let told: readonly string[] | undefined;
    void written.all.then((pages) => (told = pages));
    const settled = async () => {
      await Promise.resolve();
      await Promise.resolve();
      return told;
    };
    return { written, watched, order, settled };
  }

  it('resolves with every searched page once those rendered are written and a later path is rendered', async () => {
    const { written, watched, order, settled } = await started();
    expect(order.map((p) => p.pathname)).toEqual(['/events/one/', '/en/events/one/', '/images/a.png', '/years/2021/', '/years/2022/']);
    // The Chinese event page is cached; the English one is rendered, and not yet written.
    await watched.render(request('/en/events/one/'), { routeData: EN_EVENT });
    // A later path is rendered: every searched path has started, but one page is still to come.
    await watched.render(request('/images/a.png'), { routeData: IMAGE });
    expect(await settled()).toBeUndefined();
    written.written('images/a.png');
    expect(await settled()).toBeUndefined();
    written.written('en/events/one/index.html');
    expect(await settled()).toEqual(['events/one/index.html', 'en/events/one/index.html']);
    expect(written.late).toBe(false);
  });

  it('never resolves while no path after the searched ones is rendered (they may all be cached)', async () => {
    const { written, watched, settled } = await started();
    await watched.render(request('/events/one/'), { routeData: EVENT });
    written.written('events/one/index.html');
    expect(await settled()).toBeUndefined();
  });

  it('says a searched page written after it resolved came late', async () => {
    const { written, watched, settled } = await started();
    await watched.render(request('/years/2021/'), { routeData: YEAR });
    expect(await settled()).toEqual(['events/one/index.html', 'en/events/one/index.html']);
    written.written('en/events/one/index.html');
    expect(written.late).toBe(true);
  });

  it('counts no cached page Astro copies in as awaited, and calls one copied in after it resolved late', async () => {
    const { written, watched, settled } = await started();
    await watched.render(request('/en/events/one/'), { routeData: EN_EVENT });
    await watched.render(request('/years/2021/'), { routeData: YEAR });
    // The Chinese event page, cached but missing from the output, is copied in: it is not the rendered page awaited.
    written.written('events/one/index.html', true);
    expect(await settled()).toBeUndefined();
    written.written('en/events/one/index.html');
    expect(await settled()).toEqual(['events/one/index.html', 'en/events/one/index.html']);
    expect(written.late).toBe(false);
    written.written('events/one/index.html', true);
    expect(written.late).toBe(true);
  });

  it("gives Astro's own setup, teardown and paths through", async () => {
    const calls: string[] = [];
    const written = searchedPagesWritten();
    const watched = written.watch({ ...astros(), setup: async () => void calls.push('setup'), teardown: async () => void calls.push('teardown') });
    await watched.setup!();
    expect(await watched.getStaticPaths()).toHaveLength(PATHS.length);
    const response = await watched.render(request('/years/2021/'), { routeData: YEAR });
    expect(await (response as Response).text()).toBe('<html></html>');
    await watched.teardown!();
    expect(calls).toEqual(['setup', 'teardown']);
  });
});
