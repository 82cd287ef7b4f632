/**
 * The build's worker threads (scripts/workers.ts): one answer each, and notes before it that
 * the build can wait for. A build that waits for an edit says it is ready only once its
 * workers have noted they are (scripts/build.ts), so a note must never be taken for the
 * answer, and waiting for one must never hang on a worker that has ended.
 */
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../scripts/workers.ts';

const NOTES = new URL('../fixtures/workers/notes.ts', import.meta.url);

describe('a build worker', () => {
  it('posts notes before its answer: the build waits for one, and the answer is the message that is not a note', async () => {
    const started = startWorker<unknown>(NOTES, {}, 'the test worker');
    let answered = false;
    void started.answer.then(() => (answered = true));
    await started.noted('warm');
    expect(answered).toBe(false);
    // Asked again after it came: already noted.
    await started.noted('warm');
    started.worker.postMessage('go');
    await expect(started.answer).resolves.toEqual({ answer: 'go' });
  });

  it('stops waiting for a note the worker never posts once it has answered', async () => {
    const started = startWorker<unknown>(NOTES, {}, 'the test worker');
    const read = started.noted('read');
    let over = false;
    void read.then(() => (over = true));
    await started.noted('warm');
    await new Promise((wait) => setTimeout(wait, 50));
    expect(over).toBe(false);
    started.worker.postMessage('go');
    await read;
    await expect(started.answer).resolves.toEqual({ answer: 'go' });
  });

  it('rejects its answer, naming what stopped and how, when it ends without one; a note waited for resolves', async () => {
    const started = startWorker<unknown>(NOTES, { exitCode: 3 }, 'the test worker');
    await started.noted('warm');
    started.worker.postMessage('go');
    await expect(started.answer).rejects.toThrow('the test worker stopped (exit code 3)');
    await expect(started.noted('read')).resolves.toBeUndefined();
  });
});
