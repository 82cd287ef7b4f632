/** The events a year's timeline may name (src/lib/timeline/year-reach.ts), whose titles key its files. */
import { describe, expect, it } from 'vitest';
import { eventsReachingYear, REACH_DAYS } from '../../src/lib/timeline/year-reach.ts';

const events = [
  { id: 'new-year', date: '2021-01-01' },
  { id: 'year-end', date: '2020-12-31' },
  { id: 'early-2020', date: '2020-06-01' },
  { id: 'month-of-2020', date: '2020-12' },
  { id: 'year-2020', date: '2020' },
  { id: 'effective-in-2021', date: '2020-03-01', effective: '2021-03-01' },
  { id: 'far-2022', date: '2022-03-01' },
  { id: 'early-2022', date: '2022-01-10' },
  { id: 'late-2019', date: '2019-11-01' },
];

describe("the events a year's timeline may name", () => {
  it('are those whose date or effective date comes within a month of the year, in the order given', () => {
    expect(REACH_DAYS).toBeGreaterThanOrEqual(7);
    expect(eventsReachingYear(events, 2021)).toEqual(['new-year', 'year-end', 'month-of-2020', 'year-2020', 'effective-in-2021', 'early-2022']);
    expect(eventsReachingYear(events, 2020)).toEqual(['new-year', 'year-end', 'early-2020', 'month-of-2020', 'year-2020', 'effective-in-2021']);
    expect(eventsReachingYear(events, 2019)).toEqual(['year-2020', 'late-2019']);
    expect(eventsReachingYear(events, 2015)).toEqual([]);
  });
});
