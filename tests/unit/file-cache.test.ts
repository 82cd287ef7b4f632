import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFolder, cacheKey, fileCache } from '../../src/build/file-cache.ts';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wlp-cache-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.WLP_CACHE_DIR;
});

describe('cacheKey', () => {
  it('changes with any part, and with where parts are split', () => {
    const key = cacheKey('<svg/>', '2', 'fonts');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey('<svg/>', '2', 'fonts')).toBe(key);
    expect(cacheKey('<svg/>', '1', 'fonts')).not.toBe(key);
    expect(cacheKey('<svg/>2', '', 'fonts')).not.toBe(key);
    expect(cacheKey(new TextEncoder().encode('<svg/>'), '2', 'fonts')).toBe(key);
  });
});

describe('fileCache', () => {
  it('misses, then returns exactly what was written, leaving no temporary file', () => {
    const dir = folder();
    const cache = fileCache(dir, '.png');
    expect(cache.read('k1')).toBeUndefined();
    expect(cache.hit('k1')).toBeUndefined();
    cache.write('k1', new Uint8Array([1, 2, 3]));
    expect([...cache.read('k1')!]).toEqual([1, 2, 3]);
    expect(cache.hit('k1')).toBe(join(dir, 'k1.png'));
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('prunes entries unused for a week, and a hit counts as use', () => {
    const dir = folder();
    const cache = fileCache(dir, '.pdf');
    for (const key of ['old', 'used', 'fresh']) cache.write(key, new Uint8Array([0]));
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    for (const key of ['old', 'used']) utimesSync(join(dir, `${key}.pdf`), eightDaysAgo, eightDaysAgo);
    expect(cache.hit('used')).toBeDefined();
    expect(statSync(join(dir, 'used.pdf')).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    cache.prune();
    expect(readdirSync(dir).sort()).toEqual(['fresh.pdf', 'used.pdf']);
  });

  it('prunes nothing when the folder does not exist yet', () => {
    const dir = join(folder(), 'not-yet');
    fileCache(dir, '.png').prune();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('cacheFolder', () => {
  it('lives under WLP_CACHE_DIR when set, else node_modules/.cache/wlp', () => {
    expect(cacheFolder('png')).toBe(join(process.cwd(), 'node_modules/.cache/wlp/png'));
    process.env.WLP_CACHE_DIR = '/tmp/bench-cache-wlp';
    expect(cacheFolder('pdf')).toBe('/tmp/bench-cache-wlp/pdf');
  });
});
