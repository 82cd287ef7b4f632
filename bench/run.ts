/**
 * `npm run bench [name ...]`: runs the benchmarks in bench/*.bench.ts, prints each figure
 * with its budget beside it, and writes bench/results.json so runs can be compared.
 * Benchmarks never run inside `npm test`, and a blown budget never fails a build: the
 * exit code is 0 unless a benchmark itself crashed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

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
const RESULTS = join(DIR, 'results.json');

function verdict(m: Measure): string {
  if (!m.budget || m.value === null) return '';
  const ok = (m.budget.max === undefined || m.value <= m.budget.max) && (m.budget.min === undefined || m.value >= m.budget.min);
  return ok ? 'within budget' : 'OVER BUDGET';
}

function budgetText(m: Measure): string {
  if (!m.budget) return '—';
  const parts = [];
  if (m.budget.max !== undefined) parts.push(`≤ ${m.budget.max} ${m.unit}`);
  if (m.budget.min !== undefined) parts.push(`≥ ${m.budget.min} ${m.unit}`);
  return parts.join(', ');
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

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
      results[bench.name] = { ranAt: new Date().toISOString(), seconds: round((performance.now() - started) / 1000), load, measures };
      const rows = measures.map((m) => [m.metric, m.value === null ? '—' : `${round(m.value)} ${m.unit}`, budgetText(m), verdict(m), m.note ?? '']);
      const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
      for (const r of rows) console.log(`  ${r.slice(0, 4).map((c, i) => c.padEnd(widths[i]!)).join('  ')}  ${r[4]}`);
      console.log(`  (load average ${load.before} before, ${load.after} after, on ${cpus().length} cores)`);
    } catch (error) {
      crashed = true;
      console.error(`  ✗ ${bench.name} crashed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(RESULTS, `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log(`\nResults written to ${RESULTS}`);
  process.exit(crashed ? 1 : 0);
}

await main();
