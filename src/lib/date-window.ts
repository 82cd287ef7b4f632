/**
 * Which dates a page lists when it cannot list them all: the matrix and diff pages link
 * every date of change (or every pair of consecutive ones), and a long history has hundreds.
 * Up to `max` entries, all of them; beyond that, the `max` around the one shown, and one link
 * per other year, to that year's first entry, so any year is two clicks away and the list's
 * length is bounded by `max` plus the number of years, not by the length of the history.
 * Pure: entries are identified by their index, and by the year each falls in.
 */

/** The most entries a list shows in full. The sources' history has far fewer. */
export const DATE_WINDOW_MAX = 24;

export type WindowEntry =
  /** An entry shown as itself. */
  | { readonly kind: 'entry'; readonly index: number }
  /** A year outside the window, linked to its first entry. */
  | { readonly kind: 'year'; readonly year: number; readonly index: number };

/**
 * The entries to list, in order: the window's entries, and before and after them a link for
 * each year whose first entry falls outside the window.
 * @param years the year of each entry, in non-decreasing order
 * @param current the index of the entry shown (clamped into range)
 */
export function dateWindow(years: readonly number[], current: number, max = DATE_WINDOW_MAX): WindowEntry[] {
  const n = years.length;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`dateWindow: max must be a positive integer, not ${max}`);
  if (n <= max) return years.map((_, index) => ({ kind: 'entry', index }));
  const at = Math.min(Math.max(Math.trunc(current), 0), n - 1);
  // The window: max entries with the current one in the middle, moved inwards at either end.
  const start = Math.min(Math.max(at - Math.floor((max - 1) / 2), 0), n - max);
  const end = start + max;
  const out: WindowEntry[] = [];
  const yearLinks = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (i === 0 || years[i - 1] !== years[i]) out.push({ kind: 'year', year: years[i]!, index: i });
  };
  yearLinks(0, start);
  for (let index = start; index < end; index++) out.push({ kind: 'entry', index });
  yearLinks(end, n);
  return out;
}
