/**
 * Dates read the same in every time zone: on every template, in both languages, each
 * <time datetime> shows the calendar date (and CST time) its datetime names, in one of the
 * site's date formats, after the page's scripts have run. Tagged @dates, so it runs in the
 * projects of the other time zones (UTC, Asia/Shanghai; see playwright.config.ts). The main
 * project leaves this file out: there the template gate (tests/e2e/templates.spec.ts) checks
 * the same on its one visit per template.
 */
import { expect, test } from '@playwright/test';
import { wrongDates } from '../support/page-checks.ts';
import { visits } from '../support/site.ts';

test.describe('dates', { tag: '@dates' }, () => {
  for (const visit of visits()) {
    test(`${visit.name} (${visit.lang}) shows every <time> as the CST calendar date it names`, async ({ page }, testInfo) => {
      await page.goto(visit.path);
      await page.waitForLoadState('load');
      expect(await wrongDates(page, visit.lang)).toEqual([]);
      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(zone).toBe(testInfo.project.use.timezoneId);
    });
  }
});
