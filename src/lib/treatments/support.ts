/**
 * What stands behind a value: the evidence its statements quote, and whether it rests on
 * opinion alone.
 */
import type { Evidence } from '../../model/evidence.ts';
import type { Statement } from './statements.ts';

/** The ids of the opinion sources, for indexTreatments(…, { opinionSources }). */
export function opinionSourceIds(sources: readonly { readonly id: string; readonly kind: string }[]): Set<string> {
  return new Set(sources.filter((s) => s.kind === 'opinion').map((s) => s.id));
}

/** The evidence the statements quote, each source and quote once, in the statements' order. */
export function evidenceOf(statements: readonly Statement[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of statements) {
    for (const e of s.evidence) {
      const key = `${e.source}\n${e.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

/** The codebook cases the statements rely on, each once. */
export function rulesOf(statements: readonly Statement[]): string[] {
  return [...new Set(statements.flatMap((s) => (s.rule ? [s.rule] : [])))];
}
