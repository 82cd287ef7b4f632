/**
 * The real build command on bad content, once: the content check's verdict comes before
 * Astro writes a page (it runs while Astro sets up and bundles; the code in the bad body is
 * never compiled or run), the build stops with the problem (file:line — field: message) and nothing
 * of Astro's, and the previous output stays exactly as it was. Every case
 * of the bad-content corpus goes through the same check in-process, in
 * tests/unit/content-checks.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { materialize } from '../support/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

it('npm run build on bad content: the check runs first, names the file, line and field, and keeps the previous output', async () => {
  const content = materialize();
  const marker = join(mkdtempSync(join(tmpdir(), 'ran-')), 'body-code-ran');
  // If anything compiled or ran this body before the check refused it, the marker would exist.
  const bad = [
    '---',
    'id: bad',
    'date: "2021-05-14"',
    'title: { zh: 坏事件, en: A bad event }',
    'summary: { zh: 坏事件的摘要。, en: Summary of the bad event. }',
    'actors: [tencent]',
    'sources: [news-a]',
    '---',
    '',
    '<Zh>坏事件。<Cite src="news-a" /></Zh>',
    '',
    `<En>A bad event. {(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')} <Cite src="news-a" /></En>`,
    '',
  ];
  writeFileSync(join(content, 'events', 'bad.mdx'), bad.join('\n'));
  const parent = mkdtempSync(join(tmpdir(), 'previous-'));
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
  const out = join(parent, 'dist');
  mkdirSync(join(out, 'events'), { recursive: true });
  const previous = '<!doctype html><title>last good build</title>';
  writeFileSync(join(out, 'index.html'), previous);
  writeFileSync(join(out, 'events', 'marker.txt'), 'kept');

  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['scripts/build.ts', '--out', out], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(parent, 'astro-cache') }, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });

  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${join(content, 'events', 'bad.mdx')}:12 — body: must not contain JavaScript expressions`);
  expect(result.stderr).toContain('the previous output');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  // The check came first: no step after it ran, nothing was staged, the body's code never ran.
  expect(result.stdout).not.toMatch(/✓ (content|pages)/);
  // Nothing of Astro's, which was setting up meanwhile: no log line with its labels.
  expect(result.stdout + result.stderr).not.toMatch(/\[(build|content|types|vite|WARN|ERROR)\]/);
  expect(existsSync(join(parent, '.build')) ? readdirSync(join(parent, '.build')) : []).toEqual([]);
  expect(existsSync(marker)).toBe(false);
  // The previous output is exactly as it was.
  expect(readdirSync(out).sort()).toEqual(['events', 'index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(previous);
  expect(readFileSync(join(out, 'events', 'marker.txt'), 'utf8')).toBe('kept');
});

it('a bare `astro build` (no build script) on bad content: the content guard refuses it, naming the file, line and field', async () => {
  // The integration in astro.config.mjs (src/validation/astro-integration.ts), which loads
  // its checks only when it runs them; `astro dev` logs the same problems instead.
  const content = materialize();
  writeFileSync(
    join(content, 'events', 'bad.mdx'),
    ['---', 'id: bad', 'date: "2021-02-30"', 'title: { zh: 坏事件, en: A bad event }', 'summary: { zh: 坏事件的摘要。, en: Summary. }', 'actors: [tencent]', 'sources: [news-a]', '---', '', '<Zh>坏事件。<Cite src="news-a" /></Zh>', '', '<En>A bad event. <Cite src="news-a" /></En>', ''].join('\n'),
  );
  const parent = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
  const { CONTENT_CHECKED: _, ...env } = process.env;
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(parent, 'dist')],
      { cwd: ROOT, env: { ...env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain(`${join(content, 'events', 'bad.mdx')}:3 — date: "2021-02-30" is not a real date`);
  // The report, and no frames of code: Astro prints an integration's error with its stack.
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(join(parent, 'dist', 'index.html'))).toBe(false);
});
