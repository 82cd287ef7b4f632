import type { APIContext } from 'astro';
import { siteContent } from '../../data/content.ts';
import { eventsFile } from '../../data/exports.ts';
import { csvResponse } from '../../data/responses.ts';
import { eventsCsv } from '../../lib/exports/event-records.ts';

export async function GET(context: APIContext) {
  return csvResponse(eventsCsv(eventsFile(await siteContent(), context.site).events));
}
