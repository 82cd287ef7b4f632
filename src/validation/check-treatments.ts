/**
 * Checks an event's `treatments` against the reference data and the event's own sources,
 * reading the raw frontmatter so one bad field does not hide another. (Evidence and the
 * codebook rule a record relies on are checked in check-evidence.ts.)
 */
import { ALL_LINK_KINDS } from '../model/treatment.ts';
import type { Problem } from './problem.ts';
import { unknownIdMessage, type KnownIds } from './known-ids.ts';
import type { YamlSource } from './yaml-source.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): [number, string][] =>
  Array.isArray(x) ? x.flatMap((v, i) => (typeof v === 'string' ? [[i, v] as [number, string]] : [])) : [];

export function treatmentProblems(file: string, data: Record<string, unknown>, yaml: YamlSource, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const list = data.treatments;
  if (!Array.isArray(list)) return problems;
  const eventSources = new Set(strings(data.sources).map(([, s]) => s));
  const at = (path: (string | number)[]) => {
    const line = yaml.lineOf(['treatments', ...path]);
    return line === undefined ? {} : { line };
  };
  const field = (path: (string | number)[]) =>
    `treatments${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
  const unknown = (path: (string | number)[], kind: keyof KnownIds, id: string) =>
    problems.push({ file, field: field(path), message: unknownIdMessage(kind, id, known), ...at(path) });

  // What each record sets, to catch one event saying two different things about the same cell.
  const said = new Map<string, { value: string; index: number }>();

  list.forEach((t, i) => {
    if (!isRecord(t)) return;
    const platforms = t.platforms === 'all' ? [...known.platforms] : strings(t.platforms).map(([, p]) => p);
    for (const [j, p] of strings(t.platforms)) if (!known.platforms.has(p)) unknown([i, 'platforms', j], 'platforms', p);
    for (const [j, s] of strings(t.surfaces)) if (!known.surfaces.has(s)) unknown([i, 'surfaces', j], 'surfaces', s);
    if (typeof t.link === 'string' && t.link !== ALL_LINK_KINDS && !known.linkKinds.has(t.link)) unknown([i, 'link'], 'linkKinds', t.link);
    if (typeof t.level === 'string' && !known.levels.has(t.level)) {
      if (t.level === 'unknown') {
        problems.push({ file, field: field([i, 'level']), message: '"unknown" is not a level: leave `level` out where no source says', ...at([i, 'level']) });
      } else {
        unknown([i, 'level'], 'levels', t.level);
      }
    }
    const capabilities = isRecord(t.capabilities) ? t.capabilities : {};
    for (const id of Object.keys(capabilities)) if (!known.capabilities.has(id)) unknown([i, 'capabilities', id], 'capabilities', id);
    for (const [j, s] of strings(t.sources)) {
      if (!known.sources.has(s)) unknown([i, 'sources', j], 'sources', s);
      // (When the event's own `sources` is missing or broken, that is its problem alone.)
      else if (eventSources.size > 0 && !eventSources.has(s)) {
        problems.push({ file, field: field([i, 'sources', j]), message: `"${s}" is not one of this event's sources (${[...eventSources].join(', ') || 'none listed'})`, ...at([i, 'sources', j]) });
      }
    }

    if (t.ends === true && t.basis === 'report') {
      problems.push({
        file,
        field: field([i, 'ends']),
        message: '`ends` marks a general change and needs basis "change": a report describes how things stood on a day and cannot end earlier values (remove `ends`, or make the basis "change" if the source announces a change)',
        ...at([i, 'ends']),
      });
    }

    const links = t.link === ALL_LINK_KINDS ? [...known.linkKinds] : [typeof t.link === 'string' ? t.link : ([...known.linkKinds][0] ?? '')];
    const attributes: [string, unknown][] = [['level', t.level], ...Object.entries(capabilities)];
    // A general change (`ends`) clears what the event said before it about its cells, so it
    // must come first: records after it may set values again; records before it would be wiped.
    if (t.ends === true) {
      const cells = new Set(platforms.flatMap((p) => strings(t.surfaces).flatMap(([, s]) => links.map((link) => `${p}|${s}|${link}|`))));
      const wiped = [...said.entries()].find(([key]) => cells.has(key.slice(0, key.lastIndexOf('|') + 1)));
      if (wiped) {
        const [p, s] = wiped[0].split('|');
        problems.push({
          file,
          field: field([i, 'ends']),
          message: `ends every earlier value of ${p} on ${s}, including what treatments[${wiped[1].index}] says the same day: put the \`ends\` record before the records that set values`,
          ...at([i, 'ends']),
        });
      }
      for (const key of [...said.keys()]) if (cells.has(key.slice(0, key.lastIndexOf('|') + 1))) said.delete(key);
    }
    for (const p of platforms) {
      for (const [, s] of strings(t.surfaces)) {
        for (const link of links) {
          for (const [attribute, value] of attributes) {
            if (typeof value !== 'string') continue;
            const key = `${p}|${s}|${link}|${attribute}`;
            const before = said.get(key);
            if (before && before.value !== value) {
              problems.push({
                file,
                field: field([i]),
                message: `contradicts treatments[${before.index}]: ${attribute} of ${p} on ${s} is "${before.value}" there and "${value}" here`,
                ...at([i]),
              });
            } else if (!before) {
              said.set(key, { value, index: i });
            }
          }
        }
      }
    }
  });
  return problems;
}
