/**
 * diff: every platform × surface × link kind × attribute whose value differs between two
 * days, with the statements that made the difference.
 */
import { isoDay, parseIsoDay, type DayNumber, type IsoDay } from '../../model/calendar-date.ts';
import type { TreatmentBasis } from '../../model/treatment.ts';
import { attributeOf, cellStateAt } from './state.ts';
import type { Attribute, Statement } from './statements.ts';
import { allCells, attributeOrder, cellId, type CellKey, type TreatmentIndex } from './treatment-index.ts';
import { firstIndex } from '../first-index.ts';

export interface DiffRow extends CellKey {
  readonly attribute: Attribute;
  /** Value on the `from` day; undefined = unknown. */
  readonly before?: string;
  /** Value on the `to` day; undefined = unknown. */
  readonly after?: string;
  /**
   * "change" when a policy change set the new value; "report" when a source first reported
   * it (the policy may have been so before).
   */
  readonly basis: TreatmentBasis;
  /** Statements after `from` up to `to` for this attribute, in time order. */
  readonly statements: readonly Statement[];
  /**
   * The statements behind the new value: those that state it (origin and confirmations), or,
   * where a general change ended the old value, the end marker that ended it.
   */
  readonly support: readonly Statement[];
  /** The old value was ended by a general change and nothing states a new one: "value → no source". */
  readonly ended?: true;
  /** Every statement behind the new value rests on opinion sources alone. */
  readonly opinion: boolean;
}

export interface Diff {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly fromIso: IsoDay;
  readonly toIso: IsoDay;
  readonly rows: readonly DiffRow[];
}

/**
 * What changed between two days (from < to), in a stable order: platform, surface, link
 * kind (reference order), level before capabilities.
 */
export function diff(index: TreatmentIndex, fromAt: IsoDay | DayNumber, toAt: IsoDay | DayNumber): Diff {
  const from = typeof fromAt === 'number' ? fromAt : parseIsoDay(fromAt);
  const to = typeof toAt === 'number' ? toAt : parseIsoDay(toAt);
  if (from > to) throw new RangeError(`diff: from (${isoDay(from)}) is after to (${isoDay(to)})`);
  const rows: DiffRow[] = [];
  const attributes = attributeOrder(index.dims);
  for (const key of allCells(index)) {
    const cell = index.byCell.get(cellId(key));
    if (!cell) continue;
    const a = cellStateAt(index, key, from);
    const b = cellStateAt(index, key, to);
    for (const attribute of attributes) {
      const before = attributeOf(a, attribute);
      const after = attributeOf(b, attribute);
      if (before?.value === after?.value) continue;
      const statements = (cell.get(attribute) ?? []).filter((s) => s.day > from && s.day <= to);
      const support = after ? after.statements : statements.filter((s) => s.ends).slice(-1);
      rows.push({
        ...key,
        attribute,
        ...(before ? { before: before.value } : {}),
        ...(after ? { after: after.value } : {}),
        basis: after?.origin.basis ?? 'change',
        statements,
        support,
        ...(!after && support.length > 0 ? { ended: true as const } : {}),
        opinion: support.length > 0 && support.every((s) => s.opinion),
      });
    }
  }
  return { from, to, fromIso: isoDay(from), toIso: isoDay(to), rows };
}

/** What one event changed: the diff from the day before its statements take effect, limited to its own statements. */
export function eventDiff(index: TreatmentIndex, eventId: string): Diff | undefined {
  const own = index.statements.filter((s) => s.event === eventId);
  if (own.length === 0) return undefined;
  const day = own[0]!.day;
  const d = diff(index, day - 1, day);
  return { ...d, rows: d.rows.filter((r) => r.statements.some((s) => s.event === eventId)) };
}

/** Ids of the events whose statements take effect after `from`, up to and including `to`: all a diff between the two days can name. */
export function eventsBetween(index: TreatmentIndex, from: DayNumber, to: DayNumber): string[] {
  // The statements are in day order (every diff page asks, for its cache key): find the first after `from`, read on to `to`.
  const list = index.statements;
  const ids = new Set<string>();
  const lo = firstIndex(list.length, (i) => list[i]!.day > from);
  for (let i = lo; i < list.length && list[i]!.day <= to; i++) ids.add(list[i]!.event);
  return [...ids];
}
