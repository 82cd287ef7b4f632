/**
 * The content check's parse memo (src/validation/parse-memo.ts): a check that reads the
 * parsers' results from the memo must find exactly what a check that parses finds, problem
 * for problem (file, line, field, message), on the real content and every bad case.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadParseMemo, parserVersion, remembered, saveParseMemo } from '../../src/validation/parse-memo.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { parseYaml } from '../../src/validation/yaml-source.ts';
import { badCases, materialize } from '../support/content-fixtures.ts';

const TODAY = '2026-11-29';
const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'wlp-parse-memo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The check's report on a folder: with no memo, or with the memo in `file` (loaded, used, saved). */
function report(dir: string, file?: string): string[] {
  if (file) loadParseMemo(file, 'test');
  try {
    const result = validateContent(readContent(dir), { today: TODAY });
    return result.ok ? [] : result.problems.map(formatProblem);
  } finally {
    if (file) saveParseMemo(file);
  }
}

describe('the parse memo', () => {
  it('gives the check the same findings as parsing, on the real content and on every bad case', () => {
    const folders = [join(ROOT, 'content'), materialize(), ...badCases().map((c) => materialize(c))];
    const file = join(scratch, 'all.json');
    const parsed = folders.map((dir) => report(dir));
    // First with every text parsed and remembered, then with every one read from the memo.
    const remembering = folders.map((dir) => report(dir, file));
    const fromMemo = folders.map((dir) => report(dir, file));
    expect(remembering).toEqual(parsed);
    expect(fromMemo).toEqual(parsed);
    // The bad cases' problems, lines included, all came through the memo.
    expect(fromMemo.filter((problems) => problems.length > 0).length).toBe(badCases().length);
  });

  it('reads a text from the memo, not the parser, once remembered; and forgets texts no longer checked', () => {
    const file = join(scratch, 'reads.json');
    loadParseMemo(file, 'v1');
    expect(remembered('mdx', 'a body', () => 'parsed')).toBe('parsed');
    expect(remembered('mdx', 'another body', () => 'parsed too')).toBe('parsed too');
    saveParseMemo(file);
    loadParseMemo(file, 'v1');
    expect(remembered('mdx', 'a body', () => 'parsed again')).toBe('parsed');
    saveParseMemo(file);
    // "another body" was not checked that time: gone.
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries.mdx)).toHaveLength(1);
    // A memo made by other parsers (another version of the checks' code) is not read.
    loadParseMemo(file, 'v2');
    expect(remembered('mdx', 'a body', () => 'parsed by v2')).toBe('parsed by v2');
    saveParseMemo(file);
  });

  it('says whether any text changed, and is not written when none did', () => {
    const file = join(scratch, 'unchanged.json');
    loadParseMemo(file, 'v1');
    remembered('yaml', 'id: a', () => 1);
    remembered('yaml', 'id: b', () => 1);
    expect(saveParseMemo(file)).toBe(true);
    const before = statSync(file).mtimeMs;
    writeFileSync(join(scratch, 'touch'), '');
    loadParseMemo(file, 'v1');
    remembered('yaml', 'id: a', () => 2);
    remembered('yaml', 'id: b', () => 2);
    expect(saveParseMemo(file)).toBe(false);
    expect(statSync(file).mtimeMs).toBe(before);
    // A file gone (its text not read) is a change too.
    loadParseMemo(file, 'v1');
    remembered('yaml', 'id: a', () => 2);
    expect(saveParseMemo(file)).toBe(true);
  });

  it('keeps out what JSON cannot carry (an infinite number), which is parsed each time', () => {
    const file = join(scratch, 'infinite.json');
    loadParseMemo(file, 'v1');
    const parsed = parseYaml('size: .inf\n', 'x.yaml');
    saveParseMemo(file);
    expect(parsed.ok && parsed.yaml.data).toEqual({ size: Infinity });
    expect(existsSync(file)).toBe(false);
  });

  it('without a memo loaded, every text is parsed', () => {
    let parses = 0;
    remembered('yaml', 'same', () => parses++);
    remembered('yaml', 'same', () => parses++);
    expect(parses).toBe(2);
  });

  it("changes version with the checks' code and the lockfile", () => {
    expect(parserVersion(ROOT)).toBe(parserVersion(ROOT));
    expect(parserVersion(ROOT)).not.toBe(parserVersion(scratch)); // no lockfile there
  });
});
