/**
 * JSON Schemas of the content files, for editors: the model's zod schemas, with each
 * field's JSDoc line as its description and the ids that exist today as suggestions, so
 * an editor completes `platforms: [tao…` to `taobao`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { rangeBriefingSchema } from '../model/briefing.ts';
import { codebookSchema } from '../model/codebook.ts';
import { eventSchema } from '../model/event.ts';
import { REFERENCE_KINDS } from '../model/reference.ts';
import { siteConfigSchema } from '../model/site.ts';
import { sourceSchema } from '../model/source.ts';
import { ALL_LINK_KINDS } from '../model/treatment.ts';
import type { ValidContent } from './validate.ts';

type Json = Record<string, unknown>;

const MODEL = resolve(import.meta.dirname, '../model');

/** "/** text *\/ key:" pairs from model files: the field descriptions, written once. */
function fieldDocs(files: string[]): Map<string, string> {
  const text = files.map((file) => readFileSync(resolve(MODEL, file), 'utf8')).join('\n');
  const docs = new Map<string, string>();
  for (const m of text.matchAll(/\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*\n\s*(\w+):/g)) {
    if (!docs.has(m[2]!)) docs.set(m[2]!, m[1]!.replace(/\s*\n\s*\*\s*/g, ' ').trim());
  }
  return docs;
}

/** Adds descriptions to every object property the docs name, at any depth. */
function describe(node: unknown, docs: Map<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => describe(n, docs));
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  const props = obj.properties as Record<string, Json> | undefined;
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      const doc = docs.get(key);
      if (doc && !value.description) value.description = doc;
    }
  }
  Object.values(obj).forEach((v) => describe(v, docs));
}

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2}([ T]\\d{2}:\\d{2})?)?)?$';

function toSchema(schema: z.ZodType, docsFiles: string | readonly string[], title: string): Json {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  describe(json, fieldDocs([...(typeof docsFiles === 'string' ? [docsFiles] : docsFiles), 'lang.ts']));
  return { ...json, title };
}

/** Lists the ids that exist, so editors complete them and flag typos as the build would. */
function suggestIds(prop: Json | undefined, ids: string[]): void {
  const items = prop?.items as Json | undefined;
  if (items && ids.length) items.enum = ids;
}

function dateField(prop: Json | undefined): void {
  if (!prop) return;
  prop.pattern = DATE_PATTERN;
  prop.examples = ['2018', '2020-12', '2021-05-19', '2021-11-30 00:00'];
}

/** Every schema file, by name: event.schema.json, source.schema.json, platforms.schema.json … */
export function contentSchemas(content: ValidContent): Record<string, Json> {
  const ref = content.reference;
  const ids = {
    platforms: ref.platforms.map((x) => x.id),
    surfaces: ref.surfaces.map((x) => x.id),
    actors: ref.actors.map((x) => x.id),
    tags: ref.tags.map((x) => x.id),
    sources: content.sources.map((x) => x.id),
    levels: ref.levels.map((x) => x.id),
    capabilities: ref.capabilities.map((x) => x.id),
    linkKinds: ref.linkKinds.map((x) => x.id),
  };

  const event = toSchema(eventSchema, ['event.ts', 'treatment.ts', 'evidence.ts'], 'Event frontmatter (content/events/*.mdx)');
  const eventProps = event.properties as Record<string, Json>;
  dateField(eventProps.date);
  dateField(eventProps.effective);
  for (const key of ['platforms', 'surfaces', 'actors', 'tags', 'sources'] as const) suggestIds(eventProps[key], ids[key]);
  const treatment = (eventProps.treatments?.items ?? {}) as Json;
  const tProps = (treatment.properties ?? {}) as Record<string, Json>;
  for (const option of (tProps.platforms?.anyOf ?? []) as Json[]) suggestIds(option, ids.platforms);
  suggestIds(tProps.surfaces, ids.surfaces);
  suggestIds(tProps.sources, ids.sources);
  if (tProps.level) tProps.level.enum = ids.levels;
  if (tProps.link) tProps.link.enum = [...ids.linkKinds, ALL_LINK_KINDS];
  if (tProps.rule) tProps.rule.enum = content.codebook.cases.map((c) => c.id);
  const evidenceProps = ((tProps.evidence?.items as Json | undefined)?.properties ?? {}) as Record<string, Json>;
  if (evidenceProps.source) {
    evidenceProps.source.enum = ids.sources;
    // Field docs are matched by name; this `source` is the evidence's, not a figure's.
    evidenceProps.source.description = fieldDocs(['evidence.ts']).get('source');
  }
  if (tProps.capabilities) tProps.capabilities.propertyNames = { enum: ids.capabilities };

  const source = toSchema(sourceSchema, 'source.ts', 'Source (content/sources/*.yaml)');
  dateField((source.properties as Record<string, Json>).published);

  const out: Record<string, Json> = {
    'event.schema.json': event,
    'source.schema.json': source,
  };
  for (const { file, schema } of Object.values(REFERENCE_KINDS)) {
    out[file.replace(/\.yaml$/, '.schema.json')] = toSchema(z.array(schema), 'reference.ts', `content/reference/${file}`);
  }
  const briefings = toSchema(z.array(rangeBriefingSchema), 'briefing.ts', 'Range briefings (content/briefings.yaml)');
  const briefingProps = ((briefings.items as Json).properties ?? {}) as Record<string, Json>;
  for (const side of ['from', 'to']) {
    const prop = briefingProps[side];
    if (prop) prop.anyOf = [{ enum: content.events.map((e) => e.data.id) }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }];
  }
  out['briefings.schema.json'] = briefings;
  out['codebook.schema.json'] = toSchema(codebookSchema, 'codebook.ts', 'The codebook (content/reference/codebook.yaml)');
  out['site.schema.json'] = toSchema(siteConfigSchema, 'site.ts', 'Site configuration (content/site.yaml)');
  return out;
}

/** The files' text as written to content/schemas/ (stable key order, trailing newline). */
export function schemaFiles(content: ValidContent): Record<string, string> {
  return Object.fromEntries(
    Object.entries(contentSchemas(content)).map(([name, json]) => [name, `${JSON.stringify(json, null, 2)}\n`]),
  );
}
