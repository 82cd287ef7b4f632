/**
 * `npm run build -- --watch`: builds, then builds again whenever a file of the content or the
 * code is saved, until Ctrl-C. Each build is the ordinary one (./build.ts: checks, Astro with
 * its incremental cache, search index, PDFs if asked, the output swapped in whole or left as
 * it was), in a process of its own; the next one is started as soon as the last ends, sets
 * Astro up, bundles, links the last build's pages and waits (./build-when-told.ts), so a save
 * begins a build that has only the content to check and the changed pages to write. A change to the code (src/, public/, scripts/, the config, the packages) or to the
 * site's settings (content/site.yaml, read with the config) is built by a new process instead,
 * since the waiting one loaded them before the change.
 *
 * Saves that come close together (an editor writing a file and its backup, a branch switch)
 * make one build; a save during a build makes one more build after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch as watchFiles } from 'chokidar';
import { basename, relative, resolve, sep } from 'node:path';
import { READY, WHEN_TOLD } from './build-when-told.ts';
import { inside } from './paths.ts';
import { SITE_FILE } from '../src/model/site.ts';

/** What a saved file asks for: a build from the waiting process, or from a new one, or nothing. */
export type Change = 'content' | 'code';

/** The folders of the code, under the project, whose files change what the build makes. */
export const CODE_FOLDERS = ['src', 'public', 'scripts'] as const;
/** The project's own files that change what the build makes. */
export const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Editors' temporary and backup files (vim's swap files and its "4913" probe, emacs' lock and backup files), hidden files. */
const scratch = (name: string) => name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || name === '4913';

/**
 * What the save of `path` asks for: `content` for a file in the content folder, `code` for one
 * in the code or the site's settings, nothing for any other file (the output, the caches, the tests, an editor's
 * scratch file).
 */
export function changeOf(path: string, where: { root: string; content: string; out: string }): Change | undefined {
  const file = resolve(path);
  if (scratch(basename(file))) return undefined;
  // The output and the build's staging beside it (./build.ts) change during every build.
  if (inside(where.out, file) || inside(resolve(where.out, '..', '.build'), file)) return undefined;
  // The site's settings are read with Astro's config, which a waiting build has loaded already.
  if (file === resolve(where.content, SITE_FILE)) return 'code';
  if (inside(where.content, file)) return 'content';
  const inProject = relative(where.root, file);
  if (CODE_FILES.some((name) => inProject === name)) return 'code';
  const [top, ...rest] = inProject.split(sep);
  return rest.length > 0 && (CODE_FOLDERS as readonly string[]).includes(top!) ? 'code' : undefined;
}

/** A build's process, as the rebuilds see it. */
export interface BuildProcess {
  /** Begins the build (a process waiting to be told), or nothing (one that begins by itself). */
  begin(): void;
  /** Stops it, if it has not ended. */
  stop(): void;
  /** Resolves to its exit code when it ends. */
  readonly ended: Promise<number | null>;
}

export interface RebuildsOptions {
  /** A process that loads Astro and waits to be told (`waiting: true`), or one that builds at once. */
  start(waiting: boolean): BuildProcess;
  /** Called after each build with its exit code (0: the output was replaced). */
  built(code: number | null): void;
  /** How long to wait after a save for the next one, before building (ms). */
  readonly settle?: number;
}

/**
 * Which build runs when: one at a time; a process waiting for the next save; saves close
 * together make one build, a save during a build one more after it, and a change to the code
 * a build by a new process (the waiting one loaded the code as it was).
 */
export class Rebuilds {
  #waiting: BuildProcess | undefined;
  #running: Promise<void> | undefined;
  #pending = new Set<Change>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly #options: RebuildsOptions;

  constructor(options: RebuildsOptions) {
    this.#options = options;
  }

  /** Builds at once (the first build), then keeps a process waiting for the next save. */
  first(): Promise<void> {
    return this.#build(this.#options.start(false));
  }

  /** A file was saved. */
  saw(change: Change): void {
    if (this.#stopped) return;
    this.#pending.add(change);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#next(), this.#options.settle ?? 100);
  }

  /** Whether a build is running. */
  get building(): boolean {
    return this.#running !== undefined;
  }

  /** Stops the waiting process and any build, and builds no more; resolves once they have ended (the waiting one holds the cache's lock till then). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.stop();
    await Promise.all([this.#running, waiting?.ended]);
  }

  #next() {
    if (this.#running || this.#stopped || this.#pending.size === 0) return;
    const code = this.#pending.has('code');
    this.#pending.clear();
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting && !code) {
      waiting.begin();
      void this.#build(waiting);
      return;
    }
    // A new process, once the waiting one (which loaded the old code) has ended: it holds the
    // cache's lock until then.
    waiting?.stop();
    void this.#build((waiting?.ended ?? Promise.resolve()).then(() => this.#options.start(false)));
  }

  #build(process: BuildProcess | Promise<BuildProcess>): Promise<void> {
    this.#running = Promise.resolve(process)
      .then((started) => started.ended)
      .then((code) => {
        this.#running = undefined;
        if (this.#stopped) return;
        this.#options.built(code);
        const next = this.#options.start(true);
        this.#waiting = next;
        // One that ends before it is told (it could not take the cache's lock, say, and said
        // why) is not told: the next save starts a new one.
        void next.ended.then(() => {
          if (this.#waiting === next) this.#waiting = undefined;
        });
        // Saves made during the build.
        if (this.#pending.size) this.#next();
      });
    return this.#running;
  }
}

export interface WatchOptions {
  readonly root: string;
  /** The content folder (CONTENT_DIR). */
  readonly content: string;
  /** The output folder. */
  readonly out: string;
  /** The build script. */
  readonly script: string;
  /** Its options, but --watch. */
  readonly args: readonly string[];
}

/** A build of ./build.ts in a process of its own, its output on this one's. */
function buildProcess(script: string, args: readonly string[], waiting: boolean, onReady: () => void): BuildProcess {
  const env = { ...process.env, ...(waiting ? { [WHEN_TOLD]: '1' } : {}) };
  // Only a waiting build has a channel to be told on: an open one would keep any other from ending.
  const child: ChildProcess = spawn(process.execPath, [script, ...args], { env, stdio: waiting ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit'] });
  if (waiting) child.on('message', (message) => message === READY && onReady());
  const ended = new Promise<number | null>((done) => {
    child.once('exit', (code, signal) => done(signal ? null : code));
    child.once('error', () => done(null));
  });
  return {
    begin: () => {
      if (child.connected) child.send('begin');
    },
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
    ended,
  };
}

/** Builds, then builds again after every save, until Ctrl-C (or SIGTERM); never returns. */
export async function watch(options: WatchOptions): Promise<never> {
  const where = { root: options.root, content: options.content, out: options.out };
  const shown = (dir: string) => (inside(options.root, dir) ? relative(options.root, dir) || '.' : dir);
  const folders = [options.content, ...CODE_FOLDERS.map((dir) => resolve(options.root, dir))];
  // The first build may be --fresh; the next ones reuse what it made.
  const args = options.args.filter((arg) => arg !== '--fresh');
  let first = true;
  const rebuilds = new Rebuilds({
    start: (waiting) => {
      const process = buildProcess(options.script, first ? options.args : args, waiting, () => {
        if (!rebuilds.building) console.log(`◦ watching ${folders.map((dir) => `${shown(dir)}/`).join(', ')} and the config (Ctrl-C stops)`);
      });
      first = false;
      return process;
    },
    built: (code) => {
      if (code !== 0) console.error(`✗ the build failed: ${shown(options.out)}/ is as it was; save a file to build again`);
    },
  });

  // Chokidar, not Node's recursive fs.watch: on Linux that loses a file once an editor saves
  // it by writing a new file and renaming it over the old (vim, sed -i, "safe write"), and
  // every later save of it went unseen.
  const watcher = watchFiles([...folders, ...CODE_FILES.map((file) => resolve(options.root, file))], { ignoreInitial: true });
  watcher.on('all', (_event, path) => {
    const change = changeOf(path, where);
    if (change) rebuilds.saw(change);
  });
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await watcher.close();
    await rebuilds.stop();
    console.log('◦ stopped watching');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await rebuilds.first();
  return new Promise<never>(() => undefined);
}
