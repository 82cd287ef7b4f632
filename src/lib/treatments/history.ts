/**
 * history: for one platform, the sequence of states on each surface (and link kind), as
 * periods during which no known value changed; the same for every cell, for exports.
 */
import type { DayNumber } from '../../model/calendar-date.ts';
import { attributeOf, cellStateAt, type CellState } from './state.ts';
import { allCells, attributeOrder, cellId, cellsFor, type CellKey, type TreatmentIndex } from './treatment-index.ts';

export interface Period {
  /** First day of the period. */
  readonly from: DayNumber;
  /** First day after it, or undefined while it is still current. */
  readonly until?: DayNumber;
  /** The state during the period, with every statement made within it (confirmations included). */
  readonly state: CellState;
}

export interface CellHistory extends CellKey {
  /** From the first statement on; empty when no source says anything about the cell. */
  readonly periods: readonly Period[];
}

/**
 * The periods of one cell: a new one whenever a known value changes or a general change
 * ends the values held (even if it states some of them again), from its first statement
 * on. Stretches in which nothing is known (after a general change) are not periods.
 */
export function cellHistory(index: TreatmentIndex, key: CellKey): CellHistory {
  const cell = index.byCell.get(cellId(key));
  const statements = cell ? [...cell.values()].flat() : [];
  const days = [...new Set(statements.map((s) => s.day))].sort((a, b) => a - b);
  const endDays = new Set(statements.filter((s) => s.ends).map((s) => s.day));
  const attributes = attributeOrder(index.dims);
  const signature = (state: CellState) => attributes.map((a) => attributeOf(state, a)?.value ?? '').join('|');
  // Period boundaries: the days on which some value differs from the day before, or ends.
  const starts = days.filter((day, i) => i === 0 || endDays.has(day) || signature(cellStateAt(index, key, day)) !== signature(cellStateAt(index, key, day - 1)));
  const periods: Period[] = starts.flatMap((from, i) => {
    const until = starts[i + 1];
    // The state as of the period's last statement, so later confirmations' sources count.
    const lastDay = days.filter((d) => d >= from && (until === undefined || d < until)).at(-1)!;
    const state = cellStateAt(index, key, lastDay);
    if (!state.level && Object.keys(state.capabilities).length === 0) return [];
    return [{ from, ...(until !== undefined ? { until } : {}), state }];
  });
  return { ...key, periods };
}

/** A platform's history: every surface (and each link kind the sources distinguish). */
export function history(index: TreatmentIndex, platform: string): CellHistory[] {
  return index.dims.surfaces.flatMap((surface) => cellsFor(index, platform, surface).map((key) => cellHistory(index, key)));
}

/** Every cell's history, for the data exports. */
export function allHistories(index: TreatmentIndex): CellHistory[] {
  return allCells(index).map((key) => cellHistory(index, key));
}
