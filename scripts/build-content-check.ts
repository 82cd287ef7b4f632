/**
 * The build's content checks, run in a worker thread so that they take place while Astro
 * starts (scripts/build.ts waits for the verdict before Astro renders a page). The parsers'
 * memo from the last build (src/validation/parse-memo.ts) spares parsing the unchanged files.
 * Posts one answer: the problems as a report, or the content as checked (which the pages are
 * built from: src/build/provided-content.ts), a summary line and the PDF jobs the content implies.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheFolder } from '../src/build/file-cache.ts';
import { languageStamps, type LanguageStamps } from '../src/build/language-stamps.ts';
import { loadParseMemo, parserVersion, saveParseMemo } from '../src/validation/parse-memo.ts';
import { pdfJobs, type PdfJob } from './pdf.ts';
import { formatReport } from '../src/validation/problem.ts';
import { contentDir, readContent } from '../src/validation/read-content.ts';
import { readSiteConfig } from '../src/validation/site-config.ts';
import { validateContent, type ValidContent } from '../src/validation/validate.ts';
import { postNote } from './workers.ts';

export type ContentVerdict =
  | { ok: false; report: string }
  /** `languages`: each language's stamp of the content (src/build/language-stamps.ts); `events`: the events' ids. */
  | { ok: true; content: ValidContent; summary: string; pdfJobs: PdfJob[]; languages: LanguageStamps; events: string[]; ms: number };

export interface ContentCheckInput {
  readonly root: string;
  readonly base: string;
  /**
   * Started ahead of an edit (scripts/build-when-told.ts): checks the content as it is once,
   * throws the verdict away and posts the note `warm` (./workers.ts), then checks it again,
   * for the answer, after the message `begin`.
   */
  readonly whenTold?: boolean;
}

let started = performance.now();
const { root, base, whenTold } = workerData as ContentCheckInput;

/** What the parsers made of each file last time (src/validation/parse-memo.ts): unchanged files are not parsed again. */
const memo = join(cacheFolder('content-check'), 'parse-memo.json');
mkdirSync(dirname(memo), { recursive: true });
// The memo is the last build's, which has ended: read before the edit, if started ahead of it.
loadParseMemo(memo, parserVersion(root));
if (whenTold) {
  // The checks run once on the content as it is, their verdict thrown away: after the save
  // they run on code the engine has compiled and optimised, with every unchanged file in the
  // memo. Run cold, the checks of 1,000 events took 0.8-1.2 s after the save; warm, 0.1-0.2 s.
  // Nothing of this run is kept but the memo's parses, which are keyed by each file's text.
  try {
    validateContent(readContent(contentDir(root)));
  } catch {
    // Whatever fails here fails again in the check that counts, and is reported there.
  }
  postNote('warm');
  await new Promise((begin) => parentPort!.once('message', begin));
  started = performance.now();
}

function verdict(): ContentVerdict {
  // Every problem at once, with file, line and field.
  const checked = validateContent(readContent(contentDir(root)));
  saveParseMemo(memo);
  if (!checked.ok) return { ok: false, report: formatReport(checked.problems) };
  // The site's settings (content/site.yaml, SITE_URL): checked here so a mistake reads like any content problem.
  const site = readSiteConfig(root);
  if (!site.ok) return { ok: false, report: formatReport(site.problems) };
  const { events, sources } = checked.content;
  const address = site.config.url ? `public address ${site.config.url}` : 'no public address (credits by name; no feed, sitemap or oEmbed)';
  return {
    ok: true,
    content: checked.content,
    summary: `${events.length} events, ${sources.length} sources; ${address}`,
    pdfJobs: pdfJobs(checked.content, base),
    languages: languageStamps(checked.content),
    events: events.map((e) => e.data.id),
    ms: performance.now() - started,
  };
}

parentPort!.postMessage(verdict());
