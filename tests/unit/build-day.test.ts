/**
 * The day a build counts as today in China (src/build/build-day.ts): the real day, or
 * SOURCE_DATE_EPOCH's, taken in China whatever the machine's time zone; a value that is not
 * whole seconds is named.
 */
import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/build/build-day.ts';
import { chinaToday } from '../../src/model/calendar-date.ts';

describe("the build's day", () => {
  it('is the real day in China without SOURCE_DATE_EPOCH, or with it empty', () => {
    const before = chinaToday();
    const day = buildDay({});
    expect([before, chinaToday()]).toContain(day);
    expect(buildDay({ SOURCE_DATE_EPOCH: '' })).toBe(buildDay({}));
  });

  it("is SOURCE_DATE_EPOCH's day in China: midnight there is 16:00 UTC", () => {
    const lastSecond = Date.UTC(2026, 11, 4, 15, 59, 59) / 1000;
    expect(buildDay({ SOURCE_DATE_EPOCH: String(lastSecond) })).toBe('2026-12-04');
    expect(buildDay({ SOURCE_DATE_EPOCH: String(lastSecond + 1) })).toBe('2026-12-05');
    expect(buildDay({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01');
  });

  it('names a SOURCE_DATE_EPOCH that is not whole seconds since 1970', () => {
    for (const epoch of ['2026-12-04', '-1', '1.5', ' 1', '1e9']) {
      expect(() => buildDay({ SOURCE_DATE_EPOCH: epoch }), epoch).toThrow(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (as \`date +%s\` prints), not "${epoch}"`);
    }
  });
});
