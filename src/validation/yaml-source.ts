import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
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
 * Parses YAML text that begins at `firstLine` of `file` (1 for a YAML file, 2 for MDX
 * frontmatter after the opening ---).
 */
export function parseYaml(text: string, file: string, firstLine = 1, field = '(file)'): YamlResult {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const fail = (offset: number, message: string, at = field): YamlResult => ({ ok: false, problem: { file, field: at, line: lineAt(offset), message } });
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return fail(error.pos[0], `is not valid YAML: ${reason}`);
  }
  let refused: YamlResult | undefined;
  visit(doc, {
    Alias(_, node, ancestors) {
      refused = fail(node.range?.[0] ?? 0, `uses the YAML alias *${node.source}: write the value out in full where it is needed`, fieldOf([...ancestors, node]));
      return visit.BREAK;
    },
    Scalar(_, node, ancestors) {
      if (typeof node.value !== 'string') return;
      const bad = forbiddenCharacter(node.value);
      if (!bad) return;
      refused = fail(node.range?.[0] ?? 0, `holds an invisible control character (${bad.code}), written as an escape in quotes, which no page or image can show: delete it`, fieldOf([...ancestors, node]));
      return visit.BREAK;
    },
  });
  if (refused) return refused;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const node = n === 0 ? doc.contents : doc.getIn(keys, true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return undefined;
  };
  let data: unknown;
  // maxAliasCount 0: aliases were refused above; should one slip through, reading fails here.
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(0, `cannot be read as YAML: ${(error as Error).message}`);
  }
  return { ok: true, yaml: { data, lineOf } };
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
