/**
 * Astro's view of the content folder. The schemas are the model's own (src/model), so the
 * content checks (src/validation) and the build agree on every rule.
 */
// Astro's content config module, which `astro:content` re-exports: importing that instead
// loads Astro's whole page runtime (a hundred modules, one after another, through the Vite
// server that reads this file) on every build, to define eleven collections.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { eventFiles, listFile, yamlFiles } from './build/content-loaders.ts';
import { rangeBriefingSchema } from './model/briefing.ts';
import { CODEBOOK_FILE, codebookSchema } from './model/codebook.ts';
import { eventSchema } from './model/event.ts';
import { REFERENCE_KINDS } from './model/reference.ts';
import { sourceSchema } from './model/source.ts';

const dir = process.env.CONTENT_DIR ?? './content';
/**
 * A reference list keeps its order (levels are ranked, the first link kind is the default),
 * but collections come back sorted by id: each item carries its position in the file.
 */
const inFileOrder = (document: unknown) =>
  Array.isArray(document) ? document.map((item: Record<string, unknown>, position) => ({ ...item, position })) : [];
const reference = <T extends z.ZodRawShape, C extends z.core.$ZodObjectConfig>(kind: keyof typeof REFERENCE_KINDS, schema: z.ZodObject<T, C>) =>
  defineCollection({
    loader: listFile(`${dir}/reference/${REFERENCE_KINDS[kind].file}`, inFileOrder),
    schema: schema.extend({ position: z.int() }),
  });

export const collections = {
  /** Events: frontmatter as data, the MDX body as text (rendered by src/build/event-body.ts). */
  events: defineCollection({
    loader: eventFiles(`${dir}/events`),
    schema: eventSchema,
  }),
  sources: defineCollection({
    loader: yamlFiles(`${dir}/sources`),
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
    loader: listFile(`${dir}/${CODEBOOK_FILE}`, (document) => [{ ...(document as Record<string, unknown>), id: 'codebook' }]),
    schema: codebookSchema.extend({ id: z.literal('codebook') }),
  }),
  /** Range briefings (content/briefings.yaml, optional: without it there are none). */
  briefings: defineCollection({
    loader: listFile(`${dir}/briefings.yaml`, inFileOrder),
    schema: rangeBriefingSchema.extend({ position: z.int() }),
  }),
};
