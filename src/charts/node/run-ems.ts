/**
 * Text runs' advances in ems, kept between builds: a run is shaped once per face and text
 * (./font-metrics.ts), and a rebuild draws the same labels again. At 1,000 events an edit's
 * rebuild shaped about 150 ms of runs that the last build had shaped already. The memo is one
 * file in the build's cache (src/build/file-cache.ts) under a key of the fonts and the shaper,
 * so a change to either starts it afresh; advances are kept as JSON numbers, which read back
 * as the very same doubles. Node only.
 */
import type { FileCache } from '../../build/file-cache.ts';

/** Bumped when what is kept changes. */
export const RUN_EMS_FORMAT = 'run advances in ems, by face and text; 1';

/** The most runs kept between builds (a 10,000-event site measures about 150,000). */
const KEEP = 500_000;

export interface RunEms {
  /** The run's advance in ems on this face: remembered, or `shape()`d now and remembered. */
  ems(face: string, text: string, shape: () => number): number;
  /** Stores what was shaped since the memo was read, with what it held (nothing if nothing new). */
  save(): void;
}

type Table = Map<string, Map<string, number>>;

function read(cache: FileCache, key: string): Table {
  const bytes = cache.read(key);
  if (!bytes) return new Map();
  try {
    const stored = JSON.parse(bytes.toString('utf8')) as Record<string, Record<string, number>>;
    return new Map(Object.entries(stored).map(([face, runs]) => [face, new Map(Object.entries(runs))]));
  } catch {
    // Not a file this code wrote whole: start afresh.
    return new Map();
  }
}

const plain = (table: Table) => Object.fromEntries([...table].map(([face, runs]) => [face, Object.fromEntries(runs)]));
const size = (table: Table) => [...table.values()].reduce((n, runs) => n + runs.size, 0);

/** A memo of run advances read from `cache` under `key` (read on first use). */
export function runEms(cache: FileCache, key: string, keep = KEEP): RunEms {
  let table: Table | undefined;
  /** The runs shaped by this process: all that is stored if the memo grew too large. */
  const shaped: Table = new Map();
  return {
    ems(face, text, shape) {
      table ??= read(cache, key);
      let runs = table.get(face);
      if (!runs) table.set(face, (runs = new Map()));
      let em = runs.get(text);
      if (em === undefined) {
        em = shape();
        runs.set(text, em);
        let fresh = shaped.get(face);
        if (!fresh) shaped.set(face, (fresh = new Map()));
        fresh.set(text, em);
      }
      return em;
    },
    save() {
      if (!table || shaped.size === 0) return;
      cache.write(key, Buffer.from(JSON.stringify(plain(size(table) > keep ? shaped : table))));
      shaped.clear();
    },
  };
}
