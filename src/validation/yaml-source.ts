import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/**
 * YAML read the strict way: the "core" schema keeps dates as the text the editor wrote
 * (YAML 1.1 timestamps would turn 2021-02-30 into 2021-03-02 before any check saw it),
 * and every value can be traced back to its line.
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
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      problem: { file, field, line: pos.line + firstLine - 1, message: `is not valid YAML: ${reason}` },
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const node = n === 0 ? doc.contents : doc.getIn(keys, true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        return lineCounter.linePos(range[0]).line + firstLine - 1;
      }
    }
    return undefined;
  };
  return { ok: true, yaml: { data: doc.toJS(), lineOf } };
}
