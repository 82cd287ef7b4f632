/**
 * The real build command, run on each bad-content case: it must stop with the problem
 * (file:line — field: message) and leave the previous output exactly as it was.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { badCases, materialize } from '../support/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function runBuild(contentDir: string, out: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.ts', '--out', out],
      // A hung build fails this test instead of stalling the suite.
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', timeout: 60_000 },
      (error, _stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

describe.concurrent.each(badCases())('npm run build with $name', (c) => {
  it('fails, names the file and field, and keeps the previous output', async ({ expect }) => {
    const content = materialize(c);
    const out = mkdtempSync(join(tmpdir(), 'previous-dist-'));
    const previous = '<!doctype html><title>last good build</title>';
    writeFileSync(join(out, 'index.html'), previous);
    mkdirSync(join(out, 'events'));
    writeFileSync(join(out, 'events', 'marker.txt'), 'kept');

    const result = await runBuild(content, out);

    expect(result.status).toBe(1);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = c.expect.line === undefined ? '(:\\d+)?' : `:${c.expect.line}`;
    expect(result.stderr).toMatch(new RegExp(`${escape(join(content, c.expect.file))}${line} — ${escape(c.expect.field)}: `));
    expect(result.stderr).toContain(c.expect.message);
    expect(result.stderr).toContain('the previous output');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(previous);
    expect(readdirSync(out).sort()).toEqual(['events', 'index.html']);
    expect(readFileSync(join(out, 'events', 'marker.txt'), 'utf8')).toBe('kept');
  });
});
