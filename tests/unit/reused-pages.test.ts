import { existsSync, linkSync, mkdirSync, mkdtempSync, promises as fsp, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cachedPagesFolder,
  forgetPreviousBuild,
  linkCachedPages,
  manifestOutputs,
  recordCachedPages,
  REUSE_RECORD,
  settleLinks,
  writesReplaceLinkedFiles,
} from '../../src/build/reused-pages.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-reuse-');

/** Astro's manifest as its incremental build writes it (astro/dist/core/build/incremental.js), for the given pages. */
const manifest = (pages: Record<string, string>) =>
  JSON.stringify({
    version: 1,
    routes: {
      'src/pages/[slug].astro': {
        dependencyHash: 'h',
        paths: Object.fromEntries(Object.keys(pages).map((file) => [`/${file.replace(/index\.html$/, '')}`, { cacheKey: 'k', outputFile: file }])),
      },
    },
  });

/** An Astro cache holding these pages, as a successful build leaves it (with our record), and an empty staging folder. */
function lastBuild(pages: Record<string, string>) {
  const cache = folder({
    'incremental-build.json': manifest(pages),
    ...Object.fromEntries(Object.entries(pages).map(([file, text]) => [`dist/${file}`, text])),
  });
  recordCachedPages(cache, 'checked with these');
  const staging = join(folder({}), 'staging');
  mkdirSync(staging);
  return { cache, staging };
}

describe('pages reused from the last build are linked, not copied', () => {
  it('reads the output files from Astro’s manifest, and none when there is no manifest or it is not JSON', () => {
    const { cache } = lastBuild({ 'index.html': 'home', 'en/about/index.html': 'about' });
    expect(manifestOutputs(cache).sort()).toEqual(['en/about/index.html', 'index.html']);
    expect(manifestOutputs(folder({}))).toEqual([]);
    expect(manifestOutputs(folder({ 'incremental-build.json': '{"routes": ' }))).toEqual([]);
  });

  it('links each recorded page into staging: the same file as the cached copy', async () => {
    const { cache, staging } = lastBuild({ 'index.html': 'home', 'en/about/index.html': 'about' });
    const linked = await linkCachedPages(cache, staging);
    expect([...linked.files.keys()].sort()).toEqual(['en/about/index.html', 'index.html']);
    expect(readFileSync(join(staging, 'en/about/index.html'), 'utf8')).toBe('about');
    expect(statSync(join(staging, 'en/about/index.html')).ino).toBe(statSync(join(cachedPagesFolder(cache), 'en/about/index.html')).ino);
    expect(linked.discarded).toEqual([]);
  });

  it('says what the last build checked its pages against, and nothing for a record from before that was kept', async () => {
    const { cache, staging } = lastBuild({ 'index.html': 'home' });
    const linked = await linkCachedPages(cache, staging);
    expect(linked.checkedWith).toBe('checked with these');
    // The record as builds before wrote it: the stamps alone. They are still linked; their checks are not known.
    const record = JSON.parse(readFileSync(join(cache, REUSE_RECORD), 'utf8')) as { pages: unknown };
    writeFileSync(join(cache, REUSE_RECORD), JSON.stringify(record.pages));
    const older = await linkCachedPages(cache, join(folder({}), 'staging'));
    expect([...older.files.keys()]).toEqual(['index.html']);
    expect(older.checkedWith).toBe('');
  });

  it('links nothing the last build did not record, so a first build after an older one copies as Astro does', async () => {
    const { cache, staging } = lastBuild({ 'index.html': 'home' });
    forgetPreviousBuild(cache);
    writeFileSync(join(cache, 'incremental-build.json'), manifest({ 'index.html': 'home' }));
    expect((await linkCachedPages(cache, staging)).files.size).toBe(0);
    expect(existsSync(join(staging, 'index.html'))).toBe(false);
  });

  // /dev/shm is a memory disk on Linux: another device than the temporary folder, as an output on another disk would be.
  const otherDisk = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.skipIf(!otherDisk)('links nothing when staging is on another disk than the cache, and does not fail: Astro copies', async () => {
    const { cache } = lastBuild({ 'index.html': 'home', 'en/index.html': 'home (en)' });
    const staging = mkdtempSync('/dev/shm/wlp-reuse-');
    try {
      const linked = await linkCachedPages(cache, staging);
      expect(linked.files.size).toBe(0);
      expect(existsSync(join(staging, 'index.html'))).toBe(false);
      // The folders made for the links are not left empty.
      settleLinks(cache, staging, linked);
      expect(existsSync(join(staging, 'en'))).toBe(false);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });

  it('discards a cached copy changed since it was recorded (a deploy step edited the published page in place), so Astro renders it again', async () => {
    const { cache, staging } = lastBuild({ 'index.html': 'home', 'en/index.html': 'home (en)' });
    writeFileSync(join(cachedPagesFolder(cache), 'en/index.html'), 'home (en) <script>analytics</script>');
    const linked = await linkCachedPages(cache, staging);
    expect([...linked.files.keys()]).toEqual(['index.html']);
    expect(linked.discarded).toEqual(['en/index.html']);
    expect(existsSync(join(cachedPagesFolder(cache), 'en/index.html'))).toBe(false);
    expect(existsSync(join(staging, 'en/index.html'))).toBe(false);
  });

  it('makes a write or a copy onto a file with another name make a new file, leaving the other name as it was, until restored', async () => {
    const dir = folder({ 'staging/page.html': 'old', 'alone.html': 'one name' });
    const published = join(dir, 'published.html');
    linkSync(join(dir, 'staging/page.html'), published);
    const alone = statSync(join(dir, 'alone.html')).ino;
    const restore = writesReplaceLinkedFiles();
    try {
      // Astro passes file URLs.
      await fsp.writeFile(pathToFileURL(join(dir, 'staging/page.html')), 'new');
      await fsp.writeFile(join(dir, 'staging/new.html'), 'made');
      await fsp.writeFile(join(dir, 'alone.html'), 'still one name');
      // Astro copies a cached page it finds missing from the output: the same for a copy.
      linkSync(join(dir, 'alone.html'), join(dir, 'staging/copied.html'));
      writeFileSync(join(dir, 'source.html'), 'copied');
      await fsp.copyFile(join(dir, 'source.html'), join(dir, 'staging/copied.html'));
    } finally {
      restore();
    }
    expect(readFileSync(join(dir, 'staging/copied.html'), 'utf8')).toBe('copied');
    expect(statSync(join(dir, 'staging/copied.html')).nlink).toBe(1);
    expect(readFileSync(join(dir, 'staging/page.html'), 'utf8')).toBe('new');
    expect(readFileSync(published, 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'staging/new.html'), 'utf8')).toBe('made');
    // A file with one name is written in place, as always.
    expect(statSync(join(dir, 'alone.html')).ino).toBe(alone);
    expect(readFileSync(join(dir, 'alone.html'), 'utf8')).toBe('still one name');
    // Restored: a write goes into a shared file again.
    linkSync(published, join(dir, 'third.html'));
    await fsp.writeFile(published, 'through');
    expect(readFileSync(join(dir, 'third.html'), 'utf8')).toBe('through');
  });

  it('after the build, keeps the links Astro claimed or replaced, removes those it did not, and names any written in place', async () => {
    const { cache, staging } = lastBuild({ 'a/index.html': 'a', 'b/index.html': 'b', 'gone/deep/index.html': 'gone', 'c/index.html': 'c', 'd/index.html': 'd' });
    const linked = await linkCachedPages(cache, staging);
    // The new build: "gone" no longer exists, "b" was rendered again (a file of its own), "c" was written through the link, "d"'s link was deleted.
    writeFileSync(join(cache, 'incremental-build.json'), manifest({ 'a/index.html': '', 'b/index.html': '', 'c/index.html': '', 'd/index.html': '' }));
    rmSync(join(staging, 'd/index.html'));
    const restore = writesReplaceLinkedFiles();
    await fsp.writeFile(join(staging, 'b/index.html'), 'b, rendered again');
    restore();
    writeFileSync(join(staging, 'c/index.html'), 'c, written in place');
    const settled = settleLinks(cache, staging, linked);
    expect([...settled.reused]).toEqual(['a/index.html']);
    expect(settled.removed).toEqual(['gone/deep/index.html']);
    expect(settled.overwritten).toEqual(['c/index.html']);
    // The folders it leaves empty go too (a site without an address has no oembed/ at all).
    expect(existsSync(join(staging, 'gone'))).toBe(false);
    expect(existsSync(join(staging, 'd'))).toBe(false);
    expect(existsSync(join(staging, 'a'))).toBe(true);
    expect(existsSync(staging)).toBe(true);
    expect(readFileSync(join(staging, 'a/index.html'), 'utf8')).toBe('a');
    expect(readFileSync(join(staging, 'b/index.html'), 'utf8')).toBe('b, rendered again');
  });

  it('forgets the previous build: Astro’s manifest and the record both go', () => {
    const { cache } = lastBuild({ 'index.html': 'home' });
    expect(existsSync(join(cache, REUSE_RECORD))).toBe(true);
    forgetPreviousBuild(cache);
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
    expect(existsSync(join(cache, REUSE_RECORD))).toBe(false);
    forgetPreviousBuild(cache);
  });
});
