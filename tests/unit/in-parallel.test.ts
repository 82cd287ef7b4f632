import { describe, expect, it } from 'vitest';
import { inParallel } from '../../src/lib/in-parallel.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inParallel', () => {
  it('runs every item once, never more than `width` at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(n);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('settles at once for no items, and runs one at a time for a width below one', async () => {
    await inParallel([], 4, async () => expect.fail('no item'));
    let most = 0;
    let running = 0;
    await inParallel([1, 2, 3], 0, async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(most).toBe(1);
  });

  it('rejects with the first failure, and takes no new item after it', async () => {
    const started: number[] = [];
    const run = inParallel([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 2) throw new Error('item 2 failed');
    });
    await expect(run).rejects.toThrow('item 2 failed');
    await tick();
    expect(started).toEqual([1, 2, 3]);
  });
});
