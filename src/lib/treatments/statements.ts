/**
 * Treatment statements: the events' `treatments` records expanded to one statement per
 * platform × surface × link kind × attribute, each dated to the day it takes effect (CST).
 *
 * A statement's day is the event's effective date (or its date). A coarse date counts
 * from the LAST day of its period — "2018" from 2018-12-31 — because only then is it
 * certain; `uncertainFrom` keeps the first day so charts can show the uncertainty.
 */
import { calendarDate, firstDay, lastDay, type DayNumber } from '../../model/calendar-date.ts';
import type { EventData } from '../../model/event.ts';
import type { LocalizedText } from '../../model/lang.ts';
import type { TreatmentBasis } from '../../model/treatment.ts';

/** "level", or a capability id. */
export type Attribute = string;
export const LEVEL: Attribute = 'level';

export interface Statement {
  readonly platform: string;
  readonly surface: string;
  readonly link: string;
  readonly attribute: Attribute;
  /** A level id, or "yes" / "no" for a capability. */
  readonly value: string;
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

/** Expands the events' treatment records; `events` must be in time order (sortEvents). */
export function expandStatements(events: readonly TreatmentEvent[], dims: Dimensions): Statement[] {
  const out: Statement[] = [];
  events.forEach((event, sequence) => {
    if (event.treatments.length === 0) return;
    const when = calendarDate(event.effective ?? event.date);
    const day = effectiveDay(event);
    for (const t of event.treatments) {
      const platforms = t.platforms === 'all' ? dims.platforms : t.platforms;
      const link = t.link ?? dims.linkKinds[0]!;
      const attributes: [Attribute, string][] = [
        ...(t.level !== undefined ? [[LEVEL, t.level] as [Attribute, string]] : []),
        ...Object.entries(t.capabilities),
      ];
      for (const platform of platforms) {
        for (const surface of t.surfaces) {
          for (const [attribute, value] of attributes) {
            out.push({
              platform,
              surface,
              link,
              attribute,
              value,
              day,
              uncertainFrom: firstDay(when),
              date: event.effective ?? event.date,
              basis: t.basis,
              sources: t.sources,
              event: event.id,
              sequence,
              ...(t.note ? { note: t.note } : {}),
            });
          }
        }
      }
    }
  });
  return out.sort((a, b) => a.day - b.day || a.sequence - b.sequence);
}
