/**
 * What a reader checks a cell against: the sources' own words behind the values shown (a
 * quotation, in the source's language, with the source: publisher, date, link), each quote
 * once with the values it supports, and the codebook cases the values were coded by.
 * Closed on screen (a <details> per cell), always printed (print.css). Made from a chart's
 * rows, at build time and in the browser alike.
 */
import { fill } from '../../lib/text/fill.ts';
import type { Evidence } from '../../model/evidence.ts';
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';
import type { Support } from '../shared/value-view.ts';
import type { EvidenceNotes } from './evidence-notes.ts';
import { h, type Html } from './markup.ts';
import { opinionBadge } from './treatment-pieces.ts';
import type { RuleInfo, SourceInfo, Vocabulary } from './vocabulary.ts';

/** What evidence needs to be shown in words: the sources and codebook cases a chart's values cite. */
export interface EvidenceVocabulary {
  readonly lang: Lang;
  readonly sources: Readonly<Record<string, SourceInfo>>;
  readonly rules: Readonly<Record<string, RuleInfo>>;
  readonly words: Pick<Vocabulary['words'], 'opinion' | 'evidenceCount' | 'rule' | 'supports' | 'original'>;
}

/** The evidence vocabulary of values without evidence (drawnSupport): the words alone. */
export function drawnEvidenceVocabulary(e: EvidenceVocabulary): EvidenceVocabulary {
  return { ...e, sources: {}, rules: {} };
}

/** The part of a vocabulary the evidence of these values needs (only the sources and cases they cite). */
export function evidenceVocabulary(v: Vocabulary, supports: readonly (Support | undefined)[]): EvidenceVocabulary {
  const sources = new Set<string>();
  const rules = new Set<string>();
  for (const s of supports) {
    for (const e of s?.evidence ?? []) sources.add(e.source);
    for (const r of s?.rules ?? []) rules.add(r);
  }
  const pick = <T>(all: Readonly<Record<string, T>>, ids: Set<string>) => Object.fromEntries([...ids].filter((id) => all[id]).map((id) => [id, all[id]!]));
  const w = v.words;
  return {
    lang: v.lang,
    sources: pick(v.sources, sources),
    rules: pick(v.rules, rules),
    words: { opinion: w.opinion, evidenceCount: w.evidenceCount, rule: w.rule, supports: w.supports, original: w.original },
  };
}

export interface EvidenceEntry {
  /** What the words support, as the cell shows it: "Treatment: Plain page", "Opens directly: yes". */
  readonly label: string;
  /** What stands behind that value. */
  readonly support: Support;
}

/** One quotation with its source, and what it supports. */
function quote(e: Evidence, supports: readonly string[], v: EvidenceVocabulary): Html {
  const s = v.sources[e.source];
  const sep = LIST_SEPARATOR[v.lang].clauses;
  return h(
    'li',
    { class: 'evidence__quote', 'data-source': e.source },
    h('blockquote', { lang: s?.language ?? v.lang, cite: s?.url }, h('p', null, e.quote)),
    h(
      'p',
      { class: 'evidence__source' },
      '— ',
      s ? h('a', { href: s.href }, s.short) : e.source,
      s?.opinion ? [' ', opinionBadge(v.words.opinion)] : null,
      s?.url ? [' · ', h('a', { href: s.url, rel: 'external noreferrer', hreflang: s.language }, v.words.original)] : null,
      ' · ',
      h('span', { class: 'evidence__supports' }, `${v.words.supports} ${supports.join(sep)}`),
    ),
  );
}

/**
 * The evidence behind a cell's values, or nothing when no value is shown: under the cell, or,
 * when the document keeps its evidence as numbered notes, the cell's references to them.
 */
export function evidenceDetails(entries: readonly EvidenceEntry[], v: EvidenceVocabulary, notes?: EvidenceNotes): Html | null {
  if (notes) return notes.refs(entries, v);
  const quotes = new Map<string, { evidence: Evidence; supports: string[] }>();
  for (const entry of entries) {
    for (const e of entry.support.evidence) {
      const key = `${e.source}\n${e.quote}`;
      const q = quotes.get(key) ?? { evidence: e, supports: [] };
      q.supports.push(entry.label);
      quotes.set(key, q);
    }
  }
  const rules = [...new Set(entries.flatMap((e) => e.support.rules))];
  if (quotes.size === 0 && rules.length === 0) return null;
  return h(
    'details',
    { class: 'evidence' },
    h('summary', null, fill(v.words.evidenceCount, { n: quotes.size })),
    h('ul', { class: 'evidence__list' }, [...quotes.values()].map((q) => quote(q.evidence, q.supports, v))),
    rules.map((id) => {
      const rule = v.rules[id];
      return h('p', { class: 'evidence__rule' }, `${v.words.rule}: `, rule ? h('a', { href: rule.href }, rule.case) : id);
    }),
  );
}
