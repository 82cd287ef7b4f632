/**
 * Dates read the same in every time zone: on every template, in both languages, each
 * <time datetime> shows the calendar date (and CST time) its datetime names, in one of the
 * site's date formats, after the page's scripts have run. Tagged @dates, so the browser suite
 * runs it under UTC, Asia/Shanghai and America/Los_Angeles (see playwright.config.ts).
 */
import { expect, test } from '@playwright/test';
import { formatDate, formatShortDate } from '../../src/lib/format-date.ts';
import { parseCalendarDate } from '../../src/model/calendar-date.ts';
import type { Lang } from '../../src/model/lang.ts';
import { visits } from '../support/site.ts';

/** What a <time> may show for its datetime: "2021-11-30T00:00+08:00" → the full or short form. */
function expectedTexts(datetime: string, lang: Lang): string[] | undefined {
  const cst = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\+08:00$/.exec(datetime);
  const parsed = parseCalendarDate(cst ? `${cst[1]} ${cst[2]}` : datetime);
  if (!parsed.ok) return undefined;
  return [formatDate(parsed.value, lang), formatShortDate(parsed.value, lang)];
}

test.describe('dates', { tag: '@dates' }, () => {
  for (const visit of visits()) {
    test(`${visit.name} (${visit.lang}) shows every <time> as the CST calendar date it names`, async ({ page }) => {
      await page.goto(visit.path);
      await page.waitForLoadState('load');
      const times = await page.locator('time').evaluateAll((els) => els.map((el) => ({ datetime: el.getAttribute('datetime') ?? '', text: el.textContent?.trim() ?? '' })));
      const wrong = times.flatMap(({ datetime, text }) => {
        const allowed = expectedTexts(datetime, visit.lang);
        if (!allowed) return [`<time datetime="${datetime}">: not a CST calendar date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm+08:00")`];
        return allowed.includes(text) ? [] : [`<time datetime="${datetime}"> shows “${text}”, expected one of ${allowed.map((a) => `“${a}”`).join(', ')}`];
      });
      expect(wrong).toEqual([]);
      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(zone).toBe(test.info().project.use.timezoneId);
    });
  }
});
