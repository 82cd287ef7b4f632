import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  chinaInstant,
  chinaIsoString,
  chinaToday,
  compareCalendarDates,
  dayNumber,
  daysInMonth,
  dayToUtcDate,
  firstDay,
  formatCalendarDate,
  isoDay,
  lastDay,
  parseCalendarDate,
  parseIsoDay,
  utcDateToDay,
} from '../../src/model/calendar-date.ts';

describe('parseCalendarDate', () => {
  it.each([
    ['2018', { precision: 'year', year: 2018 }],
    ['2020-12', { precision: 'month', year: 2020, month: 12 }],
    ['2021-05-19', { precision: 'day', year: 2021, month: 5, day: 19 }],
    ['2021-11-30 00:00', { precision: 'day', year: 2021, month: 11, day: 30, minutes: 0 }],
    ['2021-11-30T23:59', { precision: 'day', year: 2021, month: 11, day: 30, minutes: 23 * 60 + 59 }],
    ['2020-02-29', { precision: 'day', year: 2020, month: 2, day: 29 }],
  ])('reads %s', (text, expected) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2021-02-30', '"2021-02-30" is not a real date: February 2021 has 28 days'],
    ['2021-02-29', '"2021-02-29" is not a real date: February 2021 has 28 days'],
    ['2021-04-31', '"2021-04-31" is not a real date: April 2021 has 30 days'],
    ['2021-13-01', '"2021-13-01" is not a real date: there is no month 13 (months run 01 to 12)'],
    ['2021-00', '"2021-00" is not a real date: there is no month 0 (months run 01 to 12)'],
    ['2021-05-00', '"2021-05-00" is not a real date: May 2021 has 31 days'],
    ['2021-11-30 24:00', '"2021-11-30 24:00" has an impossible time of day 24:00'],
  ])('rejects the impossible %s', (text, message) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, error: message });
  });

  it.each(['2021-5-19', '21-05-19', '2021/05/19', 'May 2021', '2021-05-19T00:00+08:00', '2021-05-19 0:00', ''])(
    'rejects the wrongly formatted "%s" and says which forms work',
    (text) => {
      const r = parseCalendarDate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toContain(`"${text}" is not a date in a supported form`);
        expect(r.error).toContain('"YYYY", "YYYY-MM" or "YYYY-MM-DD"');
      }
    },
  );

  it('round-trips through the canonical text form', () => {
    for (const text of ['2018', '2020-12', '2021-05-19', '2021-11-30 00:00']) {
      expect(formatCalendarDate(calendarDate(text))).toBe(text);
    }
  });
});

describe('day arithmetic', () => {
  it('spans a coarse date over its whole period', () => {
    expect(isoDay(firstDay(calendarDate('2018')))).toBe('2018-01-01');
    expect(isoDay(lastDay(calendarDate('2018')))).toBe('2018-12-31');
    expect(isoDay(firstDay(calendarDate('2020-02')))).toBe('2020-02-01');
    expect(isoDay(lastDay(calendarDate('2020-02')))).toBe('2020-02-29');
    expect(isoDay(lastDay(calendarDate('2021-05-19')))).toBe('2021-05-19');
  });

  it('knows each month’s length: leap years by the Gregorian rule, December into the next year, years before 100 as given', () => {
    const lengths = (year: number) => Array.from({ length: 12 }, (_, i) => daysInMonth(year, i + 1));
    expect(lengths(2021)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(99, 12)).toBe(31);
  });

  it('counts whole days across daylight-saving changes elsewhere', () => {
    // US clocks changed on 2021-03-14 and 2021-11-07, European ones on 2021-03-28 and 2021-10-31.
    expect(dayNumber(2021, 3, 15) - dayNumber(2021, 3, 13)).toBe(2);
    expect(dayNumber(2021, 11, 8) - dayNumber(2021, 11, 6)).toBe(2);
    expect(dayNumber(2021, 3, 29) - dayNumber(2021, 3, 27)).toBe(2);
    expect(isoDay(dayNumber(2021, 3, 14))).toBe('2021-03-14');
    expect(isoDay(dayNumber(2021, 11, 7))).toBe('2021-11-07');
    expect(isoDay(dayNumber(2021, 10, 31))).toBe('2021-10-31');
  });

  it('maps days to UTC-midnight dates and back without drifting', () => {
    for (const day of ['2021-03-14', '2021-11-07', '2021-11-30', '2018-01-01']) {
      const n = parseIsoDay(day);
      const d = dayToUtcDate(n);
      expect(d.getUTCHours()).toBe(0);
      expect(utcDateToDay(d)).toBe(n);
      expect(isoDay(utcDateToDay(d))).toBe(day);
    }
  });

  it('refuses anything but a real single day in parseIsoDay', () => {
    expect(() => parseIsoDay('2021-11')).toThrow('is not a single day in the form YYYY-MM-DD');
    expect(() => parseIsoDay('2021-02-30')).toThrow('February 2021 has 28 days');
  });
});

describe('ordering', () => {
  it('puts the coarser date first when two start on the same day, then earlier times', () => {
    const dates = ['2021-09-17', '2021-09', '2021', '2021-09-01', '2021-09-01 08:00', '2020-12'].map(calendarDate);
    const sorted = [...dates].sort(compareCalendarDates).map(formatCalendarDate);
    expect(sorted).toEqual(['2020-12', '2021', '2021-09', '2021-09-01', '2021-09-01 08:00', '2021-09-17']);
  });
});

describe('China Standard Time', () => {
  it('takes today from the clock in Beijing, not the machine', () => {
    // 2021-11-29 16:30 UTC is already 2021-11-30 00:30 in Beijing, and still the 29th in the US.
    expect(chinaToday(new Date(Date.UTC(2021, 10, 29, 16, 30)))).toBe('2021-11-30');
    expect(chinaToday(new Date(Date.UTC(2021, 10, 29, 15, 59)))).toBe('2021-11-29');
  });

  it('places "2021-11-30 00:00" CST at 2021-11-29 16:00 UTC', () => {
    expect(chinaInstant(calendarDate('2021-11-30 00:00')).toISOString()).toBe('2021-11-29T16:00:00.000Z');
    expect(chinaIsoString(calendarDate('2021-11-30 00:00'))).toBe('2021-11-30T00:00:00+08:00');
    expect(chinaIsoString(calendarDate('2021-05'))).toBe('2021-05-01T00:00:00+08:00');
  });
});
