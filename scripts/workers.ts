/**
 * The build's worker threads, as the build sees them: each is started at a low CPU priority
 * (./in-background.ts) and posts one answer; before it, a worker may post notes that say how
 * far it has got (`postNote`), which the build can wait for (`noted`). Node-only.
 */
import { parentPort, Worker } from 'node:worker_threads';

/**
 * How far a worker can say it has got, before its answer:
 * - `warm`: the content check started ahead of an edit has run once (./build-content-check.ts);
 * - `read`: the search index has read the pages it was begun from (./build-search-index.ts).
 */
export type Note = 'warm' | 'read';
const NOTES: readonly string[] = ['warm', 'read'] satisfies Note[];

/** A message a worker posts before its answer. */
interface NoteMessage {
  readonly note: Note;
}
const isNote = (message: unknown): message is NoteMessage =>
  typeof message === 'object' && message !== null && Object.keys(message).length === 1 && NOTES.includes((message as NoteMessage).note);

/** Called in a worker: tells the build it has got as far as `note` (`StartedWorker.noted`). */
export function postNote(note: Note): void {
  parentPort!.postMessage({ note } satisfies NoteMessage);
}

export interface StartedWorker<T> {
  readonly worker: Worker;
  /** The first message it posts that is not a note, or its error, or its stopping without one. */
  readonly answer: Promise<T>;
  /**
   * Resolves when it has posted this note (before or after this is asked), or once it has
   * answered or stopped without it: never rejects, and never waits on a worker that has ended.
   */
  noted(note: Note): Promise<void>;
}

/**
 * Starts a worker thread (`module`, a file URL) at a low CPU priority (./in-background.ts).
 * Astro's thread keeps its core: at the workers' own priority, importing and setting up Astro
 * took 1.3-1.5 s instead of 0.7-0.9 s at 1,000 events on two cores, and an edit's rebuild
 * 7.1-8.7 s instead of 5.9-7.8 s (six alternating pairs).
 */
export function startWorker<T>(module: URL, workerData: unknown, what: string): StartedWorker<T> {
  const worker = new Worker(new URL('./in-background.ts', import.meta.url), { workerData, argv: [module.href] });
  const notes = new Map<Note, PromiseWithResolvers<void>>();
  const noteOf = (note: Note) => {
    let seen = notes.get(note);
    if (!seen) notes.set(note, (seen = Promise.withResolvers<void>()));
    return seen;
  };
  const answer = new Promise<T>((resolveMessage, reject) => {
    const onMessage = (message: unknown) => {
      if (isNote(message)) return noteOf(message.note).resolve();
      worker.off('message', onMessage);
      resolveMessage(message as T);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit code ${code})`)));
  });
  const over = answer.then(
    () => undefined,
    () => undefined,
  );
  return { worker, answer, noted: (note) => Promise.race([noteOf(note).promise, over]) };
}
