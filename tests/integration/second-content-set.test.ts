/**
 * A second content set, about a different (fictional) policy history — an app store's rules
 * on links out of apps, tests/fixtures/app-store — builds with no change to the code, and its
 * matrix, diff, platform pages, images and exports come out of the same engine: a general
 * change ends earlier values, evidence is quoted in the source's language, opinion stays
 * marked, and no archived source text reaches the output.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TreatmentsFile } from '../../src/model/exports.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { pngSize } from '../support/png.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/app-store');
const parent = mkdtempSync(join(tmpdir(), 'app-store-site-'));
const out = join(parent, 'site');
let build: { code: number | null; stderr: string };

beforeAll(async () => {
  build = await new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts', '--out', out, '--no-pdf'],
      // A hung build fails here instead of stalling the suite.
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: FIXTURE, ASTRO_CACHE_DIR: join(parent, 'astro-cache') }, timeout: 300_000 },
      (error, _stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}, 320_000);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const page = (path: string) => parseHTML(readFileSync(join(out, path, 'index.html'), 'utf8')).document;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe('the fictional app-store content set', () => {
  it('passes the content checks', () => {
    const result = validateContent(readContent(FIXTURE));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('builds with no change to the code', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('renders the matrix on each date of change, a general change leaving unknown what it ended', () => {
    const before = page('en/matrix/2020-03-01');
    const cell = (doc: Document, platform: string, surface: string, link: string) =>
      doc.querySelector(`.matrix tr[data-platform="${platform}"] td[data-surface="${surface}"] .matrix-entry[data-link="${link}"] [data-level]`)?.getAttribute('data-level');
    expect(cell(before, 'pebble-notes', 'in-app-button', 'purchase')).toBe('prohibited');
    const after = page('en/matrix/2022-07-01');
    expect(cell(after, 'pebble-notes', 'in-app-button', 'purchase')).toBe('unknown');
    expect(cell(after, 'lantern-reader', 'in-app-button', 'purchase')).toBe('allowed-with-notice');
    expect(cell(after, 'pebble-notes', 'in-app-text', 'support')).toBe('allowed');
    // The evidence: the source's own words, marked as a quotation in its language, with the source.
    const quote = after.querySelector('.matrix tr[data-platform="lantern-reader"] td[data-surface="in-app-button"] .evidence blockquote[lang="en"]');
    expect(quote?.textContent).toBe('Reader apps such as Lantern Reader may include one button');
    expect(quote?.closest('li')?.querySelector('.evidence__source')?.textContent).toContain('Example News (fictional), 15 June 2022');
    expect(after.querySelector('.evidence__rule a')?.getAttribute('href')).toMatch(/\/en\/about\/#codebook-(store-wide-rule|reader-apps)$/);
  });

  it('renders the diff: "value → no source" where the general change ended a value, caused by that event', () => {
    const doc = page('en/diff/2020-03-01/2022-07-01');
    const ended = [...doc.querySelectorAll('.diff__platform[data-platform="kite-music"] tr.diff-row--ended')];
    expect(ended).toHaveLength(2);
    for (const row of ended) {
      expect(row.querySelector('.diff-row__after [data-level]')?.getAttribute('data-level')).toBe('unknown');
      expect(row.querySelector('.diff-row__event a')?.textContent).toBe('Meadow Store lets reader apps carry one outside link (fictional)');
      expect(row.querySelector('.evidence blockquote')?.textContent).toBe("the store's earlier payment rules are replaced");
    }
  });

  it('marks the value that rests on an opinion piece alone, on its page and in the export', () => {
    const doc = page('en/platforms/kite-music');
    const mention = doc.querySelector('.history-table tbody[data-surface="store-listing"] [data-capability="mention-price"]');
    expect(mention?.getAttribute('data-opinion')).toBe('true');
    expect(mention?.querySelector('.badge--opinion')?.textContent).toBe('Opinion');
    const data = JSON.parse(readFileSync(join(out, 'data/treatments.json'), 'utf8')) as TreatmentsFile;
    const record = data.records.find((r) => r.platform === 'kite-music' && r.surface === 'store-listing')!;
    expect(record).toMatchObject({ capabilities: { 'mention-price': 'no' }, opinion: ['mention-price'], evidence: [{ source: 'dev-column-2022', quote: 'Kite Music still cannot mention its web price' }] });
    // The general change ends the periods it ends: validUntil is its day.
    const prohibited = data.records.find((r) => r.platform === 'pebble-notes' && r.surface === 'in-app-button' && r.linkKind === 'purchase')!;
    expect(prohibited).toMatchObject({ level: 'prohibited', validFrom: '2020-03-01', validUntil: '2022-07-01', opinion: [] });
  });

  it('draws its charts as images, in both languages', () => {
    for (const lang of ['zh', 'en']) {
      for (const name of ['matrix-2022-07-01', 'diff-2020-03-01-2022-07-01', 'platform-lantern-reader']) {
        const svg = readFileSync(join(out, `images/${lang}/${name}.svg`), 'utf8');
        expect(svg).toContain(`<title id="image-${name}-title">`);
        const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
        const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
        expect(pngSize(join(out, `images/${lang}/${name}.png`))).toEqual({ width, height });
      }
    }
    const diff = readFileSync(join(out, 'images/en/diff-2020-03-01-2022-07-01.svg'), 'utf8');
    expect(diff).toContain('>ended<');
    expect(diff).toContain('Allowed with a notice');
  });

  it('publishes none of the archived source texts', () => {
    // Every archive of this set says it is "fictional text for a test fixture"; nothing published does.
    for (const file of files(out)) {
      if (/\.(png|pdf|woff2?|wasm|pf_\w+)$/.test(file)) continue;
      expect(readFileSync(file, 'utf8').includes('fictional text for a test fixture'), file).toBe(false);
    }
    expect(files(out).some((f) => f.includes('/archive/'))).toBe(false);
  });
});
