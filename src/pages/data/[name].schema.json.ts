/** JSON Schemas of the downloadable files, generated from the model's export schemas. */
import { z } from 'zod';
import { cacheKeys, keyed } from '../../data/cache-keys.ts';
import { siteContent } from '../../data/content.ts';
import { jsonResponse } from '../../data/responses.ts';
import { eventsFileSchema, treatmentsFileSchema } from '../../model/exports.ts';

const SCHEMAS = { events: eventsFileSchema, treatments: treatmentsFileSchema } as const;

export async function getStaticPaths() {
  // The schemas read no content; the key is one that changes seldom (their code is the route's own).
  return keyed(
    Object.keys(SCHEMAS).map((name) => ({ params: { name } })),
    cacheKeys(await siteContent()).frame,
  );
}

export function GET({ params }: { params: { name: keyof typeof SCHEMAS } }) {
  return jsonResponse({ ...z.toJSONSchema(SCHEMAS[params.name]), title: `${params.name}.json` });
}
