/**
 * Run advances kept between builds (src/charts/node/run-ems.ts): a run shaped in one build
 * is read back by the next, as the same number, and shaped no more; another key (other fonts,
 * another shaper) starts afresh; a file not written whole is ignored; a memo grown past its
 * limit keeps only what the last build shaped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCache } from '../../src/build/file-cache.ts';
import { runEms } from '../../src/charts/node/run-ems.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-run-ems-');

/** A shaper that counts its calls, giving each text an advance no decimal rounds exactly. */
function counting() {
  const calls: string[] = [];
  return { calls, shape: (text: string) => () => (calls.push(text), text.length / 3 + 0.1) };
}

describe('run advances kept between builds', () => {
  it('shapes each run once per face, and the next build reads them back as the same numbers', () => {
    const cache = fileCache(folder({}), '.json');
    const first = counting();
    const memo = runEms(cache, 'fonts 1');
    const a = memo.ems('Sans.ttf', 'Taobao', first.shape('Taobao'));
    expect(memo.ems('Sans.ttf', 'Taobao', first.shape('Taobao'))).toBe(a);
    memo.ems('SC.ttf', 'Taobao', first.shape('Taobao'));
    memo.ems('SC.ttf', '淘宝', first.shape('淘宝'));
    expect(first.calls).toEqual(['Taobao', 'Taobao', '淘宝']);
    memo.save();

    const next = counting();
    const again = runEms(cache, 'fonts 1');
    expect(again.ems('Sans.ttf', 'Taobao', next.shape('Taobao'))).toBe(a);
    expect(again.ems('SC.ttf', '淘宝', next.shape('淘宝'))).toBe('淘宝'.length / 3 + 0.1);
    expect(next.calls).toEqual([]);
    // Other fonts or another shaper: another key, shaped afresh.
    runEms(cache, 'fonts 2').ems('Sans.ttf', 'Taobao', next.shape('Taobao'));
    expect(next.calls).toEqual(['Taobao']);
  });

  it('writes nothing when nothing new was shaped, and ignores a file not written whole', () => {
    const dir = folder({});
    const cache = fileCache(dir, '.json');
    const memo = runEms(cache, 'k');
    memo.save();
    expect(cache.read('k')).toBeUndefined();
    writeFileSync(join(dir, 'k.json'), '{"Sans.ttf":{"Tao');
    const c = counting();
    expect(runEms(cache, 'k').ems('Sans.ttf', 'Taobao', c.shape('Taobao'))).toBe(2.1);
    expect(c.calls).toEqual(['Taobao']);
  });

  it('keeps only what the last build shaped once it holds more runs than its limit', () => {
    const cache = fileCache(folder({}), '.json');
    const c = counting();
    const memo = runEms(cache, 'k', 2);
    for (const text of ['a', 'b', 'c']) memo.ems('Sans.ttf', text, c.shape(text));
    memo.save();
    const later = runEms(cache, 'k', 2);
    later.ems('Sans.ttf', 'a', c.shape('a'));
    later.ems('Sans.ttf', 'd', c.shape('d'));
    later.save();
    expect(JSON.parse(cache.read('k')!.toString('utf8'))).toEqual({ 'Sans.ttf': { d: 'd'.length / 3 + 0.1 } });
  });
});
