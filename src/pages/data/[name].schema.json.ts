/** JSON Schemas of the downloadable files, generated from the model's export schemas. */
import { z } from 'zod';
import { jsonResponse } from '../../data/responses.ts';
import { eventsFileSchema, treatmentsFileSchema } from '../../model/exports.ts';

const SCHEMAS = { events: eventsFileSchema, treatments: treatmentsFileSchema } as const;

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((name) => ({ params: { name } }));
}

export function GET({ params }: { params: { name: keyof typeof SCHEMAS } }) {
  return jsonResponse({ ...z.toJSONSchema(SCHEMAS[params.name]), title: `${params.name}.json` });
}
