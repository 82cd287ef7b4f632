/**
 * The build's background deleter (scripts/delete-in-background.ts): it deletes the folders it
 * is given whole, and in a `prune:` folder every file, at any depth, untouched for a week,
 * keeping the rest (an image the last build read, V8's code compiled this week).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneDaily, pruneFiles } from '../../scripts/delete-in-background.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-deleter-');
const SCRIPT = resolve(import.meta.dirname, '../../scripts/delete-in-background.ts');

/** Sets a file's times to `days` days ago. */
function age(file: string, days: number) {
  const then = new Date(Date.now() - days * 86_400_000);
  utimesSync(file, then, then);
}

describe('the background deleter', () => {
  it('deletes a folder whole, and prunes the files of a cache untouched for a week', () => {
    const output = folder({ 'index.html': 'old output', 'events/a/index.html': 'a' });
    const cache = folder({ '.pruned': '', 'png/old.png': 'old', 'png/new.png': 'new', 'node-compile/v24/deep/old': 'old code', 'node-compile/v24/deep/new': 'new code', 'text-runs/k.json': '{}' });
    age(join(cache, '.pruned'), 2);
    age(join(cache, 'png/old.png'), 8);
    age(join(cache, 'node-compile/v24/deep/old'), 30);
    age(join(cache, 'text-runs/k.json'), 6);
    const run = spawnSync(process.execPath, [SCRIPT, output, `prune:${cache}`, join(cache, 'not-there')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(join(cache, 'png/old.png'))).toBe(false);
    expect(existsSync(join(cache, 'node-compile/v24/deep/old'))).toBe(false);
    expect(existsSync(join(cache, 'png/new.png'))).toBe(true);
    expect(existsSync(join(cache, 'node-compile/v24/deep/new'))).toBe(true);
    expect(existsSync(join(cache, 'text-runs/k.json'))).toBe(true);
  });

  it('prunes by the time given, and passes over a folder that is not there', () => {
    const cache = folder({ 'a/b': 'b', c: 'c' });
    age(join(cache, 'c'), 2);
    pruneFiles(cache, Date.now() - 86_400_000);
    expect(existsSync(join(cache, 'c'))).toBe(false);
    expect(existsSync(join(cache, 'a/b'))).toBe(true);
    expect(() => pruneFiles(join(cache, 'gone'), Date.now())).not.toThrow();
  });

  it('prunes a folder at most once a day, the first time a day after it is first asked to', () => {
    const cache = folder({ old: 'old' });
    age(join(cache, 'old'), 8);
    const now = Date.now();
    // Never pruned: marked now, pruned from tomorrow.
    expect(pruneDaily(cache, now - 25 * 3_600_000)).toBe(false);
    expect(existsSync(join(cache, 'old'))).toBe(true);
    age(join(cache, '.pruned'), 25 / 24);
    expect(pruneDaily(cache, now)).toBe(true);
    expect(existsSync(join(cache, 'old'))).toBe(false);
    const again = join(cache, 'again');
    writeFileSync(again, 'again');
    age(again, 8);
    expect(pruneDaily(cache, now + 3_600_000)).toBe(false);
    expect(existsSync(again)).toBe(true);
    expect(pruneDaily(cache, now + 25 * 3_600_000)).toBe(true);
    expect(existsSync(again)).toBe(false);
    expect(pruneDaily(join(cache, 'not-there'), now)).toBe(false);
  });
});
