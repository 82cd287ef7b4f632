/**
 * The project's commands (build, pdf, serve, the benchmarks' content generator) as a person
 * types them: a mistyped option or a bad value is named in one line with the command's
 * usage and exit code 2, never a stack trace; --help prints the usage; serve says why it
 * cannot start. Each command is run as a process, as `npm run …` runs it; none gets as far
 * as building or printing anything.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs a command's script with these arguments (in `cwd`, the project by default); its exit
 * code and output. A command that does not stop is stopped after a minute (and the test
 * fails on its exit code), and none outlives its test.
 */
function run(script: string, args: readonly string[], cwd = ROOT, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const { PAPER: _, ...env } = process.env;
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd, timeout: 60_000, env: { ...env, CONTENT_DIR: join(ROOT, 'content'), BASE_PATH: '/', ...extraEnv } });
    onTestFinished(() => void child.kill());
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const COMMANDS = [
  ['scripts/build.ts', 'Usage: npm run build -- [--out dist] [--no-pdf] [--fresh] [--watch]'],
  ['scripts/pdf.ts', 'Usage: npm run pdf -- [--dir dist]'],
  ['scripts/serve.ts', 'Usage: npm run serve -- [--dir dist] [--port 4321]'],
  ['bench/generate-content.ts', 'Usage: node bench/generate-content.ts [--events 1000]'],
] as const;

/** No line of Node's error reporting: a stack frame, the source line with its caret, an error class. */
function expectNoTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/node:internal|\bTypeError\b|\bRangeError\b|\^$/m);
}

describe('the commands’ options', { timeout: 120_000 }, () => {
  for (const [script, usage] of COMMANDS) {
    it(`${script}: an unknown option is named, with the usage, exit code 2`, async () => {
      // Given an output folder of its own too, so that a command that took the option would write nothing of the project's.
      const out = mkdtempSync(join(tmpdir(), 'options-'));
      onTestFinished(() => rmSync(out, { recursive: true, force: true }));
      const { code, stdout, stderr } = await run(script, ['--no-pdfs', '--out', join(out, 'out')]);
      expect(code).toBe(2);
      expect(stderr).toContain("Unknown option '--no-pdfs'");
      expect(stderr).toContain(usage);
      expectNoTrace(stderr);
      expect(stdout).toBe('');
    });

    it(`${script}: --help prints the usage and does nothing else`, async () => {
      const { code, stdout, stderr } = await run(script, ['--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(usage);
      expect(stderr).toBe('');
    });
  }

  it('an option that needs a value, given none, says so', async () => {
    const { code, stderr } = await run('scripts/build.ts', ['--out']);
    expect(code).toBe(2);
    expect(stderr).toContain("Option '--out <value>' argument missing");
    expectNoTrace(stderr);
  });

  it('pdf refuses a paper size it does not print, with the usage', async () => {
    const { code, stderr } = await run('scripts/pdf.ts', ['--format', 'Legal', '--out', join(tmpdir(), 'never-written')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--format: .*Legal/m);
    expect(stderr).toContain('Usage: npm run pdf --');
    expectNoTrace(stderr);
  });

  it('pdf names a briefing --only asks for that does not exist, lists those that do, and prints nothing', async () => {
    const out = join(tmpdir(), 'never-written-only');
    const { code, stderr } = await run('scripts/pdf.ts', ['--only', 'full,platform-nosuch', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('--only: no briefing is called "platform-nosuch"; the briefings are full, ');
    expect(stderr).toContain('platform-taobao');
    expect(stderr).toContain('Usage: npm run pdf --');
    expectNoTrace(stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('build refuses to replace the folder it builds from', async () => {
    // Run in an empty folder of its own: were the check gone, the build would fail there, harming nothing.
    const project = mkdtempSync(join(tmpdir(), 'project-'));
    onTestFinished(() => rmSync(project, { recursive: true, force: true }));
    for (const out of ['.', '..', '']) {
      const { code, stderr } = await run('scripts/build.ts', ['--out', out], project);
      expect(code, `--out "${out}"`).toBe(2);
      expect(stderr, `--out "${out}"`).toMatch(out ? /is the project folder or holds it/ : /--out must name a folder/);
      expectNoTrace(stderr);
    }
    const { code, stderr } = await run('scripts/build.ts', ['--out', 'src/site'], project);
    expect(code).toBe(2);
    expect(stderr).toContain('--out src/site is in src, which the command must not replace');
  });

  it('build names a SOURCE_DATE_EPOCH that is not whole seconds, and writes nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'epoch-'));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    for (const epoch of ['2026-12-04', '-1', '1.5e9']) {
      const { code, stderr } = await run('scripts/build.ts', ['--out', join(parent, 'site'), '--no-pdf'], ROOT, { SOURCE_DATE_EPOCH: epoch });
      expect(code, epoch).toBe(1);
      expect(stderr).toContain(`Build failed: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (as \`date +%s\` prints), not "${epoch}"`);
      expect(stderr).toContain('Build failed; nothing was written.');
      expectNoTrace(stderr);
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  it('the content generator names each bad number', async () => {
    const out = mkdtempSync(join(tmpdir(), 'generate-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const { code, stderr } = await run('bench/generate-content.ts', ['--events', '0', '--seed', 'x', '--treatment-share', '2', '--out', join(out, 'c')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--events must be a whole number above 0 (got "0")');
    expect(stderr).toContain('--seed must be a whole number (got "x")');
    expect(stderr).toContain('--treatment-share must be a number from 0 to 1 (got "2")');
    expectNoTrace(stderr);
    expect(existsSync(join(out, 'c'))).toBe(false);
  });

  it('serve refuses a port that is not one, a folder that is not there, and a port in use', async () => {
    const badPort = await run('scripts/serve.ts', ['--port', 'abc']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port (or PORT) must be a whole number from 0 to 65535 (got "abc")');
    expectNoTrace(badPort.stderr);

    const noFolder = await run('scripts/serve.ts', ['--dir', 'no-such-folder', '--port', '0']);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('Nothing to serve: no-such-folder/ does not exist');

    const taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    onTestFinished(() => void taken.close());
    const port = (taken.address() as AddressInfo).port;
    const inUse = await run('scripts/serve.ts', ['--dir', 'content', '--port', String(port), '--host', '127.0.0.1']);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain(`Cannot serve at http://127.0.0.1:${port}/: the port is in use`);
    expectNoTrace(inUse.stderr);
  });
});
