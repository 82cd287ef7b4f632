/**
 * No third-party requests: every template, in both languages, loads only from the site's own
 * origin (fonts, scripts, images, analytics: self-hosted or absent). Each test attaches the
 * full list of requests it saw to its report.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve.ts';
import { recordRequests, type RecordedRequest } from '../support/requests.ts';
import { ROOT, url, visits } from '../support/site.ts';

const describe = (rs: RecordedRequest[]) => rs.map((r) => `${r.type} ${r.url}${r.failure ? ` (${r.failure})` : ''}`);

for (const visit of visits()) {
  test(`${visit.name} (${visit.lang}) makes no request outside the site`, async ({ page, baseURL }, testInfo) => {
    const log = recordRequests(page);
    const response = await page.goto(visit.path);
    expect(response?.status()).toBe(visit.status);
    await log.settle();
    await testInfo.attach('requests', { body: describe(log.all()).join('\n'), contentType: 'text/plain' });
    expect(log.all().length).toBeGreaterThan(0);
    expect(describe(log.outside(new URL(baseURL!).origin))).toEqual([]);
  });
}

test('a search loads Pagefind’s index from the site only', async ({ page, baseURL }, testInfo) => {
  const log = recordRequests(page);
  await page.goto(url({ page: 'search', query: 'WeChat' }, 'en'));
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await log.settle();
  await testInfo.attach('requests', { body: describe(log.all()).join('\n'), contentType: 'text/plain' });
  expect(log.all().some((r) => r.url.includes('/pagefind/'))).toBe(true);
  expect(describe(log.outside(new URL(baseURL!).origin))).toEqual([]);
});

test('the gate sees third-party stylesheets, images and late fetches', async ({ page }) => {
  const server = await startServer({ dir: join(ROOT, 'tests/fixtures/third-party'), port: 0, host: 'localhost', base: '/' });
  try {
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const log = recordRequests(page);
    await page.goto(`${origin}/`);
    await log.settle();
    expect(log.outside(origin).map((r) => new URL(r.url).hostname).sort()).toEqual([
      'analytics.third-party.invalid',
      'fonts.third-party.invalid',
      'pixel.third-party.invalid',
    ]);
    expect(log.outside(origin).every((r) => r.failure)).toBe(true);
  } finally {
    server.close();
  }
});
