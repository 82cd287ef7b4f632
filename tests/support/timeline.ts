/**
 * Reading the timeline's state in browser tests: the range it shows, the events it draws,
 * the URL it keeps. Expected values come from the site's own code (content(), seedData()).
 */
import { expect, type Page } from '@playwright/test';
import type { DayRange } from '../../src/lib/timeline/bounds.ts';
import { reachDay, type TimelineEvent } from '../../src/lib/timeline/timeline-event.ts';

/** The chart, not the legend's little swatches. */
export const CHART = 'event-timeline svg.tl';

export async function live(page: Page): Promise<void> {
  await expect(page.locator('event-timeline.is-live')).toHaveCount(1);
}

/** First and last day shown (day numbers), as the element states them. */
/**
 * How often the chart was drawn after its first draw, a few frames after it went live: a
 * resize the browser reports once the page is laid out redraws in a later frame. The
 * element's `frames` lists every draw but the first.
 */
export async function drawsAfterFirst(page: Page): Promise<number> {
  return page.locator('event-timeline').evaluate(async (el) => {
    for (let i = 0; i < 4; i++) await new Promise(requestAnimationFrame);
    return (el as HTMLElement & { frames: unknown[] }).frames.length;
  });
}

export async function range(page: Page): Promise<{ from: number; to: number }> {
  return page.locator('event-timeline').evaluate((el: HTMLElement) => ({ from: Number(el.dataset.from), to: Number(el.dataset.to) }));
}

/** Ids of the events drawn (each once, in document order). */
export async function drawnEvents(page: Page): Promise<string[]> {
  return page.locator(`${CHART} a.tl-mark`).evaluateAll((as) => as.map((a) => a.getAttribute('data-event-id')!));
}

/** Waits until the range differs from `before` and has settled (animations end), and returns it. */
export async function rangeChangedFrom(page: Page, before: { from: number; to: number }): Promise<{ from: number; to: number }> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await range(page));
      const settled = now === last && now !== JSON.stringify(before);
      last = now;
      return settled;
    }, { intervals: [100] })
    .toBe(true);
  return range(page);
}

/** The box of an element scrolled into view, for mouse and touch input (which use viewport coordinates). */
export async function boxOf(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  return (await el.boundingBox())!;
}

/** Opens the filter choices (a closed <details> hides its checkboxes). */
export async function openFilters(page: Page): Promise<void> {
  const details = page.locator('.tl-filters');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** The id of the mark keyboard focus is on. */
export async function focusedEvent(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('.tl-mark')?.getAttribute('data-event-id') ?? null);
}

/** Whether an event's mark reaches into the range the timeline opens on (the first view). */
export function inFirstView(e: TimelineEvent, first: DayRange): boolean {
  return Math.max(e.end, reachDay(e)) > first.start && e.start < first.end;
}
