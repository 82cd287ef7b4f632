/**
 * The treatment records as a download, JSON and CSV: each platform, surface and link kind's
 * values by period, with the sources and events that state them (by id: no title).
 */
import type { APIContext } from 'astro';
import { cacheKeys, keyed } from '../../data/cache-keys.ts';
import { siteContent } from '../../data/content.ts';
import { treatmentsFile } from '../../data/exports.ts';
import { csvResponse, jsonResponse } from '../../data/responses.ts';
import { treatmentsCsv } from '../../lib/exports/treatment-records.ts';

export async function getStaticPaths() {
  // It names events by id, never by title: keyed by the frame.
  return keyed([{ params: { format: 'json' } }, { params: { format: 'csv' } }], cacheKeys(await siteContent()).frame);
}

export async function GET(context: APIContext) {
  const content = await siteContent();
  const file = treatmentsFile(content, context.site);
  return context.params.format === 'csv' ? csvResponse(treatmentsCsv(file.records, content.treatments.dims.capabilities)) : jsonResponse(file);
}
