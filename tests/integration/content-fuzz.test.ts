/**
 * Fuzzing the content check: random mutations of the real seed content — fields dropped,
 * values of the wrong type, random Unicode (controls, lone surrogates, zero-width and
 * right-to-left marks, emoji), truncated files, shuffled lines, bytes that are not UTF-8 —
 * go through the check. Every run must end either with the content accepted or with
 * problems that each name a file of the content and say what is wrong; never with an
 * exception, and never with the check's own "could not be checked" message.
 *
 * Seeded and bounded: FUZZ_SEED and FUZZ_RUNS reproduce or widen a run (a failure prints the
 * seed, the run and the mutations). It runs once, with the integration tests: it is about
 * crashes, not time zones, and three rounds of it would cost more than they find.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { random } from '../../bench/generate-content.ts';
import { splitFrontmatter } from '../../src/validation/frontmatter.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent, readTextFile } from '../../src/validation/read-content.ts';
import { INTERNAL_ERROR, validateContent, type RawContent, type RawFile } from '../../src/validation/validate.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TODAY = '2026-11-29';
const CONTENT = resolve(import.meta.dirname, '../../content');

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

/** Characters that have broken text handling somewhere: controls, surrogates, invisibles, markup. */
const NASTY = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2028', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', '𠮷', '淘宝', '&', '<', '>', '"', "'", '\\', '{', '}', '</script>', '<!--', '---', ':', '- ', '#', '*a', '&a ', '%', '\t', '\r', '\n'];
function randomText(rng: Rng): string {
  return Array.from({ length: 1 + int(rng, 8) }, () => (rng() < 0.5 ? pick(rng, NASTY) : String.fromCodePoint(int(rng, 0x30000)))).join('');
}

/** A value of another type than the one given (or a random one). */
function otherValue(rng: Rng, value: unknown): unknown {
  const choices: unknown[] = [null, 0, -1, 1e309, 2021, true, '', '2021-02-30', '0021', 'a'.repeat(300), [], [randomText(rng)], {}, { zh: randomText(rng) }, randomText(rng)];
  return pick(rng, choices.filter((c) => typeof c !== typeof value || Array.isArray(c) !== Array.isArray(value)));
}

/** Walks to a random node of parsed YAML data and changes it: drop, retype, or garble. */
function mutateData(rng: Rng, data: unknown, log: string[]): unknown {
  if (data === null || typeof data !== 'object') return otherValue(rng, data);
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  if (keys.length === 0) return otherValue(rng, data);
  const key = pick(rng, keys);
  const node = data as Record<string | number, unknown>;
  const roll = rng();
  if (roll < 0.25) {
    log.push(`drop ${String(key)}`);
    if (Array.isArray(data)) data.splice(Number(key), 1);
    else delete node[key];
  } else if (roll < 0.5) {
    log.push(`retype ${String(key)}`);
    node[key] = otherValue(rng, node[key]);
  } else if (roll < 0.65 && typeof node[key] === 'string') {
    log.push(`garble ${String(key)}`);
    const s = node[key] as string;
    const at = int(rng, s.length + 1);
    node[key] = s.slice(0, at) + randomText(rng) + s.slice(at);
  } else {
    log.push(`into ${String(key)}`);
    node[key] = mutateData(rng, node[key], log);
  }
  return data;
}

/** The same on the file's text: truncation, random Unicode, lines deleted, repeated or swapped. */
function mutateText(rng: Rng, text: string, log: string[]): string {
  const lines = text.split('\n');
  const roll = rng();
  if (roll < 0.25) {
    const at = int(rng, text.length + 1);
    log.push(`truncate at ${at}`);
    return text.slice(0, at);
  }
  if (roll < 0.55) {
    const at = int(rng, text.length + 1);
    log.push(`insert at ${at}`);
    return text.slice(0, at) + randomText(rng) + text.slice(at);
  }
  const i = int(rng, lines.length);
  const j = int(rng, lines.length);
  if (roll < 0.7) {
    log.push(`delete line ${i + 1}`);
    lines.splice(i, 1);
  } else if (roll < 0.85) {
    log.push(`repeat line ${i + 1}`);
    lines.splice(i, 0, lines[i]!);
  } else {
    log.push(`swap lines ${i + 1} and ${j + 1}`);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
}

/** Parses, mutates and writes back a YAML file or an event's frontmatter; text mutation when it does not parse. */
function mutateFile(rng: Rng, file: RawFile, log: string[]): RawFile {
  if (rng() < 0.5) return { ...file, text: mutateText(rng, file.text, log) };
  const split = file.path.endsWith('.mdx') ? splitFrontmatter(file.text) : undefined;
  const yamlText = split ? split.frontmatter : file.text;
  let data: unknown;
  try {
    data = parse(yamlText, { schema: 'core' });
  } catch {
    return { ...file, text: mutateText(rng, file.text, log) };
  }
  const changed = stringify(mutateData(rng, data, log), { schema: 'core' });
  return { ...file, text: split ? `---\n${changed}---\n\n${split.body}` : changed };
}

/** Every file of the content, with a way to put a changed one back. */
function files(raw: RawContent): { file: RawFile; put: (f: RawFile) => RawContent }[] {
  const out: { file: RawFile; put: (f: RawFile) => RawContent }[] = [];
  raw.events.forEach((file, i) => out.push({ file, put: (f) => ({ ...raw, events: raw.events.map((e, j) => (j === i ? f : e)) }) }));
  raw.sources.forEach((file, i) => out.push({ file, put: (f) => ({ ...raw, sources: raw.sources.map((e, j) => (j === i ? f : e)) }) }));
  for (const [kind, file] of Object.entries(raw.reference)) {
    if (file) out.push({ file, put: (f) => ({ ...raw, reference: { ...raw.reference, [kind]: f } }) });
  }
  if (raw.briefings) out.push({ file: raw.briefings, put: (f) => ({ ...raw, briefings: f }) });
  if (raw.site) out.push({ file: raw.site, put: (f) => ({ ...raw, site: f }) });
  if (raw.codebook) out.push({ file: raw.codebook, put: (f) => ({ ...raw, codebook: f }) });
  (raw.archives ?? []).forEach((file, i) => out.push({ file, put: (f) => ({ ...raw, archives: (raw.archives ?? []).map((e, j) => (j === i ? f : e)) }) }));
  return out;
}

describe(`the content check on ${RUNS} random mutations of the seed content (seed ${SEED})`, () => {
  it('accepts the content or names a file for every problem, and never crashes', () => {
    const seed = readContent(CONTENT);
    expect(validateContent(seed, { today: TODAY }).ok).toBe(true);
    const rng = random(SEED);
    const scratch = mkdtempSync(join(tmpdir(), 'fuzz-'));
    const paths = new Set(files(seed).map((f) => f.file.path));
    let refused = 0;
    for (let run = 0; run < RUNS; run++) {
      const log: string[] = [];
      let raw = seed;
      for (let n = 1 + int(rng, 3); n > 0; n--) {
        const target = pick(rng, files(raw));
        log.push(target.file.path);
        let changed = mutateFile(rng, target.file, log);
        if (rng() < 0.05) {
          // Bytes that are not UTF-8, read back through the file reader.
          const bytes = Buffer.from(changed.text, 'utf8');
          const at = int(rng, bytes.length + 1);
          const path = join(scratch, `run-${run}-${n}.${target.file.path.split('.').pop()}`);
          writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([pick(rng, [0x80, 0xc3, 0xff, 0xfe, 0xed])]), bytes.subarray(at)]));
          log.push(`invalid byte at ${at}`);
          const read = readTextFile(path);
          changed = { path: target.file.path, text: read.text, ...(read.problem ? { problem: { ...read.problem, file: target.file.path } } : {}) };
        }
        raw = target.put(changed);
      }
      const where = `FUZZ_SEED=${SEED}, run ${run}: ${log.join(' › ')}`;
      let result: ReturnType<typeof validateContent>;
      try {
        result = validateContent(raw, { today: TODAY });
      } catch (error) {
        throw new Error(`the content check crashed (${where}): ${(error as Error).stack}`);
      }
      if (result.ok) continue;
      refused++;
      expect(result.problems.length, where).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(paths.has(p.file) || p.file.endsWith('/'), `${where}\n${formatProblem(p)}`).toBe(true);
        expect(p.message.trim(), where).not.toBe('');
        expect(p.message, `${where}\n${formatProblem(p)}`).not.toContain(INTERNAL_ERROR);
      }
    }
    // Most mutations break something; a fuzzer that never reaches a problem tests nothing.
    expect(refused).toBeGreaterThan(RUNS / 2);
  });
});
