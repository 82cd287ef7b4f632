/**
 * The site built to live under a sub-path (BASE_PATH=/sub/, into dist-sub/): the link crawl
 * finds nothing broken and nothing outside /sub/, and every template loads all its assets
 * from under /sub/ in Chromium. `npm test` builds dist-sub/ just before the browser tests;
 * run alone, this file builds it when it is missing or older than dist/.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import { crawlVerdict } from '../support/crawl.ts';
import { recordRequests } from '../support/requests.ts';
import { DIST, ROOT, url, visits } from '../support/site.ts';

const SUB = '/sub/';
const SUB_DIST = join(ROOT, 'dist-sub');

function builtAt(dir: string): number {
  const index = join(dir, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : -1;
}

function ensureSubBuild() {
  if (builtAt(SUB_DIST) > 0 && builtAt(SUB_DIST) >= builtAt(DIST)) return;
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', 'dist-sub'], { cwd: ROOT, env: { ...process.env, BASE_PATH: SUB }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Building the site under ${SUB} failed:\n${r.stdout}\n${r.stderr}`);
}

test.describe.configure({ mode: 'serial' });

test.describe(`the site built under ${SUB}`, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let origin: string;

  test.beforeAll(async () => {
    ensureSubBuild();
    server = await startServer({ dir: SUB_DIST, port: 0, host: 'localhost', base: SUB });
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => void server?.close());

  test('has no broken internal link, asset or anchor, and nothing points outside /sub/', () => {
    expect(crawlVerdict(SUB_DIST, SUB)).toEqual({ crawledEnough: true, broken: [], thirdParty: [] });
  });

  for (const visit of visits(SUB)) {
    test(`${visit.name} (${visit.lang}) loads every asset from under ${SUB}`, async ({ page }) => {
      const log = recordRequests(page);
      const address = origin + visit.path;
      const response = await page.goto(address);
      expect(response?.status()).toBe(visit.status);
      await log.settle();
      expect(log.failed([address])).toEqual([]);
      const paths = log.all().map((r) => new URL(r.url).pathname);
      expect(paths.filter((p) => !p.startsWith(SUB))).toEqual([]);
      expect(log.all().filter((r) => r.type === 'stylesheet').length).toBeGreaterThan(0);
      // The stylesheet is applied (an unstyled body has a transparent background).
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      // Navigation (an embed's links to its full page) stays under the sub-path.
      const navLinks = await page.locator(visit.chrome === 'embed' ? 'a' : 'header a').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname));
      expect(navLinks.length).toBeGreaterThan(0);
      expect(navLinks.filter((p) => !p.startsWith(SUB))).toEqual([]);
    });
  }

  test(`search finds events and links to them under ${SUB}`, async ({ page }) => {
    const log = recordRequests(page);
    await page.goto(origin + url({ page: 'search', query: 'Huiju' }, 'en', SUB));
    const first = page.locator('.search-results li a').first();
    await expect(first).toBeVisible();
    const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname));
    expect(hrefs).toContain(url({ page: 'event', id: 'huiju-launch' }, 'en', SUB));
    await log.settle();
    expect(log.failed()).toEqual([]);
    const response = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), first.click()]);
    expect(response[0].status()).toBe(200);
  });
});
