/**
 * The bad-content corpus: each folder in tests/fixtures/bad-content overlays a few files on
 * the small valid content set in tests/fixtures/content, and its expect.json says which
 * problem the checks must report (file, field, message, line).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const BASE_CONTENT = join(FIXTURES, 'content');
const BAD = join(FIXTURES, 'bad-content');

export interface BadCase {
  readonly name: string;
  readonly dir: string;
  readonly expect: {
    readonly description: string;
    /** Relative to the content folder. */
    readonly file: string;
    readonly field: string;
    /** Text the message must contain. */
    readonly message: string;
    readonly line?: number;
  };
}

export function badCases(): BadCase[] {
  return readdirSync(BAD)
    .filter((name) => statSync(join(BAD, name)).isDirectory())
    .sort()
    .map((name) => ({
      name,
      dir: join(BAD, name),
      expect: JSON.parse(readFileSync(join(BAD, name, 'expect.json'), 'utf8')) as BadCase['expect'],
    }));
}

/** A fresh content folder: the valid base with the case's files laid over it. */
export function materialize(c?: BadCase): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${c?.name ?? 'base'}-`));
  cpSync(BASE_CONTENT, dir, { recursive: true });
  if (c) cpSync(c.dir, dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}
