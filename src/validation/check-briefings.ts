/**
 * Checks content/briefings.yaml, the ranges that get a briefing of their own: each entry
 * against its schema, ids unique, bounds naming events that exist, `to` after `from`, and
 * no two entries covering the same days (they would share a page).
 */
import { rangeBriefingSchema, type RangeBriefing } from '../model/briefing.ts';
import { isoDay } from '../model/calendar-date.ts';
import type { EventData } from '../model/event.ts';
import { boundDay } from '../lib/briefings/range.ts';
import { calendarProblems, type Calendar } from './check-dates.ts';
import { unknownIdIn } from './known-ids.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RawFile } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export const BRIEFINGS_FILE = 'briefings.yaml';

export function briefingProblems(
  file: RawFile | undefined,
  /** Events that passed their checks, by id, to resolve bounds to days. */
  events: ReadonlyMap<string, Pick<EventData, 'date' | 'effective'>>,
  /** Every event id in the content, valid or not (a bound naming a broken event is that event's problem). */
  eventIds: ReadonlySet<string>,
  /** The site's calendar: a day bound falls within it. */
  calendar: Calendar,
): { briefings: RangeBriefing[]; problems: Problem[] } {
  const briefings: RangeBriefing[] = [];
  const problems: Problem[] = [];
  if (!file) return { briefings, problems };
  const parsed = parseYaml(file.text, file.path);
  if (!parsed.ok) return { briefings, problems: [parsed.problem] };
  const { yaml } = parsed;
  const data = yaml.data ?? [];
  if (!Array.isArray(data)) {
    problems.push({ file: file.path, field: '(file)', message: 'must be a YAML list of range briefings (- id: … / title: … / from: … / to: …)' });
    return { briefings, problems };
  }
  const problem = (path: (string | number)[], field: string, message: string) => {
    const line = yaml.lineOf(path);
    problems.push({ file: file.path, field, message, ...(line === undefined ? {} : { line }) });
  };
  const ids = new Map<string, number>();
  const ranges = new Map<string, { id: string; index: number }>();
  data.forEach((item, index) => {
    const r = schemaProblems(rangeBriefingSchema, item, file.path, yaml, [index]);
    if (!r.ok) return void problems.push(...r.problems);
    const dates = calendarProblems(file.path, data, yaml, [[index, 'from'], [index, 'to']], calendar);
    if (dates.length) return void problems.push(...dates);
    const b = r.value;
    const other = ids.get(b.id);
    if (other !== undefined) return problem([index, 'id'], `[${index}].id`, `duplicate briefing id "${b.id}" (also item ${other + 1})`);
    ids.set(b.id, index);
    let resolvable = true;
    for (const side of ['from', 'to'] as const) {
      const bound = b[side];
      if (boundDay(bound, side, events) !== undefined) continue;
      resolvable = false;
      if (!eventIds.has(bound)) problem([index, side], `[${index}].${side}`, unknownIdIn('event', 'content/events/', bound, eventIds));
    }
    if (!resolvable) return;
    const from = boundDay(b.from, 'from', events)!;
    const to = boundDay(b.to, 'to', events)!;
    if (to <= from) {
      return problem(
        [index, 'to'],
        `[${index}].to`,
        `the range must end after it starts: "${b.to}" ends it on ${isoDay(to)}, but "${b.from}" starts it after ${isoDay(from)}`,
      );
    }
    const key = `${from}/${to}`;
    const same = ranges.get(key);
    if (same) {
      return problem([index, 'from'], `[${index}].from`, `covers the same days (${isoDay(from)} → ${isoDay(to)}) as briefing "${same.id}" (item ${same.index + 1}): they would share one page`);
    }
    ranges.set(key, { id: b.id, index });
    briefings.push(b);
  });
  return { briefings, problems };
}
