import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_VIEW, NO_FILTERS, type TimelineView } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { url } from '../support/site.ts';
import { CHART, focusedEvent, live, openFilters } from '../support/timeline.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SHARED: TimelineView = {
  range: { start: dayNumber(2021, 9, 5), end: dayNumber(2021, 9, 25) },
  lanes: 'platform',
  filters: { ...NO_FILTERS, tag: ['external-links'] },
  query: '',
  event: 'private-chat-opening',
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const lang of LANGS) {
    test(`the timeline (${lang}, ${colorScheme}) has no axe violations in any state the reader reaches`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();

      await page.goto(url({ page: 'home' }, lang));
      await live(page);
      expect(await violations(page), 'default view').toEqual([]);

      // Zoomed to days, platform lanes, a filter, an event selected (details open).
      await page.goto(url({ page: 'home', view: SHARED }, lang));
      await live(page);
      await expect(page.locator('[data-detail]')).toBeVisible();
      await expect(page.locator(CHART)).toHaveAttribute('data-unit', 'day1');
      expect(await violations(page), 'shared view with details').toEqual([]);

      // Filters open, chips shown.
      await openFilters(page);
      expect(await violations(page), 'filters open').toEqual([]);

      // Keyboard focus on a mark, with its card.
      await page.locator(`${CHART} a.tl-mark[tabindex="0"]`).focus();
      await page.keyboard.press('ArrowRight');
      expect(await focusedEvent(page)).not.toBeNull();
      await expect(page.locator('[data-card]')).toBeVisible();
      expect(await violations(page), 'keyboard focus').toEqual([]);

      // Nothing matches.
      await page.goto(url({ page: 'home', view: { ...DEFAULT_VIEW, query: 'zzzz-no-match' } }, lang));
      await live(page);
      await expect(page.locator(`${CHART} .tl-empty`)).not.toHaveText('');
      expect(await violations(page), 'no match').toEqual([]);
      await context.close();
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the build-time timeline, before any script runs (${colorScheme}), has no axe violations`, async ({ browser }) => {
    // axe needs JavaScript in the page, so keep only the timeline's own script from loading.
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(url({ page: 'home' }, 'zh'));
    await expect(page.locator('event-timeline')).not.toHaveClass(/is-live/);
    await expect(page.locator(CHART)).toHaveAttribute('aria-hidden', 'true');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
}
