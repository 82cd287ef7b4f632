import { expect, test, type Page } from '@playwright/test';
import { filterEvents } from '../../src/lib/timeline/filter.ts';
import { buildLanes, NONE_LANE, OTHERS_LANE, SHARED_AT } from '../../src/lib/timeline/lanes.ts';
import { timelineBounds, wholeRange } from '../../src/lib/timeline/bounds.ts';
import { NO_FILTERS, DEFAULT_VIEW, type TimelineView } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { content, url } from '../support/site.ts';
import { seedData, laneNamesFor } from '../support/timeline-fixtures.ts';
import { boxOf, CHART, drawnEvents, inFirstView, live, openFilters, range, rangeChangedFrom } from '../support/timeline.ts';

const data = seedData('en');
const bounds = timelineBounds(data.events);
/** Everything: the first view opens on the busy year only. */
const ALL: TimelineView = { ...DEFAULT_VIEW, range: wholeRange(bounds) };
const drawnAtFirst = data.events.filter((e) => inFirstView(e, bounds.first));
const span = (r: { from: number; to: number }) => r.to - r.from;

async function home(page: Page, view?: TimelineView) {
  await page.goto(url({ page: 'home', ...(view ? { view } : {}) }, 'en'));
  await live(page);
}

test('zoom buttons, Ctrl + wheel and dragging change the range shown', async ({ page }) => {
  await home(page, ALL);
  const all = await range(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await rangeChangedFrom(page, all);
  expect(span(zoomed)).toBeLessThan(span(all) * 0.7);
  await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);

  const box = await boxOf(page, CHART);
  await page.mouse.move(box.x + box.width * 0.8, box.y + 200);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  const wheeled = await rangeChangedFrom(page, zoomed);
  expect(span(wheeled)).toBeLessThan(span(zoomed));

  // Dragging left shows later days, at the same zoom.
  await page.mouse.move(box.x + box.width * 0.6, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 200, { steps: 8 });
  await page.mouse.up();
  const dragged = await rangeChangedFrom(page, wheeled);
  expect(dragged.from).toBeGreaterThan(wheeled.from);
  expect(Math.abs(span(dragged) - span(wheeled))).toBeLessThanOrEqual(1);

  await page.getByRole('button', { name: 'Earlier', exact: true }).click();
  const earlier = await rangeChangedFrom(page, dragged);
  expect(earlier.from).toBeLessThan(dragged.from);
  await page.getByRole('button', { name: 'Show all' }).click();
  await rangeChangedFrom(page, earlier);
  expect(await range(page)).toEqual(all);
  // Everything is a range of its own: the plain address is the first view.
  await expect(page).toHaveURL(/\/en\/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
});

test('while the reader drags, marks are drawn on a canvas; on release the SVG marks return', async ({ page }) => {
  await home(page, { ...DEFAULT_VIEW, range: { start: dayNumber(2021, 8, 1), end: dayNumber(2021, 12, 20) } });
  const box = await boxOf(page, CHART);
  const inked = () =>
    page.locator('.timeline__canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  await page.mouse.move(box.x + box.width * 0.6, box.y + 80);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 80, { steps: 5 });
  await expect(page.locator(`${CHART} .tl-plot`)).toHaveAttribute('display', 'none');
  expect(await inked()).toBeGreaterThan(100);
  await page.mouse.up();
  await expect(page.locator(`${CHART} .tl-plot`)).not.toHaveAttribute('display', 'none');
  await expect.poll(inked).toBe(0);
  await expect(page.locator(`${CHART} a.tl-mark`).first()).toBeVisible();
  await expect(page).toHaveURL(/from=/);
});

test('a plain wheel scrolls the page and says how to zoom', async ({ page }) => {
  await home(page);
  const before = await range(page);
  const box = await boxOf(page, CHART);
  await page.mouse.move(box.x + box.width / 2, box.y + 150);
  await page.mouse.wheel(0, 200);
  await expect(page.locator('[data-wheel-hint]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await range(page)).toEqual(before);
});

test('the axis adapts from months to days as the reader zooms in', async ({ page }) => {
  await home(page, ALL);
  await expect(page.locator(CHART)).toHaveAttribute('data-unit', /^month/);
  await home(page, { ...DEFAULT_VIEW, range: { start: dayNumber(2021, 9, 8), end: dayNumber(2021, 9, 20) } });
  await expect(page.locator(CHART)).toHaveAttribute('data-unit', 'day1');
  await expect(page.locator(`${CHART} .tl-axis__label`).first()).toHaveText(/^\d{1,2}$/);
  await expect(page.locator(`${CHART} .tl-axis__context-label`).first()).toHaveText('September 2021');
});

test('the overview’s brush picks the range: drag the window, drag an edge, press elsewhere', async ({ page }) => {
  await home(page, { ...DEFAULT_VIEW, range: { start: dayNumber(2020, 1, 1), end: dayNumber(2020, 12, 31) } });
  const win = await boxOf(page, '.tl-brush__window');
  const before = await range(page);
  await page.mouse.move(win.x + win.width / 2, win.y + win.height / 2);
  await page.mouse.down();
  await page.mouse.move(win.x + win.width / 2 + 120, win.y + win.height / 2, { steps: 6 });
  await page.mouse.up();
  const moved = await rangeChangedFrom(page, before);
  expect(moved.from).toBeGreaterThan(before.from);
  expect(Math.abs(span(moved) - span(before))).toBeLessThanOrEqual(1);

  const handle = await boxOf(page, '.tl-brush__handle--end');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 100, handle.y + handle.height / 2, { steps: 6 });
  await page.mouse.up();
  const widened = await rangeChangedFrom(page, moved);
  expect(widened.from).toBe(moved.from);
  expect(widened.to).toBeGreaterThan(moved.to);

  const strip = await boxOf(page, 'svg.tl-overview');
  await page.mouse.click(strip.x + 200, strip.y + 20);
  const pressed = await rangeChangedFrom(page, widened);
  expect(pressed.from).toBeLessThan(widened.from);
});

test('filters hide and show events, in the chart and in the list below it', async ({ page }) => {
  await home(page, ALL);
  const everyId = content().events.map((e) => e.data.id);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Taobao/ }).check();
  const taobao = filterEvents(data.events, { filters: { ...NO_FILTERS, platform: ['taobao'] }, query: '' }).map((e) => e.id);
  expect(taobao.length).toBeGreaterThan(0);
  expect(taobao.length).toBeLessThan(everyId.length);
  await expect.poll(() => drawnEvents(page)).toHaveLength(taobao.length);
  expect((await drawnEvents(page)).sort()).toEqual([...taobao].sort());
  await expect(page.locator('.event-list [data-event-id]:visible')).toHaveCount(taobao.length);
  // The list holds the latest events (all of them in this history): the line counts the list's own.
  const listed = await page.locator('.event-list [data-event-id]').count();
  const listedTaobao = await page.locator('.event-list [data-event-id]:visible').count();
  await expect(page.locator('.timeline__list-status')).toHaveText(`Of the ${listed} latest events listed below, ${listedTaobao} match the timeline’s filters.`);
  await expect(page).toHaveURL(/platform=taobao$/);

  // A second facet narrows further; the chip removes one; clearing brings everything back.
  await page.getByRole('checkbox', { name: /Group chat/ }).check();
  const both = filterEvents(data.events, { filters: { ...NO_FILTERS, platform: ['taobao'], surface: ['group-chat'] }, query: '' });
  await expect.poll(() => drawnEvents(page)).toHaveLength(both.length);
  await page.getByRole('button', { name: 'Remove filter: Taobao' }).click();
  const group = filterEvents(data.events, { filters: { ...NO_FILTERS, surface: ['group-chat'] }, query: '' });
  await expect.poll(() => drawnEvents(page)).toHaveLength(group.length);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect.poll(() => drawnEvents(page)).toHaveLength(everyId.length);
  await expect(page.locator('.event-list [data-event-id]:visible')).toHaveCount(everyId.length);
  await expect(page.locator('.timeline__list-status')).toBeHidden();
});

test('the search box narrows to events that mention every word', async ({ page }) => {
  await home(page, ALL);
  await page.getByRole('searchbox', { name: 'Find events' }).fill('group chat');
  const expected = filterEvents(data.events, { filters: NO_FILTERS, query: 'group chat' }).map((e) => e.id);
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await drawnEvents(page)).sort()).toEqual([...expected].sort());
  await expect(page.locator('[data-count]')).toHaveText(`${expected.length} of ${data.events.length} events`);
  await expect(page).toHaveURL(/q=group%20chat$/);
  // Nothing lies outside the whole range: no cue.
  await expect(page.locator('[data-outside]')).toBeHidden();
  await page.getByRole('searchbox', { name: 'Find events' }).fill('no event says this');
  await expect(page.locator(`${CHART} .tl-empty`)).toHaveText('No events match these filters.');
});

test('lanes switch between actors and platforms, in the reference lists’ order', async ({ page }) => {
  await home(page);
  const laneIds = () => page.locator(`${CHART} .tl-lane`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
  expect(await laneIds()).toEqual(buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor('')).lanes.map((l) => l.id));
  await page.getByRole('radio', { name: 'By platform' }).check();
  const platformLanes = buildLanes(data.events, 'platform', data.facets.platform, NO_FILTERS, laneNamesFor('')).lanes.map((l) => l.id);
  expect(platformLanes.at(-1)).toBe(NONE_LANE);
  await expect.poll(laneIds).toEqual(platformLanes);
  await expect(page.locator(`${CHART} .tl-lane-name`).last()).toHaveText('No platform named');
  await expect(page).toHaveURL(/lanes=platform$/);
  await expect(page.locator('[data-lanes-note="platform"]')).toBeVisible();
});

const SHARED: TimelineView = {
  range: { start: dayNumber(2021, 8, 20), end: dayNumber(2021, 12, 11) },
  lanes: 'platform',
  filters: { ...NO_FILTERS, surface: ['group-chat', 'private-chat'] },
  query: 'WeChat',
  event: 'group-chat-opening',
};

test('a copied URL shows another reader the same view', async ({ page, browser }) => {
  await home(page, SHARED);
  expect(await range(page)).toEqual({ from: dayNumber(2021, 8, 20), to: dayNumber(2021, 12, 10) });
  await expect(page.getByRole('radio', { name: 'By platform' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove filter: Group chat' })).toBeVisible();
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /Group chat/ })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Find events' })).toHaveValue('WeChat');
  await expect(page.locator('[data-detail]')).toBeVisible();
  await expect(page.locator('[data-detail-title]')).toHaveText(data.byId.get('group-chat-opening')!.title);

  const other = await browser.newPage();
  await other.goto(page.url());
  await live(other);
  const picture = (p: Page) => p.locator(CHART).evaluate((svg) => [...svg.querySelectorAll('.tl-mark, .tl-lane, .tl-axis__label')].map((el) => `${el.getAttribute('data-key')} ${el.getAttribute('transform') ?? el.textContent}`));
  expect(await picture(other)).toEqual(await picture(page));
  expect(await range(other)).toEqual(await range(page));
  await other.close();
});

test('Back steps back through views, and Forward again', async ({ page }) => {
  await home(page);
  const all = await range(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Douyin/ }).check();
  await expect(page).toHaveURL(/\?platform=douyin$/);
  await page.locator(`${CHART} a.tl-mark[data-event-id="private-chat-opening"]`).click();
  await expect(page.locator('[data-detail]')).toBeVisible();
  await expect(page).toHaveURL(/\?platform=douyin&event=private-chat-opening$/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await rangeChangedFrom(page, all);
  await expect(page).toHaveURL(/\?from=.*&platform=douyin&event=private-chat-opening$/);

  await page.goBack();
  await expect.poll(() => range(page)).toEqual(all);
  await expect(page.locator('[data-detail]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-detail]')).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /Douyin/ })).not.toBeChecked();
  await expect.poll(() => drawnEvents(page)).toHaveLength(drawnAtFirst.length);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect.poll(() => range(page)).toEqual(zoomed);
  await expect(page.locator('[data-detail]')).toBeVisible();
});

test('the language switch keeps the view', async ({ page }) => {
  await page.goto(url({ page: 'home', view: SHARED }, 'zh'));
  await live(page);
  const zh = await range(page);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${url({ page: 'home', view: SHARED }, 'en').replace(/[.?]/g, '\\$&')}$`));
  await live(page);
  expect(await range(page)).toEqual(zh);
  await expect(page.locator('[data-detail-title]')).toHaveText(data.byId.get('group-chat-opening')!.title);
});

test('selecting an event opens its summary, sources and a link to its page', async ({ page }) => {
  await home(page);
  const e = content().events.find((x) => x.data.id === 'three-paths-opinion')!.data;
  const sources = new Map(content().sources.map((s) => [s.id, s]));
  await page.locator(`${CHART} a.tl-mark[data-event-id="${e.id}"]`).click();
  const panel = page.locator('[data-detail]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(e.title.en);
  await expect(panel).toContainText(e.summary.en);
  const items = panel.locator('[data-detail-sources] li');
  await expect(items).toHaveCount(e.sources.length);
  for (const [i, id] of e.sources.entries()) {
    await expect(items.nth(i)).toContainText(sources.get(id)!.publisher.en);
    if (sources.get(id)!.kind === 'opinion') await expect(items.nth(i).locator('.badge--opinion')).toHaveText('Opinion');
  }
  await expect(panel.getByRole('link', { name: /Read the full event/ })).toHaveAttribute('href', url({ page: 'event', id: e.id }, 'en'));
  await expect(page.locator(`${CHART} a.tl-mark[data-event-id="${e.id}"]`)).toHaveAttribute('aria-current', 'true');
  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('pointing at a mark shows a short card and outlines the event in its other lanes', async ({ page }) => {
  await home(page);
  const lanes = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor(''));
  // An event in two lanes (a few actors, none folded into "others").
  const e = content().events.find((x) => lanes.lanesOf.get(x.data.id)?.length === 2 && !lanes.lanesOf.get(x.data.id)!.includes(OTHERS_LANE) && inFirstView(data.byId.get(x.data.id)!, bounds.first))!.data;
  const [primary, echo] = lanes.lanesOf.get(e.id)!;
  await page.locator(`${CHART} a.tl-mark[data-event-id="${e.id}"]`).hover();
  const card = page.locator('[data-card]');
  await expect(card).toBeVisible();
  await expect(card).toContainText(e.title.en);
  expect(primary).toBeDefined();
  await expect(card).toContainText(`Also in: ${data.names.actor.get(echo!)}`);
  await expect(page.locator(`${CHART} .tl-mark.is-related`)).toHaveCount(2);
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await expect(page.locator(`${CHART} .tl-mark.is-related`)).toHaveCount(0);

  // An event of many actors is drawn once; its card names them all.
  const meeting = content().events.find((x) => x.data.actors.length >= SHARED_AT)!.data;
  await page.locator(`${CHART} a.tl-mark[data-event-id="${meeting.id}"]`).hover();
  await expect(card).toContainText(`with ${meeting.actors.map((id) => data.names.actor.get(id)).join(', ')}`);
  await expect(card).not.toContainText('Also in');
});

test('readers who prefer less motion get no animation', async ({ browser }) => {
  const frames = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await home(page);
    const count = () => page.locator('event-timeline').evaluate((el) => (el as unknown as { frames: unknown[] }).frames.length);
    const before = await count();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/from=/);
    // The address changes at once; the chart is drawn in the next animation frame(s). Wait
    // for the first, then for the view to settle (an animation would go on drawing).
    await expect.poll(count).toBeGreaterThan(before);
    let after = await count();
    for (let settled = 0; settled < 3; ) {
      await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 150)));
      const now = await count();
      settled = now === after ? settled + 1 : 0;
      after = now;
    }
    await context.close();
    return after - before;
  };
  expect(await frames('reduce')).toBe(1);
  expect(await frames('no-preference')).toBeGreaterThan(2);
});

test('a URL with mistakes is corrected, and each mistake explained in the console', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${url({ page: 'home' }, 'en')}?from=2021-02-30&to=2021-10-31&platform=taobo,douyin&event=nope`);
  await live(page);
  expect(warnings).toEqual([
    'Timeline URL: from: "2021-02-30" is not a real date: February 2021 has 28 days — ignored',
    'Timeline URL: platform: "taobo" is not a known platform id — ignored',
    'Timeline URL: event: "nope" is not a known event id — ignored',
  ]);
  await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=2021-10-31&platform=douyin$/);
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /Douyin/ })).toBeChecked();
});
