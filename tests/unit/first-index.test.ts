/** The one search by halves the engines share (src/lib/first-index.ts), against a plain scan. */
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../src/lib/first-index.ts';

describe('firstIndex', () => {
  it('finds the first index at which a sorted list reaches a value, as a scan does, at every length and value', () => {
    for (let length = 0; length <= 12; length++) {
      // Sorted, with repeats: 0, 0, 1, 1, 2, 2 …
      const list = Array.from({ length }, (_, i) => Math.floor(i / 2));
      for (let value = -1; value <= length / 2 + 1; value++) {
        const scan = list.findIndex((v) => v >= value);
        expect(firstIndex(length, (i) => list[i]! >= value), `length ${length}, value ${value}`).toBe(scan < 0 ? length : scan);
      }
    }
  });
});
