/**
 * Astro's view of the content folder. The schemas are the model's own (src/model), so the
 * content checks (src/validation) and the build agree on every rule.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { eventFiles } from './build/event-files.ts';
import { rangeBriefingSchema } from './model/briefing.ts';
import { CODEBOOK_FILE, codebookSchema } from './model/codebook.ts';
import { eventSchema } from './model/event.ts';
import { REFERENCE_KINDS } from './model/reference.ts';
import { sourceSchema } from './model/source.ts';

const dir = process.env.CONTENT_DIR ?? './content';
const byDataId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data.id === 'string' ? data.id : entry;
/**
 * A reference list keeps its order (levels are ranked, the first link kind is the default),
 * but collections come back sorted by id: each item carries its position in the file.
 */
const inFileOrder = (text: string) =>
  (parse(text, { schema: 'core' }) as Record<string, unknown>[]).map((item, position) => ({ ...item, position }));
const reference = <T extends z.ZodRawShape, C extends z.core.$ZodObjectConfig>(kind: keyof typeof REFERENCE_KINDS, schema: z.ZodObject<T, C>) =>
  defineCollection({
    loader: file(`${dir}/reference/${REFERENCE_KINDS[kind].file}`, { parser: inFileOrder }),
    schema: schema.extend({ position: z.int() }),
  });

export const collections = {
  /** Events: frontmatter as data, the MDX body as text (rendered by src/build/event-body.ts). */
  events: defineCollection({
    loader: eventFiles(`${dir}/events`),
    schema: eventSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${dir}/sources`, generateId: byDataId }),
    schema: sourceSchema,
  }),
  platforms: reference('platforms', REFERENCE_KINDS.platforms.schema),
  surfaces: reference('surfaces', REFERENCE_KINDS.surfaces.schema),
  actors: reference('actors', REFERENCE_KINDS.actors.schema),
  tags: reference('tags', REFERENCE_KINDS.tags.schema),
  levels: reference('levels', REFERENCE_KINDS.levels.schema),
  capabilities: reference('capabilities', REFERENCE_KINDS.capabilities.schema),
  linkKinds: reference('linkKinds', REFERENCE_KINDS.linkKinds.schema),
  /** The codebook (content/reference/codebook.yaml): one entry, "codebook". The content check requires it. */
  codebook: defineCollection({
    loader: existsSync(`${dir}/${CODEBOOK_FILE}`)
      ? file(`${dir}/${CODEBOOK_FILE}`, { parser: (text) => [{ ...(parse(text, { schema: 'core' }) as Record<string, unknown>), id: 'codebook' }] })
      : () => [],
    schema: codebookSchema.extend({ id: z.literal('codebook') }),
  }),
  /** Range briefings (content/briefings.yaml, optional: without it there are none). */
  briefings: defineCollection({
    loader: existsSync(`${dir}/briefings.yaml`) ? file(`${dir}/briefings.yaml`, { parser: inFileOrder }) : () => [],
    schema: rangeBriefingSchema.extend({ position: z.int() }),
  }),
};
