/**
 * stateAt: what every platform's links could do on every surface on a given day.
 */
import { isoDay, parseIsoDay, type DayNumber, type IsoDay } from '../../model/calendar-date.ts';
import { LEVEL, type Attribute, type Statement } from './statements.ts';
import { allCells, cellId, type CellKey, type TreatmentIndex } from './treatment-index.ts';

/** A known value of one attribute, with where it comes from. Unknown attributes are absent. */
export interface AttributeState {
  readonly value: string;
  /** The statement that first gave this value (its event, date, basis, note). */
  readonly origin: Statement;
  /** Every statement of this value since then: the origin and later confirmations. */
  readonly statements: readonly Statement[];
  /** Day it has held since: the origin's day. Confirmations do not move it. */
  readonly since: DayNumber;
  /** Every source that states it, in order. */
  readonly sources: readonly string[];
  /** Every statement of it rests on opinion sources alone: the value is opinion, not fact. */
  readonly opinion: boolean;
}

export interface CellState extends CellKey {
  readonly level?: AttributeState;
  /** Known capabilities, by capability id. */
  readonly capabilities: Readonly<Record<string, AttributeState>>;
}

/**
 * The value in force for one attribute on a day: the latest statement at or before it,
 * together with the run of earlier statements that said the same (so `since` is when the
 * value began, not when it was last confirmed). After an end marker (a general change)
 * nothing is known until a statement gives a value again.
 */
export function attributeAt(list: readonly Statement[] | undefined, day: DayNumber): AttributeState | undefined {
  if (!list) return undefined;
  let run: Statement[] = [];
  for (const s of list) {
    if (s.day > day) break;
    if (s.ends || (run.length > 0 && run[run.length - 1]!.value !== s.value)) run = [];
    if (!s.ends) run.push(s);
  }
  const origin = run[0];
  if (!origin) return undefined;
  return {
    value: origin.value,
    origin,
    statements: run,
    since: origin.day,
    sources: [...new Set(run.flatMap((s) => s.sources))],
    opinion: run.every((s) => s.opinion),
  };
}

function cellAttributeAt(index: TreatmentIndex, key: CellKey, attribute: Attribute, day: DayNumber): AttributeState | undefined {
  return attributeAt(index.byCell.get(cellId(key))?.get(attribute), day);
}

/** The state of one cell on a day. */
export function cellStateAt(index: TreatmentIndex, key: CellKey, day: DayNumber): CellState {
  const level = cellAttributeAt(index, key, LEVEL, day);
  const capabilities: Record<string, AttributeState> = {};
  for (const c of index.dims.capabilities) {
    const a = cellAttributeAt(index, key, c, day);
    if (a) capabilities[c] = a;
  }
  return { ...key, ...(level ? { level } : {}), capabilities };
}

export interface Matrix {
  readonly day: DayNumber;
  readonly iso: IsoDay;
  /** Every platform × surface × link kind, in reference order. */
  readonly cells: readonly CellState[];
}

/** The whole grid as of a day ("2021-11-30" or a day number), in CST calendar days. */
export function stateAt(index: TreatmentIndex, at: IsoDay | DayNumber): Matrix {
  const day = typeof at === 'number' ? at : parseIsoDay(at);
  return { day, iso: isoDay(day), cells: allCells(index).map((key) => cellStateAt(index, key, day)) };
}

/** The value of an attribute in a cell state ("level" or a capability id). */
export function attributeOf(cell: CellState, attribute: Attribute): AttributeState | undefined {
  return attribute === LEVEL ? cell.level : cell.capabilities[attribute];
}

/** Every source cited by a cell's known attributes, in order. */
export function cellSources(cell: CellState): string[] {
  return [...new Set([cell.level, ...Object.values(cell.capabilities)].flatMap((a) => a?.sources ?? []))];
}
