import { describe, expect, it } from 'vitest';
import { outside, timelineBounds } from '../../src/lib/timeline/bounds.ts';
import { firstRange } from '../../src/lib/timeline/first-view.ts';
import { anchorDay } from '../../src/lib/timeline/timeline-event.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { seedData, timelineData } from '../support/timeline-fixtures.ts';

describe('the first view', () => {
  it('opens the seed history on 2021, with every 2021 event in it and 2018 and 2020 left to the overview', () => {
    const data = seedData('en');
    const bounds = timelineBounds(data.events);
    const { start, end } = bounds.first;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    for (const e of data.events) {
      const inside = e.start >= start && Math.max(e.end, Math.ceil(e.effective ?? 0)) <= end;
      expect(inside, e.id).toBe(e.start >= dayNumber(2021, 1, 1));
    }
    expect(start).toBeGreaterThan(dayNumber(2021, 1, 1));
    expect(end).toBeLessThan(dayNumber(2022, 1, 1));
    // Far narrower than the whole, so the events are spread over the width.
    expect((end - start) / (bounds.end - bounds.start)).toBeLessThan(0.25);
  });

  it('opens on everything when the events already fill most of it', () => {
    const data = timelineData([
      { id: 'a', date: '2021-01-10' },
      { id: 'b', date: '2021-06-01' },
      { id: 'c', date: '2021-12-20' },
    ]);
    const bounds = timelineBounds(data.events);
    expect(bounds.first).toEqual({ start: bounds.start, end: bounds.end });
  });

  it('opens on everything when the events spread over the years', () => {
    const data = timelineData(['2015', '2016', '2017', '2018', '2019', '2020'].flatMap((y) => [{ id: `a${y}`, date: `${y}-03-01` }, { id: `b${y}`, date: `${y}-09-01` }]));
    const bounds = timelineBounds(data.events);
    expect(bounds.first).toEqual({ start: bounds.start, end: bounds.end });
  });

  it('takes the busiest year, the latest on a tie, padded and inside the whole', () => {
    const data = timelineData([
      { id: 'a', date: '2015-03-01' },
      { id: 'b', date: '2015-04-01' },
      { id: 'c', date: '2019-05-01' },
      { id: 'd', date: '2019-05-20' },
    ]);
    const whole = { start: dayNumber(2015, 1, 1), end: dayNumber(2020, 1, 1) };
    const r = firstRange(data.events, whole, 10);
    expect(r.start).toBeLessThan(anchorDay(data.byId.get('c')!));
    expect(r.start).toBeGreaterThanOrEqual(dayNumber(2019, 4, 1));
    expect(r.end).toBeGreaterThan(dayNumber(2019, 5, 21));
    expect(r.end).toBeLessThanOrEqual(dayNumber(2019, 7, 1));
  });

  it('is at least the narrowest span for a year with one event, and everything for no events', () => {
    const data = timelineData([
      { id: 'a', date: '2015-03-01' },
      { id: 'b', date: '2019-05-01' },
      { id: 'c', date: '2019-05-01' },
    ]);
    const whole = { start: dayNumber(2015, 1, 1), end: dayNumber(2020, 1, 1) };
    const r = firstRange(data.events, whole, 40);
    expect(r.end - r.start).toBeGreaterThanOrEqual(40);
    expect(firstRange([], whole, 10)).toEqual(whole);
  });
});

describe('events outside a range', () => {
  it('counts those wholly before and wholly after it, not those reaching into it', () => {
    const data = timelineData([
      { id: 'a', date: '2018' },
      { id: 'b', date: '2020-12' },
      { id: 'c', date: '2021-04', effective: '2021-05-02' },
      { id: 'd', date: '2021-06-01' },
      { id: 'e', date: '2022-01-05' },
    ]);
    const range = { start: dayNumber(2021, 5, 1), end: dayNumber(2021, 12, 31) };
    expect(outside(data.events, range)).toEqual({ before: 2, after: 1 });
    expect(outside(data.events, { start: dayNumber(2017, 1, 1), end: dayNumber(2023, 1, 1) })).toEqual({ before: 0, after: 0 });
  });
});
