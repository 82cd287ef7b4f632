import { type IsoDay } from '../model/calendar-date.ts';
import { buildDay } from '../build/build-day.ts';
import { eventSchema, type EventData } from '../model/event.ts';
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';
import type { SiteConfig } from '../model/site.ts';
import { sourceSchema, type Source } from '../model/source.ts';
import type { Actor, Capability, Level, LinkKind, Platform, Surface, Tag } from '../model/reference.ts';
import type { RangeBriefing } from '../model/briefing.ts';
import type { Codebook } from '../model/codebook.ts';
import { archiveProblems } from './check-archives.ts';
import { briefingProblems } from './check-briefings.ts';
import { codebookProblems } from './check-codebook.ts';
import { evidenceProblems, type EvidenceContext } from './check-evidence.ts';
import { calendarProblems, effectiveProblem, type Calendar } from './check-dates.ts';
import { DRAWN_FIELDS, glyphProblems } from './check-glyphs.ts';
import { siteFileProblems } from './site-config.ts';
import { treatmentProblems } from './check-treatments.ts';
import { ANY_ID, unknownIdMessage, type IdKind, type KnownIds } from './known-ids.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdxBody } from './mdx-body.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A content file as read from disk. `path` is how problems name it (relative to the project). */
export interface RawFile {
  readonly path: string;
  readonly text: string;
  /** Why the file could not be read as text (not UTF-8, a symbolic link …); `text` is then empty. */
  readonly problem?: Problem;
}

/** The content, sorted into its kinds by the reader. */
export interface RawContent {
  readonly events: readonly RawFile[];
  readonly sources: readonly RawFile[];
  /** One file per reference kind; a missing file is reported. */
  readonly reference: Readonly<Record<ReferenceKind, RawFile | undefined>>;
  /** content/briefings.yaml, the ranges with a briefing of their own (optional). */
  readonly briefings?: RawFile;
  /** content/site.yaml, the site's own settings (required). */
  readonly site?: RawFile;
  /** content/reference/codebook.yaml (required; reported when missing). */
  readonly codebook?: RawFile;
  /** content/archive/<source-id>.txt: the sources' texts, for the evidence check only (never published). */
  readonly archives?: readonly RawFile[];
  /** Files the reader refused: of no content kind, in the wrong place, symbolic links. */
  readonly refused?: readonly Problem[];
  /** The content folder as messages name it (default "content"). */
  readonly dir?: string;
}

export interface EventRecord {
  /** Where it came from, for messages and edit links. */
  readonly file: string;
  readonly data: EventData;
  /** The MDX body. */
  readonly body: string;
}

export interface ReferenceData {
  readonly platforms: readonly Platform[];
  readonly surfaces: readonly Surface[];
  readonly actors: readonly Actor[];
  readonly tags: readonly Tag[];
  /** Richest first. */
  readonly levels: readonly Level[];
  readonly capabilities: readonly Capability[];
  /** The first is the default kind. */
  readonly linkKinds: readonly LinkKind[];
}

/** Content that passed every check: safe to build from. */
export interface ValidContent {
  readonly events: readonly EventRecord[];
  readonly sources: readonly Source[];
  readonly reference: ReferenceData;
  /** Range briefings, in file order. */
  readonly briefings: readonly RangeBriefing[];
  /** How sources are read into treatment data: the principle and the hard cases. */
  readonly codebook: Codebook;
  /** The site's settings (content/site.yaml), before any SITE_URL override. */
  readonly site: SiteConfig;
}

export type ValidationResult =
  | { ok: true; content: ValidContent }
  | { ok: false; problems: Problem[] };

export interface ValidationOptions {
  /** Today in China, "YYYY-MM-DD": nothing may be dated after it. Default: the build's day (src/build/build-day.ts: the real one, or SOURCE_DATE_EPOCH's). */
  readonly today?: IsoDay;
}

const at = (line: number | undefined) => (line === undefined ? {} : { line });

/** The file's stem: "content/sources/cnbeta-2021-11-29.yaml" → "cnbeta-2021-11-29". */
const stem = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

/**
 * Runs `check` on one file; should a check ever throw (a bug, never the content's fault), the
 * file gets a message saying so instead of the whole run ending in a stack trace.
 */
function guarded(file: string, problems: Problem[], check: () => void): void {
  try {
    check();
  } catch (error) {
    problems.push({ file, field: '(file)', message: `${INTERNAL_ERROR} (${error instanceof Error ? error.message : String(error)})` });
  }
}

/** Begins the message of a check that failed on its own account: the fuzz test looks for it. */
export const INTERNAL_ERROR = 'could not be checked because of an error in the content check itself; please report it';

/** Runs every content check and returns either the content or every problem found. */
export function validateContent(raw: RawContent, options: ValidationOptions = {}): ValidationResult {
  const problems: Problem[] = [...(raw.refused ?? [])];
  for (const file of raw.archives ?? []) if (file.problem) problems.push(file.problem);

  // The site's configuration: the calendar the content's dates must fall in.
  const dir = raw.dir ?? 'content';
  const siteCheck = siteFileProblems(raw.site, dir);
  problems.push(...siteCheck.problems);
  // Without a readable configuration, years are not checked (its problem is reported); days after today still are.
  const calendar: Calendar = { earliestYear: siteCheck.config?.earliestYear ?? 0, today: options.today ?? buildDay() };

  // Ids of files and items that are broken: they exist, so other files naming them are not wrong too.
  const broken = Object.fromEntries([...Object.keys(REFERENCE_KINDS), 'sources'].map((k) => [k, new Set<string>()])) as Record<IdKind, Set<string>>;
  const unreadable = new Set<IdKind>();

  // Reference lists.
  const reference = {} as Record<ReferenceKind, { id: string }[]>;
  const referenceYaml = new Map<ReferenceKind, YamlSource>();
  for (const kind of Object.keys(REFERENCE_KINDS) as ReferenceKind[]) {
    const { file: fileName, schema } = REFERENCE_KINDS[kind];
    const file = raw.reference[kind];
    reference[kind] = [];
    if (!file) {
      problems.push({ file: `${dir}/reference/${fileName}`, field: '(file)', message: `is missing: the ${kind} list is required` });
      unreadable.add(kind);
      continue;
    }
    guarded(file.path, problems, () => {
      if (file.problem) {
        problems.push(file.problem);
        unreadable.add(kind);
        return;
      }
      const parsed = parseYaml(file.text, file.path);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        unreadable.add(kind);
        return;
      }
      const { data } = parsed.yaml;
      referenceYaml.set(kind, parsed.yaml);
      if (!Array.isArray(data)) {
        problems.push({ file: file.path, field: '(file)', message: `must be a YAML list of ${kind} (- id: … / name: …)` });
        unreadable.add(kind);
        return;
      }
      const seen = new Map<string, number>();
      data.forEach((item, index) => {
        const r = schemaProblems(schema, item, file.path, parsed.yaml, [index]);
        const found = r.ok ? glyphProblems(file.path, data, parsed.yaml, DRAWN_FIELDS.referenceItem.map((p) => [index, ...p])) : r.problems;
        if (found.length) {
          problems.push(...found);
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id === 'string') broken[kind].add(id);
          else unreadable.add(kind);
          return;
        }
        if (!r.ok) return;
        const line = parsed.yaml.lineOf([index, 'id']);
        const previous = seen.get(r.value.id);
        if (previous !== undefined) {
          problems.push({ file: file.path, field: `[${index}].id`, message: `duplicate ${kind.slice(0, -1)} id "${r.value.id}" (also item ${previous + 1})`, ...at(line) });
          return;
        }
        seen.set(r.value.id, index);
        reference[kind].push(r.value);
      });
    });
  }

  // Sources.
  const sources: Source[] = [];
  const sourceFiles = new Map<string, string>();
  for (const file of raw.sources) {
    guarded(file.path, problems, () => {
      const fail = (found: Problem[], id?: unknown) => {
        problems.push(...found);
        broken.sources.add(typeof id === 'string' ? id : stem(file.path));
      };
      if (file.problem) return fail([file.problem]);
      const parsed = parseYaml(file.text, file.path);
      if (!parsed.ok) return fail([parsed.problem]);
      const data = parsed.yaml.data as { id?: unknown } | null;
      const r = schemaProblems(sourceSchema, data, file.path, parsed.yaml);
      const more = [...calendarProblems(file.path, data, parsed.yaml, [['published']], calendar), ...glyphProblems(file.path, data, parsed.yaml, DRAWN_FIELDS.source)];
      if (!r.ok || more.length) return fail([...(r.ok ? [] : r.problems), ...more], data?.id);
      const other = sourceFiles.get(r.value.id);
      if (other) {
        problems.push({ file: file.path, field: 'id', message: `duplicate source id "${r.value.id}": ${other} uses it too`, ...at(parsed.yaml.lineOf(['id'])) });
        return;
      }
      sourceFiles.set(r.value.id, file.path);
      sources.push(r.value);
    });
  }

  // What exists, by kind; a kind whose file could not be read accepts any id.
  const knownOf = (kind: IdKind, valid: readonly { id: string }[]): ReadonlySet<string> =>
    unreadable.has(kind) ? ANY_ID : new Set([...valid.map((x) => x.id), ...broken[kind]]);
  const known = Object.fromEntries([
    ...(Object.keys(REFERENCE_KINDS) as ReferenceKind[]).map((kind) => [kind, knownOf(kind, reference[kind])]),
    ['sources', knownOf('sources', sources)],
  ]) as KnownIds;
  (reference.levels as { id: string; source?: string }[]).forEach((level, i) => {
    if (level.source !== undefined && !known.sources.has(level.source)) {
      const line = referenceYaml.get('levels')?.lineOf([i, 'source']);
      problems.push({ file: raw.reference.levels!.path, field: `[${i}].source`, message: unknownIdMessage('sources', level.source, known), ...at(line) });
    }
  });

  // The codebook and the archived source texts, for the evidence of each treatment.
  let codebook: Codebook | undefined;
  const codebookFile = raw.codebook;
  guarded(codebookFile?.path ?? `${dir}/reference/codebook.yaml`, problems, () => {
    const checked = codebookProblems(codebookFile, dir);
    problems.push(...checked.problems);
    codebook = checked.codebook;
  });
  const archives = archiveProblems((raw.archives ?? []).filter((f) => !f.problem), known);
  problems.push(...archives.problems);
  const evidence: EvidenceContext = { known, archives: archives.texts, rules: codebook ? new Set(codebook.cases.map((c) => c.id)) : undefined };

  // Events.
  const events: EventRecord[] = [];
  const eventFiles = new Map<string, string>();
  let unreadableEvents = false;
  // An empty events folder would publish an empty site (refused files there have their own messages).
  if (raw.events.length === 0) {
    unreadableEvents = true;
    if (!(raw.refused ?? []).some((p) => p.file.startsWith(`${dir}/events/`))) {
      problems.push({ file: `${dir}/events/`, field: '(folder)', message: 'holds no events: the site would be empty; add at least one event (.mdx file)' });
    }
  }
  for (const file of raw.events) {
    guarded(file.path, problems, () => {
      const before = problems.length;
      const event = checkEvent(file, known, calendar, evidence, problems);
      if (event.id === undefined) unreadableEvents = true;
      else if (eventFiles.has(event.id)) {
        problems.push({ file: file.path, field: 'id', message: `duplicate event id "${event.id}": ${eventFiles.get(event.id)} uses it too`, ...at(event.idLine) });
      } else eventFiles.set(event.id, file.path);
      if (event.record && problems.length === before) events.push(event.record);
    });
  }

  // Range briefings: their bounds name events (or days).
  const eventIds: ReadonlySet<string> = unreadableEvents ? ANY_ID : new Set(eventFiles.keys());
  let briefings: RangeBriefing[] = [];
  if (raw.briefings) {
    guarded(raw.briefings.path, problems, () => {
      if (raw.briefings!.problem) return void problems.push(raw.briefings!.problem);
      const checked = briefingProblems(raw.briefings, new Map(events.map((e) => [e.data.id, e.data])), eventIds, calendar);
      problems.push(...checked.problems);
      briefings = checked.briefings;
    });
  }

  if (problems.length > 0 || !siteCheck.config || !codebook) return { ok: false, problems };
  return {
    ok: true,
    content: {
      events,
      sources,
      reference: reference as unknown as ReferenceData,
      briefings,
      codebook,
      site: siteCheck.config,
    },
  };
}

/**
 * One event file: frontmatter against the schema, dates against the calendar, ids against
 * what exists, the body against the whitelist. Problems go to `problems`; the id is returned
 * when the file names one (so others may refer to it even when the file is broken).
 */
function checkEvent(file: RawFile, known: KnownIds, calendar: Calendar, evidence: EvidenceContext, problems: Problem[]): { id?: string; idLine?: number; record?: EventRecord } {
  if (file.problem) {
    problems.push(file.problem);
    return {};
  }
  const split = splitFrontmatter(file.text);
  if (!split) {
    problems.push({ file: file.path, field: 'frontmatter', line: 1, message: 'is missing: the file must start with YAML frontmatter between --- lines' });
    return {};
  }
  const parsed = parseYaml(split.frontmatter, file.path, split.frontmatterLine, 'frontmatter');
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return {};
  }
  const yaml = parsed.yaml;
  const r = schemaProblems(eventSchema, yaml.data, file.path, yaml);
  if (!r.ok) problems.push(...r.problems);
  const body = checkMdxBody(split.body);
  const bodyLine = (line: number | undefined) => at(line === undefined ? undefined : line + split.bodyLine - 1);
  for (const issue of body.issues) problems.push({ file: file.path, field: 'body', message: issue.message, ...bodyLine(issue.line) });

  // Cross-reference checks read the raw values, so that one bad field does not hide another.
  const rawData = (yaml.data !== null && typeof yaml.data === 'object' && !Array.isArray(yaml.data) ? yaml.data : {}) as Record<string, unknown>;
  const list = (key: string): unknown[] => (Array.isArray(rawData[key]) ? (rawData[key] as unknown[]) : []);
  for (const key of ['platforms', 'surfaces', 'actors', 'tags', 'sources'] as const) {
    list(key).forEach((value, index) => {
      if (typeof value === 'string' && !known[key].has(value)) {
        problems.push({ file: file.path, field: `${key}[${index}]`, message: unknownIdMessage(key, value, known), ...at(yaml.lineOf([key, index])) });
      }
    });
  }
  // What the event cites is checked against its sources only when they are a list of ids:
  // a missing or broken `sources` is its own problem, not one more for every citation.
  problems.push(...treatmentProblems(file.path, rawData, yaml, known));
  problems.push(...evidenceProblems(file.path, rawData, yaml, evidence));
  const sourceList = list('sources');
  if (sourceList.length > 0 && sourceList.every((s) => typeof s === 'string')) {
    const cited = new Set(sourceList as string[]);
    list('figures').forEach((figure, index) => {
      const source = (figure as { source?: unknown } | null)?.source;
      if (typeof source === 'string' && !cited.has(source)) {
        problems.push({ file: file.path, field: `figures[${index}].source`, message: `"${source}" is not one of this event's sources (${[...cited].join(', ')})`, ...at(yaml.lineOf(['figures', index, 'source'])) });
      }
    });
    for (const c of body.citations) {
      if (!cited.has(c.id)) {
        const why = known.sources.has(c.id) ? 'is not listed in this event\'s sources' : 'is not a known source id';
        problems.push({ file: file.path, field: 'body', message: `<${c.component} ${c.attribute}="${c.id}">: "${c.id}" ${why}`, ...bodyLine(c.line) });
      }
    }
  }
  problems.push(...calendarProblems(file.path, rawData, yaml, [['date'], ['effective']], calendar));
  problems.push(...glyphProblems(file.path, rawData, yaml, DRAWN_FIELDS.event));
  const effective = effectiveProblem(file.path, rawData, yaml);
  if (effective) problems.push(effective);

  const id = typeof rawData.id === 'string' ? rawData.id : undefined;
  const idLine = yaml.lineOf(['id']);
  return { ...(id === undefined ? {} : { id }), ...(idLine === undefined ? {} : { idLine }), ...(r.ok ? { record: { file: file.path, data: r.value, body: split.body } } : {}) };
}

export type { YamlSource };
