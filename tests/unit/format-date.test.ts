import { describe, expect, it } from 'vitest';
import { datetimeAttribute, formatDate, formatShortDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2018', '2018年', '2018'],
    ['2020-12', '2020年12月', 'December 2020'],
    ['2021-05-19', '2021年5月19日', '19 May 2021'],
    ['2021-11-30 00:00', '2021年11月30日 00:00（北京时间）', '30 November 2021, 00:00 CST'],
    // Days on which clocks change in the US and Europe must not move.
    ['2021-03-14', '2021年3月14日', '14 March 2021'],
    ['2021-11-07', '2021年11月7日', '7 November 2021'],
    ['2021-10-31', '2021年10月31日', '31 October 2021'],
    ['2021-01-01', '2021年1月1日', '1 January 2021'],
    ['2021-12-31', '2021年12月31日', '31 December 2021'],
  ])('shows %s at its own precision', (text, zh, en) => {
    expect(formatDate(text, 'zh')).toBe(zh);
    expect(formatDate(text, 'en')).toBe(en);
  });

  it('has a compact form for lists', () => {
    expect(formatShortDate('2021-09-17', 'zh')).toBe('9月17日');
    expect(formatShortDate('2021-09-17', 'en')).toBe('17 Sep');
    expect(formatShortDate('2021-09', 'en')).toBe('Sep 2021');
  });

  it('writes machine-readable datetimes with the CST offset when there is a time', () => {
    expect(datetimeAttribute('2018')).toBe('2018');
    expect(datetimeAttribute('2020-12')).toBe('2020-12');
    expect(datetimeAttribute('2021-05-19')).toBe('2021-05-19');
    expect(datetimeAttribute('2021-11-30 00:00')).toBe('2021-11-30T00:00+08:00');
  });
});

describe('the time zone this run uses', () => {
  it('is the one the test command set, so the suite really runs under each zone', () => {
    const expected = process.env.EXPECT_TZ;
    if (!expected) return; // run directly, without the time-zone matrix
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    const offsets: Record<string, number> = { UTC: 0, 'Asia/Shanghai': -480, 'America/Los_Angeles': 480 };
    expect(new Date(2021, 0, 15).getTimezoneOffset()).toBe(offsets[expected]);
  });
});
