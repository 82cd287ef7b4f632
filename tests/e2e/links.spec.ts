import { expect, test } from '@playwright/test';
import { crawlVerdict } from '../support/crawl.ts';
import { BASE, DIST } from '../support/site.ts';

test('no internal link, asset or anchor in the built site is broken, and no page loads anything from elsewhere', () => {
  expect(crawlVerdict(DIST, BASE)).toEqual({ crawledEnough: true, broken: [], thirdParty: [] });
});
