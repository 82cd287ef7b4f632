/**
 * Checks the evidence of an event's treatment records, reading the raw frontmatter so one
 * bad field does not hide another: every source a record cites has its own evidence entry,
 * every entry quotes a source the record cites, in at most 60 characters, in words that
 * stand in the source's archived text (content/archive/<source>.txt); and a record's `rule`
 * names a case of the codebook.
 */
import { MAX_QUOTE_LENGTH } from '../model/evidence.ts';
import { quoteIn, quoteLength } from '../lib/evidence/quote.ts';
import { unknownIdIn, unknownIdMessage, type KnownIds } from './known-ids.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

export interface EvidenceContext {
  readonly known: KnownIds;
  /** Each archived source's text with its white space removed, by source id. */
  readonly archives: ReadonlyMap<string, string>;
  /** Codebook case ids; undefined when the codebook itself has problems (reported there). */
  readonly rules: ReadonlySet<string> | undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const archivePath = (source: string) => `content/archive/${source}.txt`;

export function evidenceProblems(file: string, data: Record<string, unknown>, yaml: YamlSource, context: EvidenceContext): Problem[] {
  const problems: Problem[] = [];
  const list = data.treatments;
  if (!Array.isArray(list)) return problems;
  const problem = (path: (string | number)[], message: string) => {
    const line = yaml.lineOf(['treatments', ...path]);
    const field = `treatments${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
    problems.push({ file, field, message, ...(line === undefined ? {} : { line }) });
  };

  list.forEach((t, i) => {
    if (!isRecord(t)) return;
    const cited = Array.isArray(t.sources) ? t.sources.filter((s): s is string => typeof s === 'string') : undefined;
    const evidence = Array.isArray(t.evidence) ? t.evidence : undefined;

    evidence?.forEach((entry, j) => {
      if (!isRecord(entry)) return;
      const source = typeof entry.source === 'string' ? entry.source : undefined;
      if (source !== undefined) {
        if (!context.known.sources.has(source)) {
          problem([i, 'evidence', j, 'source'], unknownIdMessage('sources', source, context.known));
        } else if (cited && !cited.includes(source)) {
          problem(
            [i, 'evidence', j, 'source'],
            `"${source}" is not one of this treatment's sources (${cited.join(', ') || 'none listed'}): quote a source the treatment cites, or add "${source}" to its sources`,
          );
        } else if (!context.archives.has(source)) {
          problem(
            [i, 'evidence', j, 'source'],
            `"${source}" has no archived text (${archivePath(source)}), so its quotes cannot be checked: archive the article with npm run archive -- <file> ${source}`,
          );
        }
      }
      if (typeof entry.quote !== 'string' || entry.quote.trim() === '') return;
      const quote = entry.quote.trim();
      const length = quoteLength(quote);
      if (length > MAX_QUOTE_LENGTH) {
        problem([i, 'evidence', j, 'quote'], `is ${length} characters long: quote at most ${MAX_QUOTE_LENGTH}, only the words that support the statement`);
        return;
      }
      const archive = source === undefined ? undefined : context.archives.get(source);
      if (archive !== undefined && !quoteIn(archive, quote)) {
        problem(
          [i, 'evidence', j, 'quote'],
          `is not in the archived text of "${source}" (${archivePath(source!)}): copy the source's exact words (spaces and line breaks may differ; every other character must match)`,
        );
      }
    });

    // Every cited source speaks for itself: each needs at least one quote of its own.
    if (evidence && evidence.length > 0 && cited) {
      const quoted = new Set(evidence.flatMap((e) => (isRecord(e) && typeof e.source === 'string' ? [e.source] : [])));
      cited.forEach((source, k) => {
        if (!quoted.has(source)) {
          problem([i, 'sources', k], `"${source}" has no evidence entry: add its supporting words under evidence (- source: ${source} / quote: …), or stop citing it here`);
        }
      });
    }

    if (typeof t.rule === 'string' && context.rules && !context.rules.has(t.rule)) {
      problem([i, 'rule'], unknownIdIn('codebook case', 'content/reference/codebook.yaml', t.rule, context.rules));
    }
  });
  return problems;
}
