import type { APIContext } from 'astro';
import { siteContent } from '../../data/content.ts';
import { treatmentsFile } from '../../data/exports.ts';
import { csvResponse } from '../../data/responses.ts';
import { treatmentsCsv } from '../../lib/exports/treatment-records.ts';

export async function GET(context: APIContext) {
  const content = await siteContent();
  return csvResponse(treatmentsCsv(treatmentsFile(content, context.site).records, content.treatments.dims.capabilities));
}
