/**
 * The briefing PDFs the build printed: A4, tagged, titled; their text (extracted with
 * pdftotext) holds the title, every event and every cited source of the briefing and
 * none of the screen's chrome; page margins carry the title and page numbers; the QR code
 * on the first page (decoded with zbarimg) opens the online version.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { t } from '../../src/i18n/ui.ts';
import { dataAsOf } from '../../src/lib/briefings/as-of.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import { sourceFull } from '../../src/lib/source-text.ts';
import { isoDay } from '../../src/model/calendar-date.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { Briefing } from '../../src/lib/briefings/catalogue.ts';
import { chromiumPath, renderPdfs } from '../../scripts/pdf.ts';
import { fileCache } from '../../src/build/file-cache.ts';
import { expected, find, SITE } from '../support/briefings.ts';
import { pdfinfo, pdftotext, squash, tool } from '../support/pdf.ts';
import { BASE, content, DIST, NEEDS_ADDRESS } from '../support/site.ts';

interface Case {
  readonly briefing: Briefing;
  readonly lang: Lang;
  /** The page count the content gives today, with room for edits but not for a broken layout. */
  readonly pages: readonly [number, number];
}
// The sources' words behind the tables are printed once each, as numbered notes after them
// (12, 11, 6, 5, 7 and 6 pages in November 2026).
const CASES: Case[] = [
  { briefing: find('full'), lang: 'en', pages: [8, 20] },
  { briefing: find('full'), lang: 'zh', pages: [7, 18] },
  { briefing: find('platform', 'taobao'), lang: 'en', pages: [4, 10] },
  { briefing: find('platform', 'taobao'), lang: 'zh', pages: [3, 9] },
  { briefing: find('range', 'shutdown-to-private-chat'), lang: 'en', pages: [4, 11] },
  { briefing: find('range', 'private-chat-to-group-chat'), lang: 'zh', pages: [4, 10] },
];

for (const c of CASES) {
  const e = expected(c.briefing, c.lang);
  const name = e.pdf.split('/').at(-1)!;
  const siteName = t(c.lang, 'site.name');

  test.describe(name, () => {
    test('exists, is A4, tagged, titled, and has the expected number of pages', () => {
      expect(existsSync(e.pdf), `${e.pdf} (built by npm run build)`).toBe(true);
      const info = pdfinfo(e.pdf);
      expect(info['Title']).toBe(`${e.title} · ${siteName}`);
      expect(info['Page size']).toMatch(/^59[5-6](\.\d+)? x 84[1-3](\.\d+)? pts \(A4\)$/);
      expect(info['Tagged']).toBe('yes');
      const pages = Number(info['Pages']);
      expect(pages).toBeGreaterThanOrEqual(c.pages[0]);
      expect(pages).toBeLessThanOrEqual(c.pages[1]);
    });

    test('holds the title, the date of the data, every event and every cited source, in real text', () => {
      const text = pdftotext(e.pdf);
      expect(text).not.toContain('\uFFFD');
      const flat = squash(text);
      expect(flat).toContain(squash(e.title));
      const asOf = formatDate(isoDay(dataAsOf(content().events)!), c.lang);
      expect(flat).toContain(squash(`${t(c.lang, 'briefing.asOf')}${asOf}`));
      expect(flat).toContain(squash(t(c.lang, 'briefing.printed')));
      expect(e.events.length).toBeGreaterThan(0);
      for (const event of e.events) expect(flat, event.id).toContain(squash(event.title[c.lang]));
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(flat, s.id).toContain(squash(sourceFull(s, c.lang)));
        if (s.url) expect(flat, `${s.id} URL`).toContain(s.url);
      }
    });

    test('prints the sources’ words behind its tables, under their heading, each with its source', () => {
      const html = readFileSync(join(DIST, e.page.slice(BASE.length), 'index.html'), 'utf8');
      const notes = [...parseHTML(html).document.querySelectorAll('.evidence-notes li[id^="briefing-words-"] q')].map((q) => q.textContent ?? '');
      expect(notes.length).toBeGreaterThan(0);
      const flat = squash(pdftotext(e.pdf));
      expect(flat).toContain(squash(t(c.lang, 'briefing.words')));
      for (const quote of notes) expect(flat, quote).toContain(squash(quote));
    });

    test('carries no screen chrome: navigation, search, language switch, buttons, site footer', () => {
      const flat = squash(pdftotext(e.pdf));
      const nav = ['nav.events', 'nav.platforms', 'nav.matrix', 'nav.diff', 'nav.briefings', 'nav.sources'] as const;
      expect(flat).not.toContain(squash(nav.map((k) => t(c.lang, k)).join('')));
      // (Not the Print button's label: "Print" is part of "Printed", which belongs on paper.)
      for (const key of ['nav.skip', 'search.placeholder', 'briefing.pdf', 'footer.citation', 'briefings.title'] as const) {
        expect(flat, key).not.toContain(squash(t(c.lang, key)));
      }
      expect(flat).not.toContain('Sitemap');
    });

    test('page margins carry the title (from page 2), the site and page numbers', () => {
      const pages = Number(pdfinfo(e.pdf)['Pages']);
      const second = squash(pdftotext(e.pdf, '-f', '2', '-l', '2'));
      expect(second).toContain(squash(e.title));
      expect(second).toContain(squash(siteName));
      expect(second).toContain(`2/${pages}`);
      expect(squash(pdftotext(e.pdf, '-f', String(pages), '-l', String(pages)))).toContain(`${pages}/${pages}`);
    });

    test('its QR code opens the online version of the same briefing', () => {
      test.skip(!SITE, NEEDS_ADDRESS);
      const dir = mkdtempSync(join(tmpdir(), 'qr-'));
      tool('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', e.pdf, join(dir, 'page')]);
      const png = execFileSync('sh', ['-c', `ls ${dir}/page*.png`], { encoding: 'utf8' }).trim();
      expect(tool('zbarimg', ['--quiet', '--raw', png]).trim()).toBe(e.online);
    });
  });
}

test('the full briefing prints in US Letter on request', async () => {
  const out = mkdtempSync(join(tmpdir(), 'letter-'));
  const e = expected(find('full'), 'en');
  const [result] = await renderPdfs({ dir: DIST, base: BASE, jobs: [{ page: e.page, file: 'full.en.pdf' }], paper: 'Letter', out });
  expect(result?.cached).toBe(false);
  const info = pdfinfo(join(out, 'full.en.pdf'));
  expect(info['Page size']).toBe('612 x 792 pts (letter)');
  expect(squash(pdftotext(join(out, 'full.en.pdf')))).toContain(squash(e.title));
  // The site's own PDF is untouched.
  expect(pdfinfo(e.pdf)['Page size']).toMatch(/\(A4\)$/);
  expect(readFileSync(join(out, 'full.en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a briefing unchanged since it was printed is copied from the cache without starting a browser', async () => {
  const e = expected(find('full'), 'en');
  const jobs = [{ page: e.page, file: 'full.en.pdf' }];
  const cache = fileCache(mkdtempSync(join(tmpdir(), 'pdf-cache-')), '.pdf');
  const first = mkdtempSync(join(tmpdir(), 'printed-'));
  const [printed] = await renderPdfs({ dir: DIST, base: BASE, jobs, paper: 'A4', out: first, cache });
  expect(printed?.cached).toBe(false);

  // A "browser" that can only name itself, as the real one does: starting it fails.
  const fake = join(mkdtempSync(join(tmpdir(), 'no-browser-')), 'chromium');
  const version = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then printf '%s' '${version.replaceAll("'", '')}'; exit 0; fi\nexit 1\n`);
  chmodSync(fake, 0o755);
  const real = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = fake;
  try {
    const again = mkdtempSync(join(tmpdir(), 'copied-'));
    const [copied] = await renderPdfs({ dir: DIST, base: BASE, jobs, paper: 'A4', out: again, cache });
    expect(copied?.cached).toBe(true);
    expect(readFileSync(join(again, 'full.en.pdf')).equals(readFileSync(join(first, 'full.en.pdf')))).toBe(true);
    // Another paper is a page not printed yet: that needs the browser, and this one cannot start.
    await expect(renderPdfs({ dir: DIST, base: BASE, jobs, paper: 'Letter', out: again, cache })).rejects.toThrow();
  } finally {
    if (real === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = real;
  }
});
