/**
 * The build's worker threads start through scripts/in-background.ts, which lowers the
 * thread's CPU priority before loading the worker's module: Astro's thread, at the build's
 * own priority, must keep its core. On Linux a thread's priority is its own.
 */
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const BOOTSTRAP = new URL('../../scripts/in-background.ts', import.meta.url);
const REPORTER = new URL('../fixtures/workers/report-priority.ts', import.meta.url);

describe('a build worker in the background', () => {
  it.runIf(process.platform === 'linux')('runs its module at nice 10, leaving the starting thread as it was', async () => {
    const before = getPriority();
    const worker = new Worker(BOOTSTRAP, { workerData: { hello: 'data' }, argv: [REPORTER.href] });
    const report = await new Promise<{ priority: number; data: unknown }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    // The module sees the worker's data as if started directly.
    expect(report).toEqual({ priority: Math.max(10, before), data: { hello: 'data' } });
    expect(getPriority()).toBe(before);
  });
});
