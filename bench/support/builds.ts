/**
 * The two builds the build benchmarks time, each in its own process with its own Astro cache:
 * the full site build (scripts/build.ts: content checks → Astro → Pagefind) and the bare Astro
 * build of the same MDX files (bench/bare).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, succeeded, type Measured } from './measure.ts';
import { ROOT } from './site.ts';

export interface BuildRun extends Measured {
  /** Seconds per step as the site build prints them ("✓ pages (12.3 s)"); empty for the bare build. */
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
}

/** "✓ pages (12.3 s)", and start-up and swap from "✓ built dist/ in 19.6 s (start-up 0.8 s, swap 0.3 s)". */
const STEP = /(?:^✓ (content|pages|search index)\b.*\(|\b(start-up|swap) )(\d+(?:\.\d+)?) s\)?/gm;

function prepare(options: BuildOptions) {
  if (!options.cold) return;
  rmSync(options.cache, { recursive: true, force: true });
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
    await runMeasured(process.execPath, ['scripts/build.ts', '--out', options.out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: options.content, ASTRO_CACHE_DIR: options.cache, BASE_PATH: '/' },
    }),
  );
  return { ...m, steps: Object.fromEntries([...m.stdout.matchAll(STEP)].map((s) => [s[1] ?? s[2]!, Number(s[3])])) };
}

export async function bareBuild(options: BuildOptions): Promise<BuildRun> {
  prepare(options);
  const m = succeeded(
    'The bare Astro build',
    await runMeasured(process.execPath, [join(ROOT, 'bench/bare/build.ts'), '--out', options.out, '--cache', options.cache], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: options.content },
    }),
  );
  return { ...m, steps: {} };
}

/** "start-up 0.8 s · content 1.2 s · pages 30.1 s · search index 4.0 s · swap 0.3 s" */
export function describeSteps(run: BuildRun): string {
  const order = ['start-up', 'content', 'pages', 'search index', 'swap'];
  return order
    .filter((step) => run.steps[step] !== undefined)
    .map((step) => `${step} ${run.steps[step]} s`)
    .join(' · ');
}
