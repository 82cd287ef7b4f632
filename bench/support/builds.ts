/**
 * The two builds the build benchmarks time, each in its own process with its own Astro cache:
 * the full site build (scripts/build.ts: content checks → Astro → Pagefind) and the bare Astro
 * build of the same MDX files (bench/bare). The site build runs without the briefing PDFs
 * (--no-pdf): printing is Chromium's work, not the build's, and bench/briefing-pdfs measures
 * it on its own (at 10,000 events the full briefing alone would be thousands of pages).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, succeeded, type Measured } from './measure.ts';
import { ROOT } from './site.ts';

export interface BuildRun extends Measured {
  /**
   * Seconds per step: the site build's own ("✓ pages (12.3 s)") and, for both builds, Astro's
   * phases from its info log: setup (config, content sync, collecting pages), bundle (Vite:
   * compiling pages, components and every MDX file) and render (writing each page).
   */
  readonly steps: Record<string, number>;
}

export interface BuildOptions {
  readonly content: string;
  readonly out: string;
  /** Astro's cache folder. */
  readonly cache: string;
  /**
   * A cold build starts from nothing: its cache and any previous output are deleted first,
   * untimed (Astro empties an existing output folder itself; the site build sets it aside).
   */
  readonly cold: boolean;
  /** Bare build only: pages per event file, 1 (default) or 2 (as the site's two languages). */
  readonly pagesPerEvent?: 1 | 2;
  /** Site build only: render every page again (--fresh), whatever Astro's cache holds; the site's own caches (images) are kept. */
  readonly fresh?: boolean;
}

/** "✓ pages (12.3 s)", and start-up and swap from "✓ built dist/ in 19.6 s (start-up 0.8 s, swap 0.3 s)". */
const STEP = /(?:^✓ (content|pages|search index|briefing PDFs)\b.*\(|\b(start-up|swap) )(\d+(?:\.\d+)?) s\)?/gm;

const ASTRO_PHASES = ['astro setup', 'astro bundle', 'astro render'];

const TIME = /(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)/.source;
const seconds = (m: RegExpMatchArray, at = 1) => Number(m[at] ?? 0) * 60 + Number(m[at + 1]) / (m[at + 2] === 'ms' ? 1000 : 1);

/** Astro's phases from its info log: "Collecting build info… ✓ Completed in 4.50s.", "[vite] ✓ built in 9.25s", "generating static routes … ✓ Completed in 12.71s.". */
function astroPhases(stdout: string): Record<string, number> {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const setup = new RegExp(`Collecting build info\\.\\.\\.[\\s\\S]*?✓ Completed in ${TIME}\\.`).exec(plain);
  const render = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${TIME}\\.`).exec(plain);
  const bundles = [...plain.matchAll(new RegExp(`\\[vite\\] ✓ built in ${TIME}`, 'g'))];
  const phases: Record<string, number> = {};
  if (setup) phases['astro setup'] = seconds(setup);
  if (bundles.length) phases['astro bundle'] = bundles.reduce((n, m) => n + seconds(m), 0);
  if (render) phases['astro render'] = seconds(render);
  return phases;
}

/** The site's own caches (rasterised images, PDFs; src/build/file-cache.ts), beside Astro's. */
const siteCaches = (options: Pick<BuildOptions, 'cache'>) => `${options.cache}-wlp`;

function prepare(options: BuildOptions) {
  if (!options.cold) return;
  rmSync(options.cache, { recursive: true, force: true });
  rmSync(siteCaches(options), { recursive: true, force: true });
  rmSync(options.out, { recursive: true, force: true });
}

/** The faster of two runs (other work on the machine only ever slows a build down). */
export const faster = (best: BuildRun | undefined, run: BuildRun): BuildRun => (best && best.seconds <= run.seconds ? best : run);

/** The fastest of `times` runs. */
export async function fastest(times: number, run: () => Promise<BuildRun>): Promise<BuildRun> {
  let best: BuildRun | undefined;
  for (let i = 0; i < times; i++) best = faster(best, await run());
  return best!;
}

export async function siteBuild(options: BuildOptions): Promise<BuildRun> {
  prepare(options);
  const m = succeeded(
    'The site build',
    await runMeasured(process.execPath, ['scripts/build.ts', '--out', options.out, '--no-pdf', ...(options.fresh ? ['--fresh'] : [])], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: options.content, ASTRO_CACHE_DIR: options.cache, WLP_CACHE_DIR: siteCaches(options), BASE_PATH: '/', ASTRO_LOG_LEVEL: 'info' },
    }),
  );
  const own = Object.fromEntries([...m.stdout.matchAll(STEP)].map((s) => [s[1] ?? s[2]!, Number(s[3])]));
  return { ...m, steps: { ...own, ...astroPhases(m.stdout) } };
}

export async function bareBuild(options: BuildOptions): Promise<BuildRun> {
  prepare(options);
  const m = succeeded(
    'The bare Astro build',
    await runMeasured(process.execPath, [join(ROOT, 'bench/bare/build.ts'), '--out', options.out, '--cache', options.cache], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: options.content, ASTRO_LOG_LEVEL: 'info', BARE_PAGES_PER_EVENT: String(options.pagesPerEvent ?? 1) },
    }),
  );
  return { ...m, steps: astroPhases(m.stdout) };
}

/** "start-up 0.8 s · content 1.2 s (while Astro sets up and bundles) · pages 30.1 s · astro setup 3 s · … · search index 4.0 s · swap 0.3 s": the content check runs in a worker, within the pages step. */
export function describeSteps(run: BuildRun): string {
  const order = ['start-up', 'content', 'pages', ...ASTRO_PHASES, 'search index', 'swap'];
  return order
    .filter((step) => run.steps[step] !== undefined)
    .map((step) => `${step} ${Math.round(run.steps[step]! * 10) / 10} s${step === 'content' ? ' (while Astro sets up and bundles)' : ''}`)
    .join(' · ');
}

/** The site build's watch mode (`--watch`), driven by a benchmark: edits made and their rebuilds timed. */
export interface WatchedBuilds {
  /**
   * Makes an edit once the watcher has a build waiting (as after an editor's pause), and
   * resolves to the seconds from the edit to the rebuilt output ("✓ built").
   */
  rebuildAfter(edit: () => void): Promise<number>;
  /** Stops the watcher (as Ctrl-C does). */
  stop(): Promise<void>;
}

/** Starts `scripts/build.ts --watch` on a built site, once its first build is done. */
export async function watchedBuilds(options: Omit<BuildOptions, 'cold'>): Promise<WatchedBuilds> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', options.out, '--no-pdf', '--watch'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: options.content, ASTRO_CACHE_DIR: options.cache, WLP_CACHE_DIR: siteCaches(options), BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let waiters: (() => void)[] = [];
  const heard = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of waiters.splice(0)) waiter();
  };
  child.stdout.on('data', heard);
  child.stderr.on('data', heard);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  /** Resolves once the output after `from` has a line matching `line`; fails if the watcher ends or a build fails. */
  const until = (line: RegExp, from: number) =>
    new Promise<void>((done, fail) => {
      const look = () => {
        const since = output.slice(from);
        if (/Build failed|✗/.test(since)) fail(new Error(`the watched build failed:\n${since}`));
        else if (line.test(since)) done();
        else waiters.push(look);
      };
      void exited.then(() => fail(new Error(`the watcher stopped:\n${output}`)));
      look();
    });
  await until(/^◦ watching/m, 0);
  return {
    async rebuildAfter(edit) {
      const from = output.length;
      const started = performance.now();
      edit();
      await until(/^✓ built/m, from);
      const seconds = (performance.now() - started) / 1000;
      await until(/^◦ watching/m, from);
      return seconds;
    },
    async stop() {
      child.kill('SIGINT');
      await exited;
      waiters = [];
    },
  };
}
