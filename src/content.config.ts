/**
 * Astro's view of the content folder. The schemas are the model's own (src/model), so the
 * content checks (src/validation) and the build agree on every rule.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { eventSchema } from './model/event.ts';
import { actorSchema, platformSchema, surfaceSchema, tagSchema } from './model/reference.ts';
import { sourceSchema } from './model/source.ts';

const dir = process.env.CONTENT_DIR ?? './content';
const byDataId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data.id === 'string' ? data.id : entry;

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: `${dir}/events`, generateId: byDataId }),
    schema: eventSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: `${dir}/sources`, generateId: byDataId }),
    schema: sourceSchema,
  }),
  platforms: defineCollection({ loader: file(`${dir}/reference/platforms.yaml`), schema: platformSchema }),
  surfaces: defineCollection({ loader: file(`${dir}/reference/surfaces.yaml`), schema: surfaceSchema }),
  actors: defineCollection({ loader: file(`${dir}/reference/actors.yaml`), schema: actorSchema }),
  tags: defineCollection({ loader: file(`${dir}/reference/tags.yaml`), schema: tagSchema }),
};
