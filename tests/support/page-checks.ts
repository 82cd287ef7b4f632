/**
 * Checks the browser gates run on an open page: axe-core's accessibility rules, the dates
 * every <time> shows, sideways scrolling. Shared by the template gate (one visit per
 * template checks light, dark and phone) and the feature tests.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatDate, formatShortDate } from '../../src/lib/format-date.ts';
import { parseCalendarDate } from '../../src/model/calendar-date.ts';
import type { Lang } from '../../src/model/lang.ts';

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's rules that read colours. Dark mode changes colours and nothing else
 * (tests/unit/dark-mode.test.ts), so in dark mode these are the rules that can find something
 * light mode did not.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page, one line each: "rule: targets". `include` limits it to parts of
 * the page (CSS selectors), `rules` to some of its rules. Only violations are collected (axe
 * then skips recording every passing node, which on a long page is much of its time).
 */
export async function axeViolations(page: Page, options: { include?: readonly string[]; rules?: readonly string[] } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS);
  if (options.rules) builder = builder.withRules([...options.rules]);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a <time> may show for its datetime: "2021-11-30T00:00+08:00" → the full or short form. */
function expectedTexts(datetime: string, lang: Lang): string[] | undefined {
  const cst = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\+08:00$/.exec(datetime);
  const parsed = parseCalendarDate(cst ? `${cst[1]} ${cst[2]}` : datetime);
  if (!parsed.ok) return undefined;
  return [formatDate(parsed.value, lang), formatShortDate(parsed.value, lang)];
}

/** Every <time> on the page that does not show the CST calendar date its datetime names, explained. */
export async function wrongDates(page: Page, lang: Lang): Promise<string[]> {
  const times = await page.locator('time').evaluateAll((els) => els.map((el) => ({ datetime: el.getAttribute('datetime') ?? '', text: el.textContent?.trim() ?? '' })));
  return times.flatMap(({ datetime, text }) => {
    const allowed = expectedTexts(datetime, lang);
    if (!allowed) return [`<time datetime="${datetime}">: not a CST calendar date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm+08:00")`];
    return allowed.includes(text) ? [] : [`<time datetime="${datetime}"> shows “${text}”, expected one of ${allowed.map((a) => `“${a}”`).join(', ')}`];
  });
}

/** How many pixels the page scrolls sideways (0 when it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits for two animation frames: what a resize or a colour-scheme change sets off has been drawn. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
