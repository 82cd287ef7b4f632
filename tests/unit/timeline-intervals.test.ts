import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayToUtcDate, utcDateToDay } from '../../src/model/calendar-date.ts';
import { boundaries, days, months, years, type DayInterval } from '../../src/lib/timeline/intervals.ts';

/** d3-time's boundaries of the same periods: the reference the timeline's intervals follow. */
function d3Boundaries(interval: TimeInterval, from: number, to: number): number[] {
  const first = interval.floor(dayToUtcDate(Math.floor(from)));
  const out = interval.range(first, dayToUtcDate(Math.ceil(to) + 1)).map(utcDateToDay);
  if (out[0] !== utcDateToDay(first)) out.unshift(utcDateToDay(first));
  out.push(utcDateToDay(interval.offset(dayToUtcDate(out.at(-1)!), 1)));
  return out;
}

const every = (interval: CountableTimeInterval, k: number) => (k === 1 ? interval : interval.every(k)!);
const CASES: [string, DayInterval, TimeInterval][] = [
  ...[1, 2, 7].map((k): [string, DayInterval, TimeInterval] => [`every ${k} days`, days(k), every(utcDay, k)]),
  ...[1, 3, 5, 6].map((k): [string, DayInterval, TimeInterval] => [`every ${k} months`, months(k), every(utcMonth, k)]),
  ...[1, 2, 5, 10].map((k): [string, DayInterval, TimeInterval] => [`every ${k} years`, years(k), every(utcYear, k)]),
];

describe('calendar periods on day numbers', () => {
  it.each(CASES)('%s: the same period starts as d3-time, from every day of 1999–2031, over short and long spans', (_, ours, d3) => {
    const start = dayNumber(1999, 1, 1);
    const end = dayNumber(2031, 12, 31);
    for (let day = start; day <= end; day += 1) {
      for (const span of [0, 3, 40]) expect(boundaries(ours, day, day + span)).toEqual(d3Boundaries(d3, day, day + span));
    }
    expect(boundaries(ours, start, end)).toEqual(d3Boundaries(d3, start, end));
  });

  it('takes fractional days as the axis gives them (the floor of the start, the day after the end)', () => {
    const from = dayNumber(2021, 2, 27) + 0.6;
    const to = dayNumber(2021, 3, 2) + 0.2;
    expect(boundaries(days(1), from, to)).toEqual(d3Boundaries(utcDay, from, to));
    expect(boundaries(days(1), from, to)).toEqual([0, 1, 2, 3, 4, 5].map((i) => dayNumber(2021, 2, 27) + i));
  });

  it('counts every k days from the 1st of each month, and every k months from January', () => {
    expect(boundaries(days(7), dayNumber(2021, 1, 20), dayNumber(2021, 2, 10))).toEqual([
      dayNumber(2021, 1, 15),
      dayNumber(2021, 1, 22),
      dayNumber(2021, 1, 29),
      dayNumber(2021, 2, 1),
      dayNumber(2021, 2, 8),
      dayNumber(2021, 2, 15),
    ]);
    expect(boundaries(months(3), dayNumber(2021, 2, 10), dayNumber(2021, 8, 1))).toEqual([1, 4, 7, 10].map((m) => dayNumber(2021, m, 1)));
  });
});
