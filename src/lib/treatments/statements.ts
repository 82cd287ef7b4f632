/**
 * Treatment statements: the events' `treatments` records expanded to one statement per
 * platform × surface × link kind × attribute, each dated to the day it takes effect (CST).
 *
 * A statement's day is the event's effective date (or its date). A coarse date counts
 * from the LAST day of its period — "2018" from 2018-12-31 — because only then is it
 * certain; `uncertainFrom` keeps the first day so charts can show the uncertainty.
 *
 * A general change (`ends: true`) leaves an end marker on every attribute of its cells,
 * placed before the record's own values: whatever held before ends there and becomes
 * unknown, unless this record, a later record or a later event states it again.
 */
import { calendarDate, firstDay, lastDay, type DayNumber } from '../../model/calendar-date.ts';
import type { EventData } from '../../model/event.ts';
import type { Evidence } from '../../model/evidence.ts';
import type { LocalizedText } from '../../model/lang.ts';
import { ALL_LINK_KINDS, type TreatmentBasis } from '../../model/treatment-codes.ts';

/** "level", or a capability id. */
export type Attribute = string;
export const LEVEL: Attribute = 'level';

export interface Statement {
  readonly platform: string;
  readonly surface: string;
  readonly link: string;
  readonly attribute: Attribute;
  /** A level id, or "yes" / "no" for a capability; "" on an end marker. */
  readonly value: string;
  /** Set on an end marker: a general change ends the value held before (it becomes unknown). */
  readonly ends?: true;
  /** First day it certainly holds. */
  readonly day: DayNumber;
  /** First day it may hold (earlier than `day` for year/month-precision dates). */
  readonly uncertainFrom: DayNumber;
  /** The date as written, with its precision ("2018", "2021-11-30 00:00"). */
  readonly date: string;
  readonly basis: TreatmentBasis;
  readonly sources: readonly string[];
  readonly event: string;
  /** Position of the event in time order: later wins among statements on the same day. */
  readonly sequence: number;
  readonly note?: LocalizedText;
  /** The source's words that support it, as the record quotes them. */
  readonly evidence: readonly Evidence[];
  /** The codebook case the coding relies on, when the record names one. */
  readonly rule?: string;
  /** Every source it cites is an opinion source: it rests on opinion alone. */
  readonly opinion: boolean;
}

/** The ids the engine needs to expand "all" and order its output, in reference order. */
export interface Dimensions {
  readonly platforms: readonly string[];
  readonly surfaces: readonly string[];
  /** The first is the default kind. */
  readonly linkKinds: readonly string[];
  /** Richest first. */
  readonly levels: readonly string[];
  readonly capabilities: readonly string[];
}

/** What the engine reads of an event. */
export type TreatmentEvent = Pick<EventData, 'id' | 'date' | 'effective' | 'treatments'>;

/** The day an event's statements take effect: its effective date (or date), counted from the last day of a year or month. */
export function effectiveDay(event: Pick<EventData, 'date' | 'effective'>): DayNumber {
  const when = calendarDate(event.effective ?? event.date);
  return when.precision === 'day' ? firstDay(when) : lastDay(when);
}

/** Sources whose kind is opinion: a statement citing only these rests on opinion alone. */
export interface ExpandOptions {
  readonly opinionSources?: ReadonlySet<string>;
}

/**
 * Expands the events' treatment records; `events` must be in time order (sortEvents).
 * Within an event, records apply in their order, and a record's end markers before its values.
 */
export function expandStatements(events: readonly TreatmentEvent[], dims: Dimensions, options: ExpandOptions = {}): Statement[] {
  const out: Statement[] = [];
  const opinionSources = options.opinionSources ?? new Set<string>();
  const everyAttribute = [LEVEL, ...dims.capabilities];
  events.forEach((event, sequence) => {
    if (event.treatments.length === 0) return;
    const when = calendarDate(event.effective ?? event.date);
    const day = effectiveDay(event);
    for (const t of event.treatments) {
      const platforms = t.platforms === 'all' ? dims.platforms : t.platforms;
      const links = t.link === ALL_LINK_KINDS ? dims.linkKinds : [t.link ?? dims.linkKinds[0]!];
      const values: [Attribute, string][] = [
        ...(t.level !== undefined ? [[LEVEL, t.level] as [Attribute, string]] : []),
        ...Object.entries(t.capabilities),
      ];
      const common = {
        day,
        uncertainFrom: firstDay(when),
        date: event.effective ?? event.date,
        basis: t.basis,
        sources: t.sources,
        event: event.id,
        sequence,
        ...(t.note ? { note: t.note } : {}),
        evidence: t.evidence,
        ...(t.rule ? { rule: t.rule } : {}),
        opinion: t.sources.length > 0 && t.sources.every((s) => opinionSources.has(s)),
      };
      for (const platform of platforms) {
        for (const surface of t.surfaces) {
          for (const link of links) {
            if (t.ends) for (const attribute of everyAttribute) out.push({ platform, surface, link, attribute, value: '', ends: true, ...common });
            for (const [attribute, value] of values) out.push({ platform, surface, link, attribute, value, ...common });
          }
        }
      }
    }
  });
  return out.sort((a, b) => a.day - b.day || a.sequence - b.sequence);
}
