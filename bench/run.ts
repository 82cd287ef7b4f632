/**
 * `npm run bench [name ...]`: runs the benchmarks in bench/*.bench.ts, prints each figure
 * with its budget beside it, and writes bench/results.json so runs can be compared.
 * Benchmarks never run inside `npm test`, and a blown budget never fails a build: the
 * exit code is 0 unless a benchmark itself crashed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { budgetText, round, valueText, verdict } from './support/format.ts';

export interface Measure {
  /** What was measured, e.g. "build time at 1,000 events". */
  readonly metric: string;
  /** null when it could not be measured (the note says why, e.g. "not built yet"). */
  readonly value: number | null;
  /** "s", "ms", "KB gz", "MB", "score", "×" … */
  readonly unit: string;
  /** The budget, when there is one: value must be ≤ max (or ≥ min). */
  readonly budget?: { readonly max?: number; readonly min?: number };
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(): Promise<Measure[]>;
}

const DIR = resolve(import.meta.dirname);
export const RESULTS = join(DIR, 'results.json');

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
}

/**
 * bench/results.json: the latest run of each benchmark, each with the machine it ran on.
 * Runs of different benchmarks come from different sessions and, as it turned out, machines
 * of different kinds (AMD EPYC and Intel Xeon cores on the same day), so each run keeps its
 * own. Runs made before that was so name `machineFrom`: where their machine was read (the
 * file kept one machine then, its last run's, in each commit).
 */
export interface Results {
  readonly results: Record<string, { ranAt: string; seconds: number; load: { before: number; after: number }; machine?: Machine; machineFrom?: string; measures: Measure[] }>;
}

/** This machine, as Node describes it. */
export function thisMachine(): Machine {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

function save(results: Record<string, unknown>): void {
  writeFileSync(RESULTS, `${JSON.stringify({ results }, null, 2)}\n`);
}

async function main() {
  const wanted = process.argv.slice(2);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts')).sort();
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: Record<string, unknown> }) : {};
  const results: Record<string, unknown> = { ...(previous.results ?? {}) };
  let crashed = false;
  for (const file of files) {
    const bench = (await import(join(DIR, file))).default as Benchmark;
    if (wanted.length && !wanted.includes(bench.name)) continue;
    console.log(`\n━━ ${bench.name}: ${bench.description}`);
    const started = performance.now();
    // Other work on the machine slows builds: the load average before and after says how much.
    const loadBefore = round(loadavg()[0]!);
    try {
      const measures = await bench.run();
      const load = { before: loadBefore, after: round(loadavg()[0]!) };
      const machine = thisMachine();
      results[bench.name] = { ranAt: new Date().toISOString(), seconds: round((performance.now() - started) / 1000), load, machine, measures };
      const rows = measures.map((m) => [m.metric, valueText(m), budgetText(m), verdict(m), m.note ?? '']);
      const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
      for (const r of rows) console.log(`  ${r.slice(0, 4).map((c, i) => c.padEnd(widths[i]!)).join('  ')}  ${r[4]}`);
      console.log(`  (load average ${load.before} before, ${load.after} after, on ${machine.cpus} cores: ${machine.cpuModel})`);
      save(results); // after each benchmark, so an interrupted run keeps what it measured
    } catch (error) {
      crashed = true;
      console.error(`  ✗ ${bench.name} crashed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  save(results);
  console.log(`\nResults written to ${RESULTS}`);
  process.exit(crashed ? 1 : 0);
}

if (import.meta.main) await main();
