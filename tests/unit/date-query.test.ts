import { describe, expect, it } from 'vitest';
import { changeDateAtOrBefore, pageBounds, readDay, readRange } from '../../src/lib/date-query.ts';
import { chinaToday, isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';

const bounds = { first: parseIsoDay('2018-12-31'), last: parseIsoDay('2021-12-01'), today: parseIsoDay('2026-11-21') };
const latest = bounds.last;

describe('readDay', () => {
  it('reads a real date inside the data', () => {
    expect(readDay('2021-11-30', bounds, latest)).toEqual({ day: parseIsoDay('2021-11-30'), defaulted: false, afterData: false });
  });

  it('defaults when absent or blank', () => {
    for (const v of [null, undefined, '', '  ']) expect(readDay(v, bounds, latest)).toMatchObject({ day: latest, defaulted: true });
  });

  it.each([
    ['yesterday', { code: 'not-a-date', value: 'yesterday' }],
    ['2021-11-30T00:00', { code: 'not-a-date', value: '2021-11-30T00:00' }],
    ['2021/11/30', { code: 'not-a-date', value: '2021/11/30' }],
    ['2021-13-01', { code: 'no-such-month', value: '2021-13-01', month: 13 }],
    ['2021-02-30', { code: 'no-such-day', value: '2021-02-30', year: 2021, month: 2, days: 28 }],
    ['2024-02-30', { code: 'no-such-day', value: '2024-02-30', year: 2024, month: 2, days: 29 }],
  ])('explains why "%s" cannot be used and falls back', (value, issue) => {
    expect(readDay(value, bounds, latest)).toEqual({ day: latest, defaulted: false, afterData: false, issue });
  });

  it('clamps a date before the data to the first day with data', () => {
    const r = readDay('2010-01-01', bounds, latest);
    expect(r.day).toBe(bounds.first);
    expect(r.issue).toEqual({ code: 'before-data', day: parseIsoDay('2010-01-01'), first: bounds.first });
  });

  it('clamps a future date to the latest data', () => {
    const r = readDay('2099-01-01', bounds, latest);
    expect(r.day).toBe(bounds.last);
    expect(r.issue?.code).toBe('future');
  });

  it('accepts a date after the latest source but says later changes are not in the data', () => {
    expect(readDay('2023-06-01', bounds, latest)).toEqual({ day: parseIsoDay('2023-06-01'), defaulted: false, afterData: true });
  });

  it('uses today in China as the limit of the future', () => {
    expect(isoDay(parseIsoDay(chinaToday(new Date(Date.UTC(2021, 10, 29, 16, 30)))))).toBe('2021-11-30');
  });
});

describe('readRange', () => {
  const defaults = { from: parseIsoDay('2021-11-30'), to: parseIsoDay('2021-12-01') };
  it('swaps a reversed range and says so', () => {
    const r = readRange('2021-12-01', '2021-09-17', bounds, defaults);
    expect(r.swapped).toBe(true);
    expect([isoDay(r.from.day), isoDay(r.to.day)]).toEqual(['2021-09-17', '2021-12-01']);
  });
  it('defaults both ends to the two latest changes', () => {
    const r = readRange(null, null, bounds, defaults);
    expect([r.from.day, r.to.day]).toEqual([defaults.from, defaults.to]);
    expect(r.from.defaulted && r.to.defaulted).toBe(true);
  });
});

describe('pageBounds', () => {
  const ms = ['2021-05-20', '2021-09-17', '2021-12-01'].map(parseIsoDay);
  const today = parseIsoDay('2026-11-21');
  it('lets a diff start the day before the first date of change, and a state only on it', () => {
    expect(pageBounds(ms, today, 'state')).toEqual({ first: ms[0], last: ms[2], today });
    expect(pageBounds(ms, today, 'diff')).toEqual({ first: ms[0]! - 1, last: ms[2], today });
    // So the diff of the first date of change can be asked for, and the state that day cannot be asked before it.
    expect(isoDay(readRange('2021-05-19', '2021-05-20', pageBounds(ms, today, 'diff'), { from: ms[1]!, to: ms[2]! }).from.day)).toBe('2021-05-19');
    expect(readDay('2021-05-19', pageBounds(ms, today, 'state'), ms[2]!).issue).toMatchObject({ code: 'before-data', first: ms[0] });
  });
});

describe('changeDateAtOrBefore', () => {
  const ms = ['2018-12-31', '2021-05-19', '2021-09-17'].map(parseIsoDay);
  it('finds the change in force on a day', () => {
    expect(changeDateAtOrBefore(ms, parseIsoDay('2021-06-01'))).toBe(ms[1]);
    expect(changeDateAtOrBefore(ms, parseIsoDay('2021-09-17'))).toBe(ms[2]);
    expect(changeDateAtOrBefore(ms, parseIsoDay('2017-01-01'))).toBeUndefined();
  });
});
