/**
 * The real build command on good content: it replaces the previous output as a whole (nothing
 * of the old output survives in the new one), and the old output it moved aside is deleted in
 * the background, together with any a killed build left behind.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { materialize } from '../support/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'build-swap-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

it('replaces the previous output and deletes the old one in the background', async () => {
  const out = join(parent, 'site');
  mkdirSync(join(out, 'events'), { recursive: true });
  writeFileSync(join(out, 'stale.html'), '<!doctype html><title>old page</title>');
  // What a build killed mid-swap leaves: an old output under a process id that is gone.
  const work = join(parent, '.build');
  mkdirSync(join(work, 'previous-999999999', 'events'), { recursive: true });
  // …and what a build killed while Astro was writing leaves: its staging folder.
  mkdirSync(join(work, 'staging-999999998', 'events'), { recursive: true });

  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['scripts/build.ts', '--out', out], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: materialize() } }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });

  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/✓ built .*site\/ in \d+\.\d s \(start-up \d+\.\d s, swap \d+\.\d s\)/);
  expect(existsSync(join(out, 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'en', 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'stale.html'))).toBe(false);
  // This content has no treatment data: the chart pages and embeds still build, and say so.
  expect(readFileSync(join(out, 'en', 'embed', 'diff', 'index.html'), 'utf8')).toContain(t('en', 'embed.noChanges'));
  expect(readFileSync(join(out, 'en', 'diff', 'index.html'), 'utf8')).not.toContain('1970');
  // The replaced output and the leftover are gone once the background deletion finishes.
  expect(await eventually(() => readdirSync(work).length === 0, 5 * 60_000), readdirSync(work).join(', ')).toBe(true);
});
