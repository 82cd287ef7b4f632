/**
 * What the content check's parsers made of each text they read (a YAML document, an MDX
 * body), by the text's hash: the parsing is most of a check's time, and between two builds
 * most files are unchanged. The build's content check (scripts/build-content-check.ts) loads
 * the memo from its cache folder before checking and saves it after; elsewhere (tests, `astro
 * dev`) there is none and every text is parsed. An entry is plain data (JSON), so the checks
 * read a remembered result exactly as a fresh one.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../build/file-cache.ts';

export type MemoKind = 'yaml' | 'mdx';

interface MemoFile {
  readonly version: string;
  readonly entries: Record<MemoKind, Record<string, unknown>>;
}

let active: { readonly version: string; readonly loaded: MemoFile['entries']; readonly used: MemoFile['entries']; added: number } | undefined;

/**
 * The parsed form of `text` from the memo, or made by `parse` (and remembered if `keep` says
 * it survives a trip through JSON).
 */
export function remembered<T>(kind: MemoKind, text: string, parse: () => T, keep: (value: T) => boolean = () => true): T {
  if (!active) return parse();
  const key = cacheKey(text);
  const known = active.loaded[kind][key] ?? active.used[kind][key];
  if (known !== undefined) {
    active.used[kind][key] = known;
    return known as T;
  }
  const value = parse();
  if (keep(value)) {
    active.used[kind][key] = value;
    active.added++;
  }
  return value;
}

/**
 * What the parsers' results depend on besides the text: the checks' code (every file in this
 * folder, and the model's text rules they use) and the dependencies (the lockfile).
 */
export function parserVersion(root: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = [
    ...readdirSync(here)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => join(here, name)),
    join(here, '../model/text.ts'),
    join(here, '../model/event.ts'),
    join(root, 'package-lock.json'),
  ];
  return cacheKey(...files.map((file) => (existsSync(file) ? readFileSync(file) : '')));
}

/** Starts using the memo saved in `file`, if it was made by parsers of this `version`. */
export function loadParseMemo(file: string, version: string): void {
  let loaded: MemoFile['entries'] = { yaml: {}, mdx: {} };
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile>;
    if (saved.version === version && saved.entries?.yaml && saved.entries.mdx) loaded = saved.entries;
  } catch {
    // None yet, or unreadable: every text is parsed.
  }
  active = { version, loaded, used: { yaml: {}, mdx: {} }, added: 0 };
}

/**
 * Saves the entries used in this check (those of texts no longer in the content are dropped)
 * and stops using the memo. Written only if something changed. Whether something did: a
 * text parsed that the memo did not hold, or one it held that was not read.
 */
export function saveParseMemo(file: string): boolean {
  if (!active) return true;
  const { version, loaded, used, added } = active;
  active = undefined;
  const dropped = (['yaml', 'mdx'] as const).some((kind) => Object.keys(loaded[kind]).some((key) => !(key in used[kind])));
  if (!added && !dropped) return false;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version, entries: used } satisfies MemoFile));
  renameSync(temporary, file);
  return true;
}
