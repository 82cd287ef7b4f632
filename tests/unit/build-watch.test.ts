/**
 * The pieces of `npm run build -- --watch` and of one build at a time:
 * - which saved files ask for a build, and of which kind (scripts/watch.ts `changeOf`);
 * - when builds run (`Rebuilds`): saves close together make one build, a save during a build
 *   one more after it, a content save is built by the process waiting with Astro loaded, a
 *   code save by a new one;
 * - the cache's lock (src/build/build-lock.ts): taken by one build, refused to another while
 *   its holder runs, taken over from one that ended.
 * The watcher itself, building a real site after real saves, is tested in
 * tests/integration/build-watch.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BUILD_LOCK, takeBuildLock } from '../../src/build/build-lock.ts';
import { changeOf, Rebuilds, type BuildProcess } from '../../scripts/watch.ts';
import { tempFolders } from '../support/temp-folder.ts';

const folder = tempFolders('wlp-watch-');

describe('which saves ask for a build', () => {
  const where = { root: '/site', content: '/site/content', out: '/site/dist' };

  it('the content, at any depth, asks for a build by the waiting process', () => {
    expect(changeOf('/site/content/events/2021-09-wechat.mdx', where)).toBe('content');
    expect(changeOf('/site/content/sources/a.yaml', where)).toBe('content');
    expect(changeOf('/elsewhere/content/events/x.mdx', { ...where, content: '/elsewhere/content' })).toBe('content');
  });

  it("the code, the config, the packages and the site's settings (read with the config) ask for a new process", () => {
    for (const file of ['/site/src/pages/index.astro', '/site/public/embed/loader.js', '/site/scripts/build.ts', '/site/astro.config.mjs', '/site/package-lock.json', '/site/content/site.yaml']) {
      expect(changeOf(file, where), file).toBe('code');
    }
    expect(changeOf('/elsewhere/content/site.yaml', { ...where, content: '/elsewhere/content' })).toBe('code');
    expect(changeOf('/site/content/events/site.yaml', where)).toBe('content');
  });

  it("the output, its staging, the caches, the tests, other files and editors' scratch files ask for nothing", () => {
    for (const file of [
      '/site/dist/index.html',
      '/site/.build/staging-12/index.html',
      '/site/node_modules/.astro/data-store.json',
      '/site/tests/unit/a.test.ts',
      '/site/README.md',
      '/site/src',
      '/site/content/events/.2021-09-wechat.mdx.swp',
      '/site/content/events/2021-09-wechat.mdx~',
      '/site/content/events/4913',
      '/site/src/#Page.astro#',
    ]) {
      expect(changeOf(file, where), file).toBeUndefined();
    }
  });
});

/** A build process as the rebuilds see it, ended by the test. */
function fakeProcess(waiting: boolean) {
  let end!: (code: number | null) => void;
  const ended = new Promise<number | null>((done) => (end = done));
  const process = { waiting, begun: !waiting, stopped: false, end, begin: () => void (process.begun = true), stop: () => void (process.stopped = true), ended } satisfies BuildProcess & Record<string, unknown>;
  return process;
}

function rebuilds() {
  const started: ReturnType<typeof fakeProcess>[] = [];
  const built: (number | null)[] = [];
  const watch = new Rebuilds({
    start: (waiting) => {
      const process = fakeProcess(waiting);
      started.push(process);
      return process;
    },
    built: (code) => built.push(code),
    settle: 50,
  });
  return { watch, started, built };
}

/** Runs a test under fake timers. */
async function withFakeTimers(test: () => Promise<void>): Promise<void> {
  vi.useFakeTimers();
  try {
    await test();
  } finally {
    vi.useRealTimers();
  }
}

/** Rebuilds whose first build has ended well, with a process now waiting. */
async function afterFirstBuild() {
  const made = rebuilds();
  void made.watch.first();
  made.started[0]!.end(0);
  await vi.advanceTimersByTimeAsync(0);
  return made;
}

const settle = async () => {
  await vi.advanceTimersByTimeAsync(60);
};

describe('when builds run', () => {
  it('builds at once, then keeps a process waiting; a content save begins it, a code save starts a new one', async () => {
    vi.useFakeTimers();
    try {
      const { watch, started, built } = rebuilds();
      void watch.first();
      expect(started.map((p) => p.waiting)).toEqual([false]);
      started[0]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(built).toEqual([0]);
      expect(started.map((p) => p.waiting)).toEqual([false, true]);

      watch.saw('content');
      await settle();
      expect(started[1]!.begun).toBe(true);
      expect(watch.building).toBe(true);
      started[1]!.end(1);
      await vi.advanceTimersByTimeAsync(0);
      expect(built).toEqual([0, 1]);
      expect(watch.building).toBe(false);

      watch.saw('content');
      watch.saw('code');
      await settle();
      // The waiting process loaded the old code: stopped, and a new one builds once it has
      // ended (it holds the cache's lock till then).
      expect(started[2]!.stopped).toBe(true);
      expect(started[2]!.begun).toBe(false);
      expect(started).toHaveLength(3);
      started[2]!.end(null);
      await vi.advanceTimersByTimeAsync(0);
      expect(started[3]).toMatchObject({ waiting: false, begun: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a waiting process that ends before the save (it could not take the lock, say) is not told: the save starts a new one', () =>
    withFakeTimers(async () => {
      const { watch, started, built } = await afterFirstBuild();
      started[1]!.end(1);
      await vi.advanceTimersByTimeAsync(0);
      // It said why itself; it is no build of the watcher's.
      expect(built).toEqual([0]);
      watch.saw('content');
      await settle();
      expect(started[1]!.begun).toBe(false);
      expect(started[2]).toMatchObject({ waiting: false, begun: true });
      started[2]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(built).toEqual([0, 0]);
      expect(started[3]).toMatchObject({ waiting: true, begun: false });
    }));

  it('saves close together make one build, and saves during a build one more after it', async () => {
    vi.useFakeTimers();
    try {
      const { watch, started, built } = rebuilds();
      void watch.first();
      started[0]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      for (let i = 0; i < 5; i++) {
        watch.saw('content');
        await vi.advanceTimersByTimeAsync(20);
      }
      await settle();
      expect(started.filter((p) => p.begun)).toHaveLength(2);
      // Saved twice while the build runs: nothing starts until it ends, then one build.
      watch.saw('content');
      await settle();
      watch.saw('content');
      await settle();
      expect(started.filter((p) => p.begun)).toHaveLength(2);
      started[1]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(built).toEqual([0, 0]);
      expect(started[2]!.begun).toBe(true);
      started[2]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      await settle();
      expect(started.filter((p) => p.begun)).toHaveLength(3);
      expect(started.at(-1)!.begun).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stopping stops the waiting process, waits for it to end, and builds no more', async () => {
    vi.useFakeTimers();
    try {
      const { watch, started } = rebuilds();
      void watch.first();
      started[0]!.end(0);
      await vi.advanceTimersByTimeAsync(0);
      let stopped = false;
      const stopping = watch.stop().then(() => (stopped = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(started[1]!.stopped).toBe(true);
      // Not stopped until the waiting process has ended: it holds the cache's lock till then.
      expect(stopped).toBe(false);
      started[1]!.end(null);
      await stopping;
      watch.saw('content');
      await settle();
      expect(started).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('one build at a time on a cache', () => {
  it('takes the lock, refuses it to another process while the holder runs, and releases it', async () => {
    const cache = folder({});
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const taken = takeBuildLock(cache, holder.pid!);
      expect('release' in taken).toBe(true);
      expect(readFileSync(join(cache, BUILD_LOCK), 'utf8')).toBe(String(holder.pid));
      expect(takeBuildLock(cache)).toEqual({ heldBy: holder.pid });
      if ('release' in taken) taken.release();
      expect(existsSync(join(cache, BUILD_LOCK))).toBe(false);
      const mine = takeBuildLock(cache);
      expect('release' in mine).toBe(true);
      if ('release' in mine) mine.release();
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that has ended, and leaves another holder its lock', async () => {
    const cache = folder({});
    const ended = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => ended.once('exit', done));
    writeFileSync(join(cache, BUILD_LOCK), String(ended.pid));
    const taken = takeBuildLock(cache);
    expect('release' in taken).toBe(true);
    expect(readFileSync(join(cache, BUILD_LOCK), 'utf8')).toBe(String(process.pid));
    // Released by a process that no longer holds it (another took it over): left alone.
    writeFileSync(join(cache, BUILD_LOCK), '1');
    if ('release' in taken) taken.release();
    expect(readFileSync(join(cache, BUILD_LOCK), 'utf8')).toBe('1');
  });
});
