/** The same event files as the site (CONTENT_DIR/events), read with no schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const dir = process.env.CONTENT_DIR ?? '../../content';

export const collections = {
  events: defineCollection({ loader: glob({ pattern: '**/[^_]*.mdx', base: `${dir}/events` }) }),
};
