/**
 * Printing the briefings: how long the PDFs take (cold, and when nothing changed), how big
 * they are, and how the full briefing grows with the number of events.
 *
 *   npm run bench briefing-pdfs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdfJobs, renderPdfs } from '../scripts/pdf.ts';
import { readContent } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';
import { fileCache } from '../src/build/file-cache.ts';
import { generateContent } from './generate-content.ts';
import type { Benchmark, Measure } from './run.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Builds the site (without PDFs) from a content folder into a fresh folder. */
function buildSite(content: string, out: string): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, '--no-pdf'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
}

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

const bench: Benchmark = {
  name: 'briefing-pdfs',
  description: 'printing every briefing to PDF with headless Chromium (seed content), and the full briefing at 300 events',
  async run() {
    const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
    const measures: Measure[] = [];
    try {
      // The seed content, as published.
      const site = join(work, 'site');
      buildSite(join(ROOT, 'content'), site);
      const checked = validateContent(readContent(join(ROOT, 'content')));
      if (!checked.ok) throw new Error('seed content is invalid');
      const jobs = pdfJobs(checked.content, '/');
      const cache = fileCache(join(work, 'cache'), '.pdf');
      let started = performance.now();
      const cold = await renderPdfs({ dir: site, base: '/', jobs, paper: 'A4', cache });
      const coldSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      const warm = await renderPdfs({ dir: site, base: '/', jobs, paper: 'A4', cache });
      const warmSeconds = (performance.now() - started) / 1000;
      if (!warm.every((r) => r.cached)) throw new Error('the second run printed pages again');
      const sizes = cold.map((r) => r.bytes / 1024);
      const full = join(site, 'briefings', 'full.en.pdf');
      measures.push(
        { metric: `all ${jobs.length} PDFs, cold`, value: coldSeconds, unit: 's', budget: { max: 60 }, note: 'what `npm run build` adds when every briefing changed' },
        { metric: 'per PDF, cold (mean)', value: cold.reduce((n, r) => n + r.ms, 0) / cold.length / 1000, unit: 's', budget: { max: 3 }, note: 'two pages printed at a time on this machine' },
        { metric: `all ${jobs.length} PDFs, nothing changed`, value: warmSeconds, unit: 's', budget: { max: 5 }, note: "copies from the PDF cache; no browser starts" },
        { metric: 'largest PDF', value: Math.max(...sizes), unit: 'KB', budget: { max: 2500 }, note: cold.find((r) => r.bytes / 1024 === Math.max(...sizes))?.file ?? '' },
        { metric: 'all PDFs together', value: sizes.reduce((a, b) => a + b, 0) / 1024, unit: 'MB' },
        { metric: 'full briefing (en), pages', value: pages(full), unit: 'pages' },
        { metric: 'full briefing (en), size', value: statSync(full).size / 1024, unit: 'KB', budget: { max: 1500 } },
      );

      // The full briefing at 300 events: how paper grows with the history.
      const big = generateContent({ events: 300, out: join(work, 'content-300') });
      const bigSite = join(work, 'site-300');
      buildSite(big.dir, bigSite);
      const bigChecked = validateContent(readContent(big.dir));
      if (!bigChecked.ok) throw new Error('generated content is invalid');
      started = performance.now();
      const [bigFull] = await renderPdfs({ dir: bigSite, base: '/', jobs: pdfJobs(bigChecked.content, '/', ['full']).filter((j) => j.file.endsWith('.en.pdf')), paper: 'A4' });
      const bigSeconds = (performance.now() - started) / 1000;
      const bigPdf = join(bigSite, 'briefings', 'full.en.pdf');
      measures.push(
        { metric: 'full briefing at 300 events (en)', value: bigSeconds, unit: 's', budget: { max: 30 } },
        { metric: 'full briefing at 300 events, pages', value: pages(bigPdf), unit: 'pages' },
        { metric: 'full briefing at 300 events, size', value: (bigFull?.bytes ?? 0) / 1024, unit: 'KB' },
      );
      return measures;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

export default bench;
