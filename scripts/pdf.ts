/**
 * Renders every briefing, in both languages, to a PDF with headless Chromium (Debian's
 * /usr/bin/chromium, or CHROMIUM_PATH), from the built pages, served locally on a free port:
 *
 *   dist/briefings/full.zh.pdf, full.en.pdf
 *   dist/briefings/platform-<id>.<lang>.pdf
 *   dist/briefings/range-<id>.<lang>.pdf        (ids from content/briefings.yaml)
 *
 * `npm run build` runs this on its staging folder (so the pages' PDF links always resolve);
 * `npm run pdf` re-renders them into an existing build, e.g. in US Letter:
 *
 *   node scripts/pdf.ts [--dir dist] [--format A4|Letter] [--only full,platform-taobao] [--out folder]
 *
 * (--out writes the PDFs elsewhere than <dir>/briefings/, leaving the site as it is.)
 *
 * Environment: PAPER (A4 or Letter; --format wins), CHROMIUM_PATH, BASE_PATH, CONTENT_DIR.
 *
 * Whichever command prints them, Chromium sees only the project's own fonts (the bundled
 * Noto Sans and Noto Sans SC, through the same fontconfig file the images use): Chinese is
 * embedded as real fonts, nothing depends on the machine's fonts, and the same pages give
 * the same PDFs anywhere.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { briefingCatalogue, briefingPdfFile, briefingRoute } from '../src/lib/briefings/catalogue.ts';
import { href } from '../src/lib/urls.ts';
import { LANGS } from '../src/model/lang.ts';
import { formatReport } from '../src/validation/problem.ts';
import { contentDir, readContent } from '../src/validation/read-content.ts';
import { validateContent, type ValidContent } from '../src/validation/validate.ts';
import { startServer } from './serve.ts';
import { cacheKey, type FileCache } from '../src/build/file-cache.ts';
import { inParallel } from '../src/lib/in-parallel.ts';
import { fontconfigFile, fontVersions, portableFontconfig } from '../src/charts/node/bundled-fonts.ts';

import { cliArgs, usageError } from './cli-args.ts';
import { chromiumPath, parsePaper, type Paper } from './pdf-options.ts';

export { chromiumPath, PAPERS, parsePaper, type Paper } from './pdf-options.ts';

export interface PdfJob {
  /** The page, under the base: "/en/briefings/full/". */
  readonly page: string;
  /** File name in briefings/: "full.en.pdf". */
  readonly file: string;
}

/** Every briefing page and its PDF, both languages; `only` keeps the names it lists ("full", "platform-taobao"). */
export function pdfJobs(content: ValidContent, base: string, only?: readonly string[]): PdfJob[] {
  const all = briefingCatalogue({ platforms: content.reference.platforms, ranges: content.briefings, events: content.events });
  return all
    .flatMap((b) => LANGS.map((lang) => ({ page: href(briefingRoute(b), lang, base), file: briefingPdfFile(b, lang) })))
    .filter((job) => !only?.length || only.includes(job.file.replace(/\.[a-z]+\.pdf$/, '')));
}

export interface PdfResult extends PdfJob {
  readonly bytes: number;
  readonly ms: number;
  /** Copied from the cache: the page had not changed since it was last printed. */
  readonly cached: boolean;
}

/**
 * The cache key of a PDF: the page's HTML (which names its CSS and scripts by content hash),
 * the paper, the browser and the fonts. Equal keys print equal PDFs, except for the day they
 * were printed.
 */
function pdfKey(dir: string, job: PdfJob, base: string, paper: Paper, browser: string, fonts: string): string | undefined {
  const html = join(dir, job.page.slice(base.length), 'index.html');
  if (!existsSync(html)) return undefined;
  return cacheKey(readFileSync(html), paper, browser, fonts);
}

/**
 * Renders the jobs from the site in `dir` into `out` (default `dir`/briefings/). Throws on the
 * first page that fails. With `cache`, a page unchanged since it was last printed
 * is not printed again.
 */
export async function renderPdfs(options: {
  readonly dir: string;
  readonly base: string;
  readonly jobs: readonly PdfJob[];
  readonly paper: Paper;
  readonly out?: string;
  readonly cache?: FileCache;
}): Promise<PdfResult[]> {
  const out = resolve(options.out ?? join(options.dir, 'briefings'));
  mkdirSync(out, { recursive: true });
  // The bundled fonts alone (not WLP_IMAGE_FONTS=none, a diagnostic for images only).
  const fontconfig = fontconfigFile(false);
  // The fonts as cache keys name them, wherever the checkout is (bundled-fonts.ts).
  const fonts = `${portableFontconfig(readFileSync(fontconfig, 'utf8'))}\0${fontVersions()}`;
  const results: PdfResult[] = [];

  // Pages unchanged since they were last printed are copied from the cache, before any
  // browser starts: a build with nothing to print does not launch Chromium at all.
  const cache = options.cache;
  const browserId = cache ? browserVersion() : '';
  const toPrint: { job: PdfJob; key?: string }[] = [];
  for (const job of options.jobs) {
    const started = performance.now();
    const key = cache && pdfKey(options.dir, job, options.base, options.paper, browserId, fonts);
    const cached = key && cache.hit(key);
    if (!cached) {
      toPrint.push({ job, ...(key ? { key } : {}) });
      continue;
    }
    copyFileSync(cached, join(out, job.file));
    results.push({ ...job, bytes: statSync(cached).size, ms: performance.now() - started, cached: true });
  }
  if (toPrint.length === 0) {
    cache?.prune();
    return results.sort((a, b) => a.file.localeCompare(b.file));
  }

  const server = await startServer({ dir: options.dir, port: 0, host: '127.0.0.1', base: options.base });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Loaded only when PDFs are printed: Playwright takes about 0.4 s to load, which every
  // build (most of them with nothing to print) would otherwise pay at start-up.
  const [{ chromium }, { CHROMIUM_ARGS }] = await Promise.all([import('playwright-core'), import('../playwright.config.ts')]);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: fontconfig } });
  try {
    const context = await browser.newContext({ colorScheme: 'light' });
    await inParallel(toPrint, Math.min(availableParallelism(), 4), async ({ job, key }) => {
      const started = performance.now();
      const page = await context.newPage();
      try {
        const response = await page.goto(origin + job.page, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`${job.page} answered ${response?.status() ?? 'nothing'}: build the site first (npm run build)`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // Written beside the final file and moved into place, so a failure leaves no half PDF.
        const partial = join(out, `.${job.file}.partial`);
        await page.pdf({ path: partial, format: options.paper, printBackground: true, tagged: true, outline: true });
        renameSync(partial, join(out, job.file));
        if (cache && key) cache.write(key, readFileSync(join(out, job.file)));
        results.push({ ...job, bytes: statSync(join(out, job.file)).size, ms: performance.now() - started, cached: false });
      } finally {
        await page.close();
      }
    });
    cache?.prune();
    return results.sort((a, b) => a.file.localeCompare(b.file));
  } finally {
    await browser.close();
    server.close();
    for (const job of options.jobs) rmSync(join(out, `.${job.file}.partial`), { force: true });
  }
}

/**
 * The browser that prints, as it names itself (`chromium --version`: "Chromium 156.0.8078.108
 * built on Debian …"), for the PDFs' cache key: asked without starting a browser.
 */
function browserVersion(): string {
  return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

if (import.meta.main) {
  const usage = 'Usage: npm run pdf -- [--dir dist] [--format A4|Letter] [--only full,platform-taobao] [--out folder]';
  const values = cliArgs(usage, {
    dir: { type: 'string', default: 'dist' },
    format: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
  });
  let paper: Paper;
  try {
    paper = parsePaper(values.format ?? process.env.PAPER);
  } catch (error) {
    usageError(`${values.format === undefined ? 'PAPER' : '--format'}: ${(error as Error).message}`, usage);
  }
  try {
    const checked = validateContent(readContent(contentDir()));
    if (!checked.ok) throw new Error(formatReport(checked.problems));
    const base = process.env.BASE_PATH ?? '/';
    const only = values.only?.split(',').map((s) => s.trim());
    // A name that is no briefing is a mistake, not a request for nothing: say which, and what there is.
    const names = [...new Set(pdfJobs(checked.content, base).map((job) => job.file.replace(/\.[a-z]+\.pdf$/, '')))];
    const unknown = (only ?? []).filter((name) => !names.includes(name));
    if (unknown.length > 0) usageError(`--only: no briefing is called ${unknown.map((n) => `"${n}"`).join(', ')}; the briefings are ${names.join(', ')}`, usage);
    const jobs = pdfJobs(checked.content, base, only);
    if (jobs.length === 0) throw new Error('there are no briefings to print');
    const started = performance.now();
    const out = values.out ?? join(values.dir!, 'briefings');
    const results = await renderPdfs({ dir: values.dir!, base, jobs, paper, out });
    const kb = results.reduce((n, r) => n + r.bytes, 0) / 1024;
    console.log(`✓ ${results.length} briefing PDFs (${paper}) in ${out}/, ${kb.toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
