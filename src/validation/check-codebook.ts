/**
 * Checks content/reference/codebook.yaml: the codebook's principle and its hard cases,
 * each against its schema, case ids unique. Treatment records name case ids (`rule`).
 */
import { CODEBOOK_FILE, codebookSchema, type Codebook } from '../model/codebook.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RawFile } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export function codebookProblems(file: RawFile | undefined, dir = 'content'): { codebook?: Codebook; problems: Problem[] } {
  if (!file) {
    return { problems: [{ file: `${dir}/${CODEBOOK_FILE}`, field: '(file)', message: 'is missing: the codebook (principle: …, cases: …) is required; it says how sources are read into treatment data' }] };
  }
  if (file.problem) return { problems: [file.problem] };
  const parsed = parseYaml(file.text, file.path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const r = schemaProblems(codebookSchema, parsed.yaml.data ?? {}, file.path, parsed.yaml);
  if (!r.ok) return { problems: r.problems };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  r.value.cases.forEach((c, i) => {
    const other = seen.get(c.id);
    if (other === undefined) return void seen.set(c.id, i);
    const line = parsed.yaml.lineOf(['cases', i, 'id']);
    problems.push({ file: file.path, field: `cases[${i}].id`, message: `duplicate codebook case id "${c.id}" (also cases[${other}])`, ...(line === undefined ? {} : { line }) });
  });
  return problems.length > 0 ? { problems } : { codebook: r.value, problems };
}
