/**
 * What a reader checks a cell against: the sources' own words behind the values shown (a
 * quotation, in the source's language, with the source: publisher, date, link), each quote
 * once with the values it supports, and the codebook cases the values were coded by.
 * Closed on screen (a <details> per cell), always printed (print.css). Rendered at build
 * time and in the browser alike.
 */
import { fill } from '../../lib/date-issue-text.ts';
import { evidenceOf, rulesOf, type Statement } from '../../lib/treatments/index.ts';
import type { Evidence } from '../../model/evidence.ts';
import { h, type Html } from './markup.ts';
import { opinionBadge } from './treatment-pieces.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface EvidenceEntry {
  /** What the words support, as the cell shows it: "Treatment: Plain page", "Opens directly: yes". */
  readonly label: string;
  /** The statements behind that value. */
  readonly statements: readonly Statement[];
}

/** One quotation with its source, and what it supports. */
function quote(e: Evidence, supports: readonly string[], v: Vocabulary): Html {
  const s = v.sources[e.source];
  const sep = v.lang === 'zh' ? '；' : '; ';
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

/** The evidence behind a cell's values, or nothing when no value is shown. */
export function evidenceDetails(entries: readonly EvidenceEntry[], v: Vocabulary): Html | null {
  const quotes = new Map<string, { evidence: Evidence; supports: string[] }>();
  for (const entry of entries) {
    for (const e of evidenceOf(entry.statements)) {
      const key = `${e.source}\n${e.quote}`;
      const q = quotes.get(key) ?? { evidence: e, supports: [] };
      q.supports.push(entry.label);
      quotes.set(key, q);
    }
  }
  const rules = rulesOf(entries.flatMap((e) => e.statements));
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
