import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { remembered } from './parse-memo.ts';
import { forbiddenCharacter } from '../model/text.ts';
import { fieldPath, type Problem } from './problem.ts';

/**
 * YAML read the strict way: the "core" schema keeps dates as the text the editor wrote
 * (YAML 1.1 timestamps would turn 2021-02-30 into 2021-03-02 before any check saw it),
 * and every value can be traced back to its line. Aliases (*name) are refused: content never
 * needs them, and nested ones multiply into a document too large to read (an "alias bomb").
 */
export interface YamlSource {
  readonly data: unknown;
  /** 1-based line of the value at a path, in the file (frontmatter offset applied). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlResult = { ok: true; yaml: YamlSource } | { ok: false; problem: Problem };

/**
 * Where each value of a document starts: a node's line (1-based, in the text parsed), and
 * its children, as a map's pairs (key, node) in order or a list's items. Looked up as the
 * yaml package's `getIn` finds a node, so a line read from here is the line `getIn` gives.
 */
type LineTree = { readonly line?: number; readonly pairs?: readonly (readonly [unknown, LineTree])[]; readonly items?: readonly LineTree[] };

/** A text read as YAML, before it is placed in a file: plain data, so it can be remembered (./parse-memo.ts). */
type ReadYaml =
  | { readonly ok: true; readonly data: unknown; readonly lines: LineTree }
  /** `at`: the field at fault, if not the caller's. */
  | { readonly ok: false; readonly line: number; readonly message: string; readonly at?: string };

/**
 * Parses YAML text that begins at `firstLine` of `file` (1 for a YAML file, 2 for MDX
 * frontmatter after the opening ---).
 */
export function parseYaml(text: string, file: string, firstLine = 1, field = '(file)'): YamlResult {
  const read = remembered('yaml', text, () => readYaml(text), survivesJson);
  const inFile = (line: number) => line + firstLine - 1;
  if (!read.ok) return { ok: false, problem: { file, field: read.at ?? field, line: inFile(read.line), message: read.message } };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const line = lineIn(read.lines, path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k)));
      if (line !== undefined) return inFile(line);
    }
    return undefined;
  };
  return { ok: true, yaml: { data: read.data, lineOf } };
}

function readYaml(text: string): ReadYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, line: lineAt(error.pos[0]), message: `is not valid YAML: ${reason}` };
  }
  let refused: ReadYaml | undefined;
  visit(doc, {
    Alias(_, node, ancestors) {
      refused = { ok: false, line: lineAt(node.range?.[0] ?? 0), message: `uses the YAML alias *${node.source}: write the value out in full where it is needed`, at: fieldOf([...ancestors, node]) };
      return visit.BREAK;
    },
    Scalar(_, node, ancestors) {
      if (typeof node.value !== 'string') return;
      const bad = forbiddenCharacter(node.value);
      if (!bad) return;
      refused = {
        ok: false,
        line: lineAt(node.range?.[0] ?? 0),
        message: `holds an invisible control character (${bad.code}), written as an escape in quotes, which no page or image can show: delete it`,
        at: fieldOf([...ancestors, node]),
      };
      return visit.BREAK;
    },
  });
  if (refused) return refused;
  let data: unknown;
  // maxAliasCount 0: aliases were refused above; should one slip through, reading fails here.
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return { ok: false, line: lineAt(0), message: `cannot be read as YAML: ${(error as Error).message}` };
  }
  return { ok: true, data, lines: lineTree(doc.contents, lineAt) };
}

function lineTree(node: unknown, lineAt: (offset: number) => number): LineTree {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const line = range ? lineAt(range[0]) : undefined;
  const own = line === undefined ? {} : { line };
  if (isMap(node)) return { ...own, pairs: node.items.map((pair) => [isScalar(pair.key) ? pair.key.value : pair.key === null ? null : UNMATCHED, lineTree(pair.value, lineAt)] as const) };
  if (isSeq(node)) return { ...own, items: node.items.map((item) => lineTree(item, lineAt)) };
  return own;
}

/** A key no path can name (a map or list used as a key), kept so the pairs after it keep their places. */
const UNMATCHED = { unmatched: true };

/** The line of the node at `keys`, found as the yaml package's getIn finds it. */
function lineIn(tree: LineTree, keys: readonly unknown[]): number | undefined {
  let node: LineTree | undefined = tree;
  for (const key of keys) {
    if (node?.pairs) node = node.pairs.find(([k]) => k === key)?.[1];
    else if (node?.items) node = node.items[itemIndex(key) ?? -1];
    else return undefined;
  }
  return node?.line;
}

/** A list index as the yaml package reads one: an integer, or text that is one. */
function itemIndex(key: unknown): number | undefined {
  const n = typeof key === 'string' ? Number(key) : key;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Whether a result reads back the same from JSON (no infinite or missing numbers, no key objects). */
function survivesJson(read: ReadYaml): boolean {
  let survives = true;
  JSON.stringify(read, (_, value: unknown) => {
    if ((typeof value === 'number' && !Number.isFinite(value)) || value === UNMATCHED || value === undefined) survives = false;
    return value;
  });
  return survives;
}

/** The field path of a node from its ancestors in the document: ["figures", 0, "label", "en"] → "figures[0].label.en". */
function fieldOf(chain: readonly unknown[]): string {
  const path: PropertyKey[] = [];
  chain.forEach((node, i) => {
    const child = chain[i + 1];
    if (isPair(node) && child === node.value) path.push(isScalar(node.key) ? String(node.key.value) : '?');
    else if (isSeq(node) && child !== undefined) path.push(node.items.indexOf(child as Node));
  });
  return fieldPath(path);
}
