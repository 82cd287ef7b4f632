import { describe, expect, it } from 'vitest';
import { DATE_WINDOW_MAX, dateWindow, type WindowEntry } from '../../src/lib/date-window.ts';

/** n entries spread over years, `perYear` to a year, from 2015. */
const spread = (n: number, perYear: number) => Array.from({ length: n }, (_, i) => 2015 + Math.floor(i / perYear));
const entries = (w: WindowEntry[]) => w.filter((e) => e.kind === 'entry').map((e) => e.index);
const jumps = (w: WindowEntry[]) => w.filter((e) => e.kind === 'year').map((e) => [e.year, e.index]);

describe('dateWindow', () => {
  it('lists every entry while there are no more than max', () => {
    const years = spread(DATE_WINDOW_MAX, 5);
    for (const current of [0, 7, DATE_WINDOW_MAX - 1]) {
      const w = dateWindow(years, current);
      expect(entries(w)).toEqual(years.map((_, i) => i));
      expect(jumps(w)).toEqual([]);
    }
    expect(dateWindow([], 0)).toEqual([]);
  });

  it('beyond max, shows max entries around the current one and a link to every other year', () => {
    const years = spread(100, 10); // 2015–2024, ten entries each
    const w = dateWindow(years, 50, 6);
    // 50 sits in the middle: 48..53 (two before it, three after: with an even max the window leans late).
    expect(entries(w)).toEqual([48, 49, 50, 51, 52, 53]);
    // Years whose first entry is outside the window: 2015–2019 before it (2019 starts at 40), 2021– after.
    expect(jumps(w)).toEqual([
      [2015, 0], [2016, 10], [2017, 20], [2018, 30], [2019, 40],
      [2021, 60], [2022, 70], [2023, 80], [2024, 90],
    ]);
    // In date order: the links before the window, the window, the links after.
    expect(w.map((e) => e.index)).toEqual([0, 10, 20, 30, 40, 48, 49, 50, 51, 52, 53, 60, 70, 80, 90]);
  });

  it('keeps the window full at either end', () => {
    const years = spread(100, 10);
    expect(entries(dateWindow(years, 0, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(entries(dateWindow(years, 2, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(entries(dateWindow(years, 99, 6))).toEqual([94, 95, 96, 97, 98, 99]);
    expect(jumps(dateWindow(years, 0, 6))[0]).toEqual([2016, 10]);
    // The last year starts before the window (at 90), so it too is linked, before it.
    expect(jumps(dateWindow(years, 99, 6)).at(-1)).toEqual([2024, 90]);
  });

  it('clamps a current index out of range', () => {
    const years = spread(30, 3);
    expect(entries(dateWindow(years, -5, 4))).toEqual([0, 1, 2, 3]);
    expect(entries(dateWindow(years, 1e6, 4))).toEqual([26, 27, 28, 29]);
  });

  it('stays bounded by max and the number of years however long the history', () => {
    for (const n of [25, 509, 5000]) {
      const years = spread(n, Math.ceil(n / 11));
      const w = dateWindow(years, Math.floor(n / 3));
      expect(w.length).toBeLessThanOrEqual(DATE_WINDOW_MAX + 11);
      expect(entries(w)).toHaveLength(DATE_WINDOW_MAX);
      // Every year is reachable: through a link, or in the window.
      const reachable = new Set(w.map((e) => years[e.index]));
      expect([...new Set(years)].every((y) => reachable.has(y))).toBe(true);
    }
  });

  it('refuses a max that is not a positive integer', () => {
    expect(() => dateWindow([2020], 0, 0)).toThrow('dateWindow: max must be a positive integer, not 0');
    expect(() => dateWindow([2020], 0, 2.5)).toThrow('not 2.5');
  });
});
