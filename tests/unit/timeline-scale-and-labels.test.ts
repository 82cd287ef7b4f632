import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';
import { dayScale } from '../../src/lib/timeline/day-scale.ts';
import { dayParts, formatDay, formatDayRange, formatTick } from '../../src/lib/timeline/day-label.ts';
import { dayNumber, dayToUtcDate, isoDay } from '../../src/model/calendar-date.ts';

describe('dayScale', () => {
  it('maps exactly as d3’s scaleUtc over the UTC-midnight dates of the same days', () => {
    for (const [d0, d1, r0, r1] of [
      [dayNumber(2018, 1, 1), dayNumber(2022, 1, 1), 168, 1104],
      [dayNumber(2021, 9, 1), dayNumber(2021, 9, 11), 12, 363],
      [dayNumber(2015, 3, 7), dayNumber(2025, 11, 30), 0, 1],
    ] as const) {
      const ours = dayScale([d0, d1], [r0, r1]);
      const d3 = scaleUtc().domain([dayToUtcDate(d0), dayToUtcDate(d1)]).range([r0, r1]);
      for (const day of [d0, d1, (d0 + d1) / 2, d0 + 0.5, d1 - 3.25]) {
        expect(ours(day)).toBeCloseTo(d3(dayToUtcDate(0).getTime() + day * 86_400_000), 6);
      }
      expect(ours.invert(ours(d0 + 2.5))).toBeCloseTo(d0 + 2.5, 9);
      expect(ours.ppd).toBeCloseTo((r1 - r0) / (d1 - d0), 9);
    }
  });
});

describe('day labels', () => {
  it('match the site’s date formatting for every day of a leap year and a normal one, in both languages', () => {
    for (let day = dayNumber(2020, 1, 1); day < dayNumber(2022, 1, 1); day++) {
      const iso = isoDay(day);
      for (const lang of ['zh', 'en'] as const) {
        expect(formatDay(day, 'day', lang)).toBe(formatDate(iso, lang));
        expect(formatDay(day, 'month', lang)).toBe(formatDate(iso.slice(0, 7), lang));
        expect(formatDay(day, 'year', lang)).toBe(formatDate(iso.slice(0, 4), lang));
      }
    }
  });

  it('reads days through UTC, so 1 March stays 1 March in every time zone', () => {
    expect(dayParts(dayNumber(2021, 3, 1))).toEqual({ year: 2021, month: 3, day: 1 });
    expect(dayParts(dayNumber(2021, 3, 1) + 0.9)).toEqual({ year: 2021, month: 3, day: 1 });
    expect(formatTick(dayNumber(2021, 11, 7), 'day', 'en')).toBe('7');
    expect(formatTick(dayNumber(2021, 11, 7), 'day', 'zh')).toBe('7日');
    expect(formatTick(dayNumber(2021, 9, 1), 'month', 'en')).toBe('Sep');
    expect(formatTick(dayNumber(2021, 9, 1), 'month', 'zh')).toBe('9月');
    expect(formatDayRange(dayNumber(2021, 9, 1), dayNumber(2021, 12, 31), 'en')).toBe('1 September 2021 – 31 December 2021');
  });
});
