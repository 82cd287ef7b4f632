/**
 * A build started ahead of an edit (scripts/build-when-told.ts) says it is ready once, and
 * never after it has been told to begin: the watcher prints "◦ watching" when it hears it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../fixtures/workers/waiting-build.ts', import.meta.url));

/** The messages the waiting build posts, told to begin once it has said it is ready (`early`) or at once. */
function messages(when: 'early' | 'late'): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const child = fork(SCRIPT, [when], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const got: unknown[] = [];
    child.on('message', (message) => {
      got.push(message);
      if (message === 'ready') child.send('begin');
    });
    child.once('error', reject);
    child.once('exit', () => resolve(got));
    if (when === 'late') child.send('begin');
  });
}

describe('a build waiting to be told', () => {
  it('says it is ready once, however often it is asked to', async () => {
    expect(await messages('early')).toEqual(['ready', 'told']);
  });

  it('does not say it is ready once it has been told to begin', async () => {
    expect(await messages('late')).toEqual(['told']);
  });
});
