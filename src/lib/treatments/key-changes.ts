/**
 * Key changes: each date of change compared with the one before it (the first with the day
 * before it, when nothing was known yet), where the diff holds at least one policy change (a
 * `change` row, endings included). Dates on which sources only reported something are left
 * out. The last of them is "the latest change", where the diff page opens.
 */
import type { DayNumber } from '../../model/calendar-date.ts';
import { diff, eventsBetween, type Diff } from './diff.ts';
import type { TreatmentIndex } from './treatment-index.ts';

export interface KeyChange {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly diff: Diff;
}

export function keyChangeRanges(index: TreatmentIndex): KeyChange[] {
  return index.changeDates.map((_, i) => changeAt(index, i)).filter(isKey);
}

/** The date of change at `i` against the one before it (the first against the day before it). */
function changeAt(index: TreatmentIndex, i: number): KeyChange {
  const ms = index.changeDates;
  const to = ms[i]!;
  const from = i === 0 ? to - 1 : ms[i - 1]!;
  return { from, to, diff: diff(index, from, to) };
}

/** Whether a date's diff holds a policy change. */
const isKey = (k: KeyChange) => k.diff.rows.some((r) => r.basis === 'change');

/**
 * The range the diff page opens on without dates: the latest key change; without any, the two
 * latest dates of change (or the one date with the day before it). Undefined without data.
 */
export function latestChange(index: TreatmentIndex): { readonly from: DayNumber; readonly to: DayNumber } | undefined {
  // From the latest date back, stopping at the first key change: the last of keyChangeRanges()
  // without a diff of every date (pages ask for it on every build, for their cache keys).
  const ms = index.changeDates;
  for (let i = ms.length - 1; i >= 0; i--) {
    const key = changeAt(index, i);
    if (isKey(key)) return { from: key.from, to: key.to };
  }
  const to = ms.at(-1);
  if (to === undefined) return undefined;
  return { from: ms.at(-2) ?? to - 1, to };
}

/** The events taking effect in the latest change (what the diff page without dates can name); none without data. */
export function latestChangeEvents(index: TreatmentIndex): string[] {
  const latest = latestChange(index);
  return latest ? eventsBetween(index, latest.from, latest.to) : [];
}
