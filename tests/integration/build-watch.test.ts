/**
 * `npm run build -- --watch` on a real site (the small second content set,
 * tests/fixtures/app-store, copied so it can be edited): it builds, then an edit to an event's
 * English title is built by the process that was waiting, and the page shows it, as is every
 * save of a file an editor replaces by renaming a new file over it; a save that
 * breaks the content is refused with its file, line and field while the output stays as it
 * was, and the fix is built from the pages of the last build (a refusal must not cost the next
 * build its cache); the build waiting for a save holds the cache, and a build started by hand
 * meanwhile is refused, naming its process;
 * Ctrl-C (SIGINT) stops the watcher and leaves no build running.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'watch-site-'));
const content = join(parent, 'content');
const out = join(parent, 'site');
const cache = join(parent, 'astro-cache');
const EVENT = join(content, 'events/2022-06-15-reader-links.mdx');
const PAGE = join(out, 'en/events/reader-links/index.html');
// One day for every build here (src/build/build-day.ts): a rebuild after midnight in China renders every page.
const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };

let watcher: ChildProcess;
let output = '';
let listeners: (() => void)[] = [];

/** Waits until the watcher's output after `from` has a line matching `line` (or the watcher ends). */
function heard(line: RegExp, from: number): Promise<string> {
  return new Promise((done, fail) => {
    const look = () => {
      const since = output.slice(from);
      if (line.test(since)) done(since);
      else if (watcher.exitCode !== null || watcher.signalCode !== null) fail(new Error(`the watcher ended:\n${output}`));
      else listeners.push(look);
    };
    look();
  });
}

/** Edits the event file and waits for the build it starts to end: the output since the edit. */
async function save(from: string, to: string, ending: RegExp): Promise<string> {
  const mark = output.length;
  const text = readFileSync(EVENT, 'utf8');
  if (!text.includes(from)) throw new Error(`the fixture no longer says "${from}": update this test's edit`);
  writeFileSync(EVENT, text.replace(from, to));
  return heard(ending, mark);
}

beforeAll(async () => {
  cpSync(resolve(ROOT, 'tests/fixtures/app-store'), content, { recursive: true });
  watcher = spawn(process.execPath, ['scripts/build.ts', '--out', out, '--no-pdf', '--watch'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const hear = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners.splice(0)) listener();
  };
  watcher.stdout!.on('data', hear);
  watcher.stderr!.on('data', hear);
  watcher.once('exit', () => {
    for (const listener of listeners.splice(0)) listener();
  });
  await heard(/^◦ watching/m, 0);
});

afterAll(() => {
  if (watcher.exitCode === null && watcher.signalCode === null) watcher.kill('SIGKILL');
  rmSync(parent, { recursive: true, force: true });
});

describe('npm run build -- --watch', () => {
  it('builds, and says it is watching the content and the code', () => {
    expect(output).toMatch(/^✓ built .* in [\d.]+ s/m);
    expect(output).toMatch(/^◦ watching .*content\/, src\/, public\/, scripts\/ and the config \(Ctrl-C stops\)$/m);
    expect(readFileSync(PAGE, 'utf8')).toContain('Meadow Store lets reader apps carry one outside link (fictional)');
  });

  it('builds an edit to the content, and the page shows it', async () => {
    const since = await save('Meadow Store lets reader apps carry one outside link (fictional)', 'Meadow Store lets reader apps carry a single outside link (fictional)', /^◦ watching/m);
    expect(since).toMatch(/^✓ pages, \d+ reused from the last build/m);
    expect(since).toMatch(/^✓ built .* in [\d.]+ s \(start-up [\d.]+ s/m);
    expect(readFileSync(PAGE, 'utf8')).toContain('Meadow Store lets reader apps carry a single outside link (fictional)');
  });

  it('builds every save of a file that the editor replaces (a new file renamed over it), not only the first', async () => {
    // As vim, sed -i and "safe write" editors save. Node's recursive fs.watch lost the file after the first such save.
    const replace = async (from: string, to: string) => {
      const mark = output.length;
      const text = readFileSync(EVENT, 'utf8');
      if (!text.includes(from)) throw new Error(`the fixture no longer says "${from}": update this test's edit`);
      const saved = join(content, 'events', '.reader-links.mdx.saving');
      writeFileSync(saved, text.replace(from, to));
      renameSync(saved, EVENT);
      return heard(/^◦ watching/m, mark);
    };
    for (const [from, to] of [
      ['carry a single outside link', 'carry exactly one outside link'],
      ['carry exactly one outside link', 'carry one outside link'],
    ]) {
      const since = await replace(from!, to!);
      expect(since).toMatch(/^✓ built /m);
      expect(readFileSync(PAGE, 'utf8')).toContain(`Meadow Store lets reader apps ${to} (fictional)`);
    }
  });

  it('refuses a save that breaks the content, with file, line and field, and keeps the output; then builds the fix', async () => {
    const before = readFileSync(PAGE, 'utf8');
    const refused = await save('date: "2022-06-15"', 'date: "2022-06-31"', /^◦ watching/m);
    expect(refused).toMatch(/2022-06-15-reader-links\.mdx:3/);
    expect(refused).toMatch(/\bdate\b/);
    expect(refused).toContain(`✗ the build failed: ${out}/ is as it was; save a file to build again`);
    expect(refused).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m); // no stack trace
    expect(readFileSync(PAGE, 'utf8')).toBe(before);
    const fixed = await save('date: "2022-06-31"', 'date: "2022-06-15"', /^◦ watching/m);
    expect(fixed).toMatch(/^✓ built /m);
    // The refused build wrote no page, so the last build's pages are reused as they were.
    expect(fixed).toMatch(/^✓ pages, \d+ reused from the last build/m);
  });

  it('holds the cache while it waits for a save, and refuses a build started by hand meanwhile, naming the process', async () => {
    // The build waiting for the next save has linked the last build's pages and read them
    // for the search index: it holds the cache's lock until it has built.
    const lock = join(cache, 'wlp-build.lock');
    const holder = Number(readFileSync(lock, 'utf8').trim());
    expect(holder).not.toBe(watcher.pid);
    expect(() => process.kill(holder, 0)).not.toThrow(); // a running process
    const byHand = await new Promise<{ code: number | null; stderr: string }>((done) =>
      execFile(process.execPath, ['scripts/build.ts', '--out', out, '--no-pdf'], { cwd: ROOT, env, timeout: 300_000 }, (error, _stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
      ),
    );
    expect(byHand.code).toBe(1);
    expect(byHand.stderr).toContain(`Build failed: another build (process ${holder}) is using the cache in ${cache} now.`);
    expect(byHand.stderr).toContain('`npm run build -- --watch` holds the cache while it waits for a save');
    expect(byHand.stderr).toContain(`the previous output in ${out} is unchanged`);
    expect(byHand.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    // The refused build left the lock to its holder.
    expect(readFileSync(lock, 'utf8').trim()).toBe(String(holder));
  });

  it('stops on Ctrl-C, leaving no build running and the lock free', async () => {
    const mark = output.length;
    const stopped = new Promise<number | null>((done) => watcher.once('exit', (code) => done(code)));
    watcher.kill('SIGINT');
    expect(await stopped).toBe(0);
    expect(output.slice(mark)).toContain('◦ stopped watching');
    // The watcher ends once the build waiting for a save has, and that lets go of the cache.
    expect(existsSync(join(cache, 'wlp-build.lock'))).toBe(false);
  });
});
