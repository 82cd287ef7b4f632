/**
 * The latest benchmark figures (bench/results.json) as Markdown, for the README's
 * "Benchmarks" section: `npm run bench:report` prints it; `-- --write` replaces the part of
 * README.md between the bench markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS, type Machine, type Results } from './run.ts';
import { budgetText, valueText, verdict } from './support/format.ts';

const README = join(import.meta.dirname, '../README.md');
const START = '<!-- bench:start (npm run bench:report -- --write) -->';
const END = '<!-- bench:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

const machineText = (m: Machine | undefined, from: string | undefined) =>
  m ? `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}${from ? `, as ${from}` : ''}` : 'machine not recorded';

export function report(results: Results): string {
  const lines = [
    'Each benchmark gives when it ran, how long it took, the load average before and after it (other work shares the machine and slows builds) and the machine it ran on: runs of different sessions, even on one day, came from machines of different kinds, whose times are not comparable.',
  ];
  for (const [name, r] of Object.entries(results.results).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `**${name}** (${r.ranAt.slice(0, 16).replace('T', ' ')} UTC, ${r.seconds} s, load ${r.load.before} → ${r.load.after}; ${machineText(r.machine, r.machineFrom)})`, '');
    lines.push('| measure | value | budget | | how |', '| --- | --- | --- | --- | --- |');
    for (const m of r.measures) lines.push(`| ${[m.metric, valueText(m), budgetText(m), verdict(m), m.note ?? ''].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const text = report(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
  if (!process.argv.includes('--write')) {
    console.log(text);
  } else {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
    writeFileSync(README, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
    console.log('README.md: benchmark figures updated');
  }
}
