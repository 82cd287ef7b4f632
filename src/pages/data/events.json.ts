import type { APIContext } from 'astro';
import { siteContent } from '../../data/content.ts';
import { eventsFile } from '../../data/exports.ts';
import { jsonResponse } from '../../data/responses.ts';

export async function GET(context: APIContext) {
  return jsonResponse(eventsFile(await siteContent(), context.site));
}
