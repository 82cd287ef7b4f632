/**
 * No third-party requests beyond the template gate (tests/e2e/templates.spec.ts checks every
 * template): a search, which loads Pagefind's index, and the gate's own machinery, which must
 * see what a third-party page would load. Each test attaches the requests it saw.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve.ts';
import { describeRequests as describe, recordRequests } from '../support/requests.ts';
import { ROOT, url } from '../support/site.ts';


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
