import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl.ts';
import { BASE, DIST } from '../support/site.ts';

test('no internal link, asset or anchor in the built site is broken, and no page loads anything from elsewhere', () => {
  const result = crawl(DIST, BASE);
  expect(result.pages).toBeGreaterThan(20);
  expect(result.links).toBeGreaterThan(500);
  expect(result.broken).toEqual([]);
  expect(result.thirdParty).toEqual([]);
});
