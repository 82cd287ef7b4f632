import type { SiteConfig } from '../model/site.ts';
import { siteFileProblems } from './site-config.ts';
import { firstDay, lastDay, parseCalendarDate, type CalendarDate } from '../model/calendar-date.ts';
import { eventSchema, type EventData } from '../model/event.ts';
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';
import { sourceSchema, type Source } from '../model/source.ts';
import type { Actor, Capability, Level, LinkKind, Platform, Surface, Tag } from '../model/reference.ts';
import type { RangeBriefing } from '../model/briefing.ts';
import type { Codebook } from '../model/codebook.ts';
import { archiveProblems } from './check-archives.ts';
import { briefingProblems } from './check-briefings.ts';
import { codebookProblems } from './check-codebook.ts';
import { evidenceProblems } from './check-evidence.ts';
import { treatmentProblems } from './check-treatments.ts';
import { unknownIdMessage, type KnownIds } from './known-ids.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdxBody } from './mdx-body.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A content file as read from disk. `path` is how problems name it (relative to the project). */
export interface RawFile {
  readonly path: string;
  readonly text: string;
}

/** The content, sorted into its kinds by the reader. */
export interface RawContent {
  readonly events: readonly RawFile[];
  readonly sources: readonly RawFile[];
  /** One file per reference kind; a missing file is reported. */
  readonly reference: Readonly<Record<ReferenceKind, RawFile | undefined>>;
  /** content/reference/codebook.yaml (required; reported when missing). */
  readonly codebook?: RawFile;
  /** content/archive/<source-id>.txt: the sources' texts, for the evidence check only (never published). */
  readonly archives?: readonly RawFile[];
  /** content/briefings.yaml, the ranges with a briefing of their own (optional). */
  readonly briefings?: RawFile;
  /** content/site.yaml, the site's own settings (optional). */
  readonly site?: RawFile;
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
  /** How sources are read into treatment data: the principle and the hard cases. */
  readonly codebook: Codebook;
  /** Range briefings, in file order. */
  readonly briefings: readonly RangeBriefing[];
  /** The site's settings (content/site.yaml), before any SITE_URL override. */
  readonly site: SiteConfig;
}

export type ValidationResult =
  | { ok: true; content: ValidContent }
  | { ok: false; problems: Problem[] };

const at = (line: number | undefined) => (line === undefined ? {} : { line });

/** Runs every content check and returns either the content or every problem found. */
export function validateContent(raw: RawContent): ValidationResult {
  const problems: Problem[] = [];

  // Reference lists.
  const reference = {} as Record<ReferenceKind, { id: string }[]>;
  const referenceYaml = new Map<ReferenceKind, YamlSource>();
  for (const kind of Object.keys(REFERENCE_KINDS) as ReferenceKind[]) {
    const { file: fileName, schema } = REFERENCE_KINDS[kind];
    const file = raw.reference[kind];
    reference[kind] = [];
    if (!file) {
      problems.push({ file: `content/reference/${fileName}`, field: '(file)', message: `is missing: the ${kind} list is required` });
      continue;
    }
    const parsed = parseYaml(file.text, file.path);
    if (!parsed.ok) { problems.push(parsed.problem); continue; }
    const { data } = parsed.yaml;
    referenceYaml.set(kind, parsed.yaml);
    if (!Array.isArray(data)) {
      problems.push({ file: file.path, field: '(file)', message: `must be a YAML list of ${kind} (- id: … / name: …)` });
      continue;
    }
    const seen = new Map<string, number>();
    data.forEach((item, index) => {
      const r = schemaProblems(schema, item, file.path, parsed.yaml, [index]);
      if (!r.ok) { problems.push(...r.problems); return; }
      const line = parsed.yaml.lineOf([index, 'id']);
      const previous = seen.get(r.value.id);
      if (previous !== undefined) {
        problems.push({ file: file.path, field: `[${index}].id`, message: `duplicate ${kind.slice(0, -1)} id "${r.value.id}" (also item ${previous + 1})`, ...at(line) });
        return;
      }
      seen.set(r.value.id, index);
      reference[kind].push(r.value);
    });
  }

  // Sources.
  const sources: Source[] = [];
  const sourceFiles = new Map<string, string>();
  for (const file of raw.sources) {
    const parsed = parseYaml(file.text, file.path);
    if (!parsed.ok) { problems.push(parsed.problem); continue; }
    const r = schemaProblems(sourceSchema, parsed.yaml.data, file.path, parsed.yaml);
    if (!r.ok) { problems.push(...r.problems); continue; }
    const other = sourceFiles.get(r.value.id);
    if (other) {
      problems.push({ file: file.path, field: 'id', message: `duplicate source id "${r.value.id}": ${other} uses it too`, ...at(parsed.yaml.lineOf(['id'])) });
      continue;
    }
    sourceFiles.set(r.value.id, file.path);
    sources.push(r.value);
  }

  // Events.
  const known = Object.fromEntries([
    ...(Object.keys(REFERENCE_KINDS) as ReferenceKind[]).map((kind) => [kind, new Set(reference[kind].map((x) => x.id))]),
    ['sources', new Set(sources.map((s) => s.id))],
  ]) as KnownIds;
  (reference.levels as { id: string; source?: string }[]).forEach((level, i) => {
    if (level.source !== undefined && !known.sources.has(level.source)) {
      const line = referenceYaml.get('levels')?.lineOf([i, 'source']);
      problems.push({ file: raw.reference.levels!.path, field: `[${i}].source`, message: unknownIdMessage('sources', level.source, known), ...at(line) });
    }
  });
  const codebook = codebookProblems(raw.codebook);
  problems.push(...codebook.problems);
  const archives = archiveProblems(raw.archives ?? [], known);
  problems.push(...archives.problems);
  const evidenceContext = { known, archives: archives.texts, rules: codebook.codebook ? new Set(codebook.codebook.cases.map((c) => c.id)) : undefined };
  const events: EventRecord[] = [];
  const eventFiles = new Map<string, string>();
  for (const file of raw.events) {
    const split = splitFrontmatter(file.text);
    if (!split) {
      problems.push({ file: file.path, field: 'frontmatter', line: 1, message: 'is missing: the file must start with YAML frontmatter between --- lines' });
      continue;
    }
    const parsed = parseYaml(split.frontmatter, file.path, split.frontmatterLine, 'frontmatter');
    if (!parsed.ok) { problems.push(parsed.problem); continue; }
    const yaml = parsed.yaml;
    const before = problems.length;
    const r = schemaProblems(eventSchema, yaml.data, file.path, yaml);
    if (!r.ok) problems.push(...r.problems);
    const body = checkMdxBody(split.body);
    for (const issue of body.issues) {
      problems.push({ file: file.path, field: 'body', message: issue.message, ...at(issue.line === undefined ? undefined : issue.line + split.bodyLine - 1) });
    }

    // Cross-reference checks read the raw values, so that one bad field does not hide another.
    const rawData = (yaml.data ?? {}) as Record<string, unknown>;
    const list = (key: string): unknown[] => (Array.isArray(rawData[key]) ? (rawData[key] as unknown[]) : []);
    const id = typeof rawData.id === 'string' ? rawData.id : undefined;
    if (id !== undefined) {
      const other = eventFiles.get(id);
      if (other) {
        problems.push({ file: file.path, field: 'id', message: `duplicate event id "${id}": ${other} uses it too`, ...at(yaml.lineOf(['id'])) });
      } else {
        eventFiles.set(id, file.path);
      }
    }
    for (const key of ['platforms', 'surfaces', 'actors', 'tags', 'sources'] as const) {
      list(key).forEach((value, index) => {
        if (typeof value === 'string' && !known[key].has(value)) {
          problems.push({ file: file.path, field: `${key}[${index}]`, message: unknownIdMessage(key, value, known), ...at(yaml.lineOf([key, index])) });
        }
      });
    }
    problems.push(...treatmentProblems(file.path, rawData, yaml, known));
    problems.push(...evidenceProblems(file.path, rawData, yaml, evidenceContext));
    const cited = new Set(list('sources').filter((x): x is string => typeof x === 'string'));
    list('figures').forEach((figure, index) => {
      const source = (figure as { source?: unknown } | null)?.source;
      if (typeof source === 'string' && !cited.has(source)) {
        problems.push({ file: file.path, field: `figures[${index}].source`, message: `"${source}" is not one of this event's sources (${[...cited].join(', ') || 'none listed'})`, ...at(yaml.lineOf(['figures', index, 'source'])) });
      }
    });
    for (const c of body.citations) {
      if (!cited.has(c.id)) {
        const why = known.sources.has(c.id) ? 'is not listed in this event\'s sources' : 'is not a known source id';
        problems.push({ file: file.path, field: 'body', message: `<${c.component} ${c.attribute}="${c.id}">: "${c.id}" ${why}`, ...at(c.line === undefined ? undefined : c.line + split.bodyLine - 1) });
      }
    }
    const announced = rawDate(rawData.date);
    const effective = rawDate(rawData.effective);
    if (announced && effective && lastDay(effective) < firstDay(announced)) {
      problems.push({ file: file.path, field: 'effective', message: `${String(rawData.effective)} is before the announcement date ${String(rawData.date)}: an event cannot take effect before it is announced`, ...at(yaml.lineOf(['effective'])) });
    }
    if (!r.ok) continue;
    const data = r.value;
    if (problems.length === before) events.push({ file: file.path, data, body: split.body });
  }

  // Range briefings: their bounds name events (or days).
  const briefings = briefingProblems(raw.briefings, new Map(events.map((e) => [e.data.id, e.data])), new Set(eventFiles.keys()));
  problems.push(...briefings.problems);
  const site = siteFileProblems(raw.site);
  problems.push(...site.problems);

  if (problems.length > 0 || !codebook.codebook) return { ok: false, problems };
  return {
    ok: true,
    content: {
      events,
      sources,
      reference: reference as unknown as ReferenceData,
      codebook: codebook.codebook,
      briefings: briefings.briefings,
      site: site.config,
    },
  };
}

function rawDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const parsed = parseCalendarDate(String(value).trim());
  return parsed.ok ? parsed.value : undefined;
}

export type { YamlSource };
