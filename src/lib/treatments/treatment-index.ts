/**
 * The index the engine queries: statements grouped by cell and attribute, in time order,
 * with the dimensions that order every answer.
 */
import type { DayNumber } from '../../model/calendar-date.ts';
import { expandStatements, type Attribute, type Dimensions, type ExpandOptions, type Statement, type TreatmentEvent, LEVEL } from './statements.ts';

/** One platform × surface × link kind. */
export interface CellKey {
  readonly platform: string;
  readonly surface: string;
  readonly link: string;
}

export interface TreatmentIndex {
  readonly dims: Dimensions;
  /** All statements, by day then event order (end markers only where they end a value). */
  readonly statements: readonly Statement[];
  /** Statements per cell key and attribute, in time order. */
  readonly byCell: ReadonlyMap<string, ReadonlyMap<Attribute, readonly Statement[]>>;
  /** Days on which any statement takes effect, ascending. */
  readonly changeDates: readonly DayNumber[];
}

export const cellId = (k: CellKey) => `${k.platform}|${k.surface}|${k.link}`;

/**
 * Builds the index from events in time order. `opinionSources` (the ids of opinion
 * sources) marks the statements that rest on opinion alone.
 */
export function indexTreatments(events: readonly TreatmentEvent[], dims: Dimensions, options: ExpandOptions = {}): TreatmentIndex {
  const byCell = new Map<string, Map<Attribute, Statement[]>>();
  // An end marker counts only where it ends a known value; elsewhere it says nothing.
  const live = new Set<string>();
  const statements = expandStatements(events, dims, options).filter((s) => {
    const key = `${cellId(s)}|${s.attribute}`;
    if (s.ends && !live.has(key)) return false;
    if (s.ends) live.delete(key);
    else live.add(key);
    let cell = byCell.get(cellId(s));
    if (!cell) byCell.set(cellId(s), (cell = new Map()));
    const list = cell.get(s.attribute);
    if (list) list.push(s);
    else cell.set(s.attribute, [s]);
    return true;
  });
  const changeDates = [...new Set(statements.map((s) => s.day))].sort((a, b) => a - b);
  return { dims, statements, byCell, changeDates };
}

/** The attributes in display order: level first, then capabilities in reference order. */
export function attributeOrder(dims: Dimensions): Attribute[] {
  return [LEVEL, ...dims.capabilities];
}

/**
 * The cells to show for a platform × surface: the default link kind always, and every
 * other kind the sources distinguish, in reference order.
 */
export function cellsFor(index: TreatmentIndex, platform: string, surface: string): CellKey[] {
  return index.dims.linkKinds
    .filter((link, i) => i === 0 || index.byCell.has(cellId({ platform, surface, link })))
    .map((link) => ({ platform, surface, link }));
}

/** Every cell, in platform → surface → link kind order. */
export function allCells(index: TreatmentIndex): CellKey[] {
  return index.dims.platforms.flatMap((p) => index.dims.surfaces.flatMap((s) => cellsFor(index, p, s)));
}
