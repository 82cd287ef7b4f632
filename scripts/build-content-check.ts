/**
 * The build's content checks, run in a worker thread so that they take place while Astro
 * starts (scripts/build.ts waits for the verdict before Astro renders a page). Posts one
 * message: the problems as a report, or a summary line and the PDF jobs the content implies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pdfJobs, type PdfJob } from './pdf.ts';
import { formatReport } from '../src/validation/problem.ts';
import { contentDir, readContent } from '../src/validation/read-content.ts';
import { readSiteConfig } from '../src/validation/site-config.ts';
import { validateContent } from '../src/validation/validate.ts';

export type ContentVerdict = { ok: false; report: string } | { ok: true; summary: string; pdfJobs: PdfJob[]; ms: number };

export interface ContentCheckInput {
  readonly root: string;
  readonly base: string;
}

const started = performance.now();
const { root, base } = workerData as ContentCheckInput;

function verdict(): ContentVerdict {
  // Every problem at once, with file, line and field.
  const checked = validateContent(readContent(contentDir(root)));
  if (!checked.ok) return { ok: false, report: formatReport(checked.problems) };
  // The site's settings (content/site.yaml, SITE_URL): checked here so a mistake reads like any content problem.
  const site = readSiteConfig(root);
  if (!site.ok) return { ok: false, report: formatReport(site.problems) };
  const { events, sources } = checked.content;
  const address = site.config.url ? `public address ${site.config.url}` : 'no public address (credits by name; no feed, sitemap or oEmbed)';
  return {
    ok: true,
    summary: `${events.length} events, ${sources.length} sources; ${address}`,
    pdfJobs: pdfJobs(checked.content, base),
    ms: performance.now() - started,
  };
}

parentPort!.postMessage(verdict());
