/**
 * The template gate: one visit per template (both languages, and the 404 page) checks
 * everything that holds for every page, in every mode, without loading the page again:
 *
 * - no request leaves the site (fonts, scripts, images, analytics: self-hosted or absent);
 *   the full list of requests is attached to the test's report;
 * - every <time> shows the CST calendar date it names (this project's time zone; the
 *   other zones' projects run tests/e2e/dates.spec.ts);
 * - axe-core finds no violation in light mode, in dark mode (the colour scheme is switched
 *   in place; dark mode changes only colours, so axe's colour rules), and on a 375 px phone
 *   (the viewport is narrowed in place; charts switch to their narrow drawing), where the page
 *   also fits without sideways scrolling and keeps its navigation (an embed, which has none,
 *   keeps its title link to the full page);
 * - no script the page loads carries the content schemas (zod, ~24 KB gzipped): they are for
 *   the build, and one stray import of src/model/lang.ts instead of lang-codes.ts ships them.
 */
import { expect, test } from '@playwright/test';
import { describeRequests as describe, recordRequests } from '../support/requests.ts';
import { axeViolations, COLOUR_RULES, nextFrames, sidewaysOverflow, wrongDates } from '../support/page-checks.ts';
import { visits } from '../support/site.ts';

const PHONE = { width: 375, height: 740 };

test.use({ colorScheme: 'light' });

for (const visit of visits()) {
  test(`${visit.name} (${visit.lang}): only the site's own requests, CST dates, no axe violation in light, dark and on a phone`, async ({ page, baseURL }, testInfo) => {
    const log = recordRequests(page);
    const schemas: Promise<string | undefined>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') schemas.push(r.text().then((text) => (text.includes('ZodError') ? new URL(r.url()).pathname : undefined), () => undefined));
    });
    const response = await page.goto(visit.path);
    expect(response?.status()).toBe(visit.status);
    await log.settle();

    expect(await wrongDates(page, visit.lang), 'dates').toEqual([]);
    expect(await axeViolations(page), 'light').toEqual([]);

    // Dark mode changes colours only (tests/unit/dark-mode.test.ts): axe's colour rules.
    await page.emulateMedia({ colorScheme: 'dark' });
    await nextFrames(page);
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark').toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(PHONE);
    await nextFrames(page);
    await log.settle();
    expect(await sidewaysOverflow(page), 'sideways scrolling on a phone').toBeLessThanOrEqual(0);
    if (visit.status === 200) {
      if (visit.chrome === 'embed') await expect(page.locator('.embed__title a')).toBeVisible();
      else {
        await expect(page.locator('[data-lang-switch]')).toBeVisible();
        await expect(page.getByRole('navigation', { name: visit.lang === 'zh' ? '主导航' : 'Main navigation' })).toBeVisible();
      }
    }
    expect(await axeViolations(page), 'phone').toEqual([]);

    await testInfo.attach('requests', { body: describe(log.all()).join('\n'), contentType: 'text/plain' });
    expect(log.all().length).toBeGreaterThan(0);
    expect(describe(log.outside(new URL(baseURL!).origin)), 'requests outside the site').toEqual([]);
    expect((await Promise.all(schemas)).filter(Boolean), 'scripts that carry the content schemas (zod)').toEqual([]);
  });
}
