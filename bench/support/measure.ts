/**
 * Runs a command and measures it: wall-clock seconds and the peak memory of its whole process
 * tree (the build and anything it starts, e.g. Pagefind's indexer), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  readonly status: number | null;
  readonly seconds: number;
  /** Peak resident memory of the process tree, in MiB (undefined where /proc is missing). */
  readonly peakMiB?: number;
  readonly stdout: string;
  readonly stderr: string;
}

const SAMPLE_MS = 100;

/** Resident memory in bytes of `root` and all its descendants, now. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      rss.set(Number(entry), kib * 1024);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const canSample = existsSync('/proc/self/status');
  let peak = 0;
  const sample = () => {
    if (canSample && child.pid) peak = Math.max(peak, treeRss(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      done({
        status,
        seconds: (performance.now() - started) / 1000,
        ...(canSample ? { peakMiB: peak / 2 ** 20 } : {}),
        stdout,
        stderr,
      });
    });
  });
}

/** Fails with the command's own output when it did not succeed. */
export function succeeded(what: string, m: Measured): Measured {
  if (m.status !== 0) throw new Error(`${what} failed (exit ${m.status}):\n${m.stdout}\n${m.stderr}`);
  return m;
}
