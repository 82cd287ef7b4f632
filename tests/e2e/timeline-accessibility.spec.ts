/**
 * The timeline in every state a reader reaches (zoomed, filtered, details open, keyboard
 * focus, nothing matching), in light and in dark: axe finds no violation in the timeline or
 * the event list it filters. The rest of the home page is the template gate's
 * (tests/e2e/templates.spec.ts). One page per language: each state is reached once and checked
 * in both colour schemes, switched in place.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_VIEW, NO_FILTERS, type TimelineView } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { axeViolations, COLOUR_RULES, nextFrames } from '../support/page-checks.ts';
import { url } from '../support/site.ts';
import { CHART, focusedEvent, live, openFilters } from '../support/timeline.ts';

/** What a state changes: the timeline and the list below it, which follows its filters. */
const REGIONS = ['#timeline', '#events'];

/** Violations in light, then in dark (where only colours change: axe's colour rules), labelled with the state. */
async function bothSchemes(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await nextFrames(page);
    const rules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
    found.push(...(await axeViolations(page, { include: REGIONS, ...rules })).map((v) => `${state}, ${colorScheme}: ${v}`));
  }
  return found;
}

const SHARED: TimelineView = {
  range: { start: dayNumber(2021, 9, 5), end: dayNumber(2021, 9, 25) },
  lanes: 'platform',
  filters: { ...NO_FILTERS, tag: ['external-links'] },
  query: '',
  event: 'private-chat-opening',
};

for (const lang of LANGS) {
  test(`the timeline (${lang}) has no axe violations in any state the reader reaches, light or dark`, async ({ page }) => {
    await page.goto(url({ page: 'home' }, lang));
    await live(page);
    expect(await bothSchemes(page, 'default view')).toEqual([]);

    // Zoomed to days, platform lanes, a filter, an event selected (details open).
    await page.goto(url({ page: 'home', view: SHARED }, lang));
    await live(page);
    await expect(page.locator('[data-detail]')).toBeVisible();
    await expect(page.locator(CHART)).toHaveAttribute('data-unit', 'day1');
    expect(await bothSchemes(page, 'shared view with details')).toEqual([]);

    // Filters open, chips shown.
    await openFilters(page);
    expect(await bothSchemes(page, 'filters open')).toEqual([]);

    // Keyboard focus on a mark, with its card.
    await page.locator(`${CHART} a.tl-mark[tabindex="0"]`).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).not.toBeNull();
    await expect(page.locator('[data-card]')).toBeVisible();
    expect(await bothSchemes(page, 'keyboard focus')).toEqual([]);

    // Nothing matches.
    await page.goto(url({ page: 'home', view: { ...DEFAULT_VIEW, query: 'zzzz-no-match' } }, lang));
    await live(page);
    await expect(page.locator(`${CHART} .tl-empty`)).not.toHaveText('');
    expect(await bothSchemes(page, 'no match')).toEqual([]);
  });
}

test('the build-time timeline, before any script runs, has no axe violations, light or dark', async ({ page }) => {
  // axe needs JavaScript in the page, so keep only the timeline's own script from loading.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(url({ page: 'home' }, 'zh'));
  await expect(page.locator('event-timeline')).not.toHaveClass(/is-live/);
  await expect(page.locator(CHART)).toHaveAttribute('aria-hidden', 'true');
  expect(await bothSchemes(page, 'before any script')).toEqual([]);
});
