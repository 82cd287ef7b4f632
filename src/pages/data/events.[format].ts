/**
 * The events as a download, JSON and CSV: every event's data, title and summary in both
 * languages (no body), and the sources.
 */
import type { APIContext } from 'astro';
import { cacheKeys, keyed } from '../../data/cache-keys.ts';
import { siteContent } from '../../data/content.ts';
import { eventsFile } from '../../data/exports.ts';
import { csvResponse, jsonResponse } from '../../data/responses.ts';
import { eventsCsv } from '../../lib/exports/event-records.ts';

export async function getStaticPaths() {
  // Titles and summaries in both languages and no body: the full key, read in both.
  return keyed([{ params: { format: 'json' } }, { params: { format: 'csv' } }], cacheKeys(await siteContent()).full);
}

export async function GET(context: APIContext) {
  const file = eventsFile(await siteContent(), context.site);
  return context.params.format === 'csv' ? csvResponse(eventsCsv(file.events)) : jsonResponse(file);
}
