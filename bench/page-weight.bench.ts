/**
 * Page weight per template: what a reader's browser downloads when the page loads, in
 * kilobytes after gzip (-6, as a typical static host compresses): the HTML document, the
 * stylesheets, and the JavaScript (script files plus inline scripts). Measured in Chromium
 * against the real site, one page per template (tests/support/site.ts), in the default
 * language. Budgets: the timeline page (home) at most 30 KB of JS, an event page none.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { DEFAULT_LANG } from '../src/model/lang.ts';
import { recordRequests } from '../tests/support/requests.ts';
import { url, visits } from '../tests/support/site.ts';
import type { Benchmark, Measure } from './run.ts';
import { builtSite, serve } from './support/site.ts';

const JS_BUDGET_KB: Record<string, number> = { home: 30, event: 0 };
const gz = (text: string | Buffer) => gzipSync(text).length / 1024;
const kb = (n: number) => Math.round(n * 10) / 10;

/** The bodies of every response the page receives, by resource type, gzipped size in KB. */
function recordWeights(page: Page) {
  const bodies: Promise<{ type: string; url: string; kb: number }>[] = [];
  page.on('response', (r) => {
    bodies.push(r.body().then((body) => ({ type: r.request().resourceType(), url: r.url(), kb: gz(body) }), () => ({ type: 'none', url: r.url(), kb: 0 })));
  });
  return async (match: (r: { type: string; url: string }) => boolean) => {
    const matching = (await Promise.all(bodies)).filter(match);
    return { kb: matching.reduce((n, r) => n + r.kb, 0), count: matching.length };
  };
}

const bench: Benchmark = {
  name: 'page-weight',
  description: 'HTML, CSS and JS per template on load, KB after gzip',
  async run() {
    const dir = await builtSite();
    const site = await serve(dir);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const measures: Measure[] = [];
    try {
      const load = async (path: string) => {
        const page = await browser.newPage();
        const log = recordRequests(page);
        const weight = recordWeights(page);
        await page.goto(site.origin + path);
        return { page, log, weight };
      };
      for (const visit of visits('/').filter((v) => v.lang === DEFAULT_LANG)) {
        const { page, log, weight } = await load(visit.path);
        await log.settle();
        const inline = await page.evaluate(() =>
          [...document.scripts].filter((s) => !s.src && ['', 'module', 'text/javascript'].includes(s.type)).map((s) => s.textContent ?? ''),
        );
        const scripts = await weight((r) => r.type === 'script');
        const js = scripts.kb + (inline.length ? gz(inline.join('\n')) : 0);
        const budget = JS_BUDGET_KB[visit.name];
        measures.push(
          { metric: `${visit.name}: HTML`, value: kb((await weight((r) => r.type === 'document')).kb), unit: 'KB gz' },
          { metric: `${visit.name}: CSS`, value: kb((await weight((r) => r.type === 'stylesheet')).kb), unit: 'KB gz' },
          {
            metric: `${visit.name}: JS`,
            value: kb(js),
            unit: 'KB gz',
            ...(budget !== undefined ? { budget: { max: budget } } : {}),
            note: `${scripts.count} file(s), ${inline.length} inline`,
          },
        );
        await page.close();
      }
      // Search loads Pagefind only when the reader searches: what that costs on top.
      const { page, log, weight } = await load(url({ page: 'search', query: '微信' }, DEFAULT_LANG, '/'));
      await page.locator('.search-results li').first().waitFor();
      await log.settle();
      const pagefind = await weight((r) => r.url.includes('/pagefind/'));
      measures.push({
        metric: 'search: Pagefind after a query',
        value: kb(pagefind.kb),
        unit: 'KB gz',
        note: `${pagefind.count} files: script, WebAssembly, index and result fragments`,
      });
      await page.close();
    } finally {
      await browser.close();
      site.close();
    }
    return measures;
  },
};

export default bench;
