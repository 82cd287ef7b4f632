/**
 * The images' fonts' coverage (src/charts/node/font-coverage.ts), which the content check asks
 * instead of opening the fonts: it must say exactly what the fonts' own character maps say.
 */
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../src/charts/node/bundled-fonts.ts';
import { drawable, toRanges } from '../../src/charts/node/font-coverage.ts';
import { characterSet } from '../../src/charts/node/font-metrics.ts';

describe('font coverage', () => {
  it('joins code points into ranges', () => {
    expect(toRanges([5, 3, 4, 9, 1, 4])).toEqual([
      [1, 1],
      [3, 5],
      [9, 9],
    ]);
    expect(toRanges([])).toEqual([]);
  });

  it("agrees with the regular faces' character maps on every code point", () => {
    const regular = fontFiles().filter((f) => !f.bold && !f.italic);
    const sets = regular.map(characterSet);
    const disagree: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) {
      if (sets.some((set) => set.has(cp)) !== drawable(cp)) disagree.push(`U+${cp.toString(16)}`);
    }
    expect(disagree).toEqual([]);
    // Latin, Chinese, and an emoji neither face draws.
    expect([drawable(0x41), drawable(0x5fae), drawable(0x1f600)]).toEqual([true, true, false]);
  });
});
