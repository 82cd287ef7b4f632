/**
 * The first index in [0, length) at which `reached(i)` holds, for a test that, once it holds,
 * holds for every later index (a sorted list searched by halves); `length` if it never holds.
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
