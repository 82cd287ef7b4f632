import { describe, expect, it } from 'vitest';
import { clampRange, snapRange, timelineBounds, MIN_SPAN_DAYS } from '../../src/lib/timeline/bounds.ts';
import * as c from '../../src/lib/timeline/controller.ts';
import { timelineGeometry } from '../../src/lib/timeline/geometry.ts';
import { levelFor } from '../../src/lib/timeline/layout.ts';
import { DEFAULT_VIEW } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { timelineData } from '../support/timeline-fixtures.ts';

const data = timelineData([
  { id: 'a', date: '2018' },
  { id: 'b', date: '2020-12' },
  { id: 'c', date: '2021-05-14', effective: '2021-05-19' },
  { id: 'd', date: '2021-09-09', actors: ['miit'] },
  { id: 'e', date: '2021-12-01', actors: ['alibaba'] },
]);
const bounds = timelineBounds(data.events);

describe('timeline bounds', () => {
  it('cover every event with a margin, in whole days', () => {
    expect(bounds.start).toBeLessThan(dayNumber(2018, 1, 1));
    expect(bounds.end).toBeGreaterThan(dayNumber(2021, 12, 2));
    expect(Number.isInteger(bounds.start) && Number.isInteger(bounds.end)).toBe(true);
    expect(bounds.minSpan).toBe(MIN_SPAN_DAYS);
  });

  it('keep a lone event in a view wider than the narrowest', () => {
    const one = timelineBounds(timelineData([{ id: 'x', date: '2021-09-09' }]).events);
    expect(one.end - one.start).toBeGreaterThanOrEqual(3 * MIN_SPAN_DAYS);
  });

  it('clamp ranges inside themselves and to the narrowest view, and snap to whole days', () => {
    expect(clampRange({ start: bounds.start - 100, end: bounds.start + 50 }, bounds)).toEqual({ start: bounds.start, end: bounds.start + 150 });
    const narrow = clampRange({ start: 18900, end: 18901 }, bounds);
    expect(narrow.end - narrow.start).toBe(MIN_SPAN_DAYS);
    expect((narrow.start + narrow.end) / 2).toBe(18900.5);
    expect(snapRange({ start: 18900.4, end: 18930.6 }, bounds)).toEqual({ start: 18900, end: 18931 });
  });
});

describe('timeline controller', () => {
  it('zooms around an anchor that stays at the same place on screen', () => {
    const view = c.setRange(DEFAULT_VIEW, bounds, { start: 18000, end: 18400 });
    const anchor = 18100;
    const zoomed = c.zoom(view, bounds, 2, anchor);
    expect(zoomed.range).toEqual({ start: 18050, end: 18250 });
    const share = (r: { start: number; end: number }) => (anchor - r.start) / (r.end - r.start);
    expect(share(zoomed.range!)).toBeCloseTo(share(view.range!), 12);
    expect(c.zoom(view, bounds, 2).range).toEqual({ start: 18100, end: 18300 });
  });

  it('never zooms in past the narrowest view or out past everything', () => {
    const tight = c.zoom(DEFAULT_VIEW, bounds, 1e6, 18800);
    expect(tight.range!.end - tight.range!.start).toBe(MIN_SPAN_DAYS);
    const all = c.zoom(tight, bounds, 1e-6);
    expect(all.range).toEqual({ start: bounds.start, end: bounds.end });
    expect(c.viewRange(all, bounds)).toEqual({ start: bounds.start, end: bounds.end });
  });

  it('pans by days and stops at the edges', () => {
    const view = c.setRange(DEFAULT_VIEW, bounds, { start: 18000, end: 18100 });
    expect(c.pan(view, bounds, 30).range).toEqual({ start: 18030, end: 18130 });
    expect(c.pan(view, bounds, -1e5).range).toEqual({ start: bounds.start, end: bounds.start + 100 });
    expect(c.pan(view, bounds, 1e5).range).toEqual({ start: bounds.end - 100, end: bounds.end });
  });

  it('shows everything, as a range of its own, and forgets a range equal to the first view', () => {
    const view = c.setRange(DEFAULT_VIEW, bounds, { start: 18000, end: 18100 });
    expect(c.showAll(view, bounds)).toEqual({ ...DEFAULT_VIEW, range: { start: bounds.start, end: bounds.end } });
    expect(c.setRange(view, bounds, bounds.first)).toEqual(DEFAULT_VIEW);
    expect(c.viewRange(DEFAULT_VIEW, bounds)).toEqual(bounds.first);
  });

  it('selects, filters, searches and clears without touching the rest of the view', () => {
    const view = c.setRange(DEFAULT_VIEW, bounds, { start: 18000, end: 18100 });
    const selected = c.select(view, 'c');
    expect(selected.event).toBe('c');
    expect(c.select(selected, undefined)).toEqual(view);
    const filtered = c.setFacet(c.setFacet(view, 'platform', 'taobao', true), 'platform', 'douyin', true);
    expect(filtered.filters.platform).toEqual(['taobao', 'douyin']);
    expect(c.setFacet(filtered, 'platform', 'taobao', false).filters.platform).toEqual(['douyin']);
    expect(c.setFacet(filtered, 'platform', 'taobao', true).filters.platform).toEqual(['douyin', 'taobao']);
    const searched = c.setQuery(filtered, 'group');
    expect(c.clearFilters(searched)).toEqual(view);
    expect(c.setLanes(view, 'platform').lanes).toBe('platform');
  });

  it('steps through events in time order, across lanes', () => {
    const events = data.events;
    expect(c.step(events, 'c', 'next')?.id).toBe('d');
    expect(c.step(events, 'd', 'next')?.id).toBe('e');
    expect(c.step(events, 'e', 'next')?.id).toBe('e');
    expect(c.step(events, 'c', 'previous')?.id).toBe('b');
    expect(c.step(events, 'a', 'previous')?.id).toBe('a');
    expect(c.step(events, 'c', 'first')?.id).toBe('a');
    expect(c.step(events, 'a', 'last')?.id).toBe('e');
    expect(c.step([], undefined, 'next')).toBeUndefined();
  });

  it('starts stepping from the events in view when none is focused', () => {
    const range = { start: dayNumber(2021, 5, 1), end: dayNumber(2021, 10, 1) };
    expect(c.step(data.events, undefined, 'next', range)?.id).toBe('c');
    expect(c.step(data.events, undefined, 'previous', range)?.id).toBe('d');
    expect(c.step(data.events, 'gone', 'next')?.id).toBe('a');
  });

  it('pans to reveal an event out of view, keeping the zoom, and leaves the view alone when it is in sight', () => {
    const view = c.setRange(DEFAULT_VIEW, bounds, { start: dayNumber(2018, 1, 1), end: dayNumber(2018, 4, 1) });
    expect(c.reveal(view, bounds, data.byId.get('a')!)).toBe(view);
    const moved = c.reveal(view, bounds, data.byId.get('d')!);
    const span = (r: { start: number; end: number }) => r.end - r.start;
    expect(span(moved.range!)).toBe(span(view.range!));
    const at = dayNumber(2021, 9, 9) + 0.5;
    expect(moved.range!.start).toBeLessThan(at);
    expect(moved.range!.end).toBeGreaterThan(at);
  });
});

describe('the animation between two ranges', () => {
  const from = { start: 18_900, end: 18_920 };
  const to = { start: 17_500, end: 18_975 };
  it('runs from the first range to the second, eased', () => {
    expect(c.tweenRange(from, to, 0)).toEqual(from);
    expect(c.tweenRange(from, to, 1)).toEqual(to);
    const mid = c.tweenRange(from, to, 0.5);
    expect(mid.start).toBeLessThan(from.start);
    expect(mid.start).toBeGreaterThan(to.start);
  });

  it('never runs backwards past its start: a frame stamped before the animation began shows the first range, never an end before its start', () => {
    // Zooming out from three weeks to four years, a frame 20 ms early (t = -0.09) used to give a range ending before it began.
    for (const t of [-1, -0.09, -1e-9, Number.NaN, 1.5, 2]) {
      const r = c.tweenRange(from, to, t);
      expect(r.end, `t = ${t}`).toBeGreaterThan(r.start);
    }
    expect(c.tweenRange(from, to, -0.09)).toEqual(from);
    expect(c.tweenRange(from, to, 1.5)).toEqual(to);
  });
});

describe('the zoom level of a range', () => {
  it('is a number even for an empty or reversed range, so packing always ends', () => {
    const g = timelineGeometry(1118);
    for (const range of [{ start: 18_999.9, end: 18_867.9 }, { start: 100, end: 100 }]) expect(Number.isFinite(levelFor(range, g))).toBe(true);
  });
});
