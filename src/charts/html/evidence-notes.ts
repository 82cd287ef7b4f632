/**
 * The evidence as numbered notes, for documents that are read on paper (the briefings): a
 * cell names the numbers of the sources' words behind its values, and the words are listed
 * once, at the end, each with its source and every value it was quoted for; the codebook
 * cases applied are listed the same way. A quote that stands behind forty cells is printed
 * once, where inline evidence (evidence.ts) would repeat it forty times.
 *
 * One instance per document, passed to its tables through their SourceNumbering; numbers
 * run in reading order, as the source numbers do.
 */
import type { Evidence } from '../../model/evidence.ts';
import type { EvidenceEntry, EvidenceVocabulary } from './evidence.ts';
import { h, type Html } from './markup.ts';
import { opinionBadge } from './treatment-pieces.ts';
import type { RuleInfo, SourceInfo } from './vocabulary.ts';
import { LIST_SEPARATOR, type Lang } from '../../model/lang-codes.ts';

/** The words notes need, in the document's language. */
export interface EvidenceNoteWords {
  /** "The sources' words" (before the numbers in a cell). */
  readonly quotes: string;
  /** "Codebook case" (before the case numbers in a cell). */
  readonly cases: string;
  /** "for" (before what a quote supports). */
  readonly supports: string;
  readonly original: string;
  readonly opinion: string;
}

interface QuoteNote {
  readonly n: number;
  readonly evidence: Evidence;
  readonly source: SourceInfo | undefined;
  readonly supports: string[];
}

interface CaseNote {
  readonly n: number;
  readonly id: string;
  readonly rule: RuleInfo | undefined;
}

export class EvidenceNotes {
  readonly #quotes = new Map<string, QuoteNote>();
  readonly #cases = new Map<string, CaseNote>();
  readonly #prefix: string;
  readonly #words: EvidenceNoteWords;

  constructor(prefix: string, words: EvidenceNoteWords) {
    this.#prefix = prefix;
    this.#words = words;
  }

  quoteAnchor(n: number): string {
    return `${this.#prefix}-words-${n}`;
  }

  caseAnchor(n: number): string {
    return `${this.#prefix}-case-${n}`;
  }

  /** Numbers the quotes and cases behind a cell's values; returns the cell's references to them. */
  refs(entries: readonly EvidenceEntry[], v: EvidenceVocabulary): Html | null {
    const quotes = new Set<QuoteNote>();
    for (const entry of entries) {
      for (const e of entry.support.evidence) {
        const key = `${e.source}\n${e.quote}`;
        let note = this.#quotes.get(key);
        if (!note) {
          note = { n: this.#quotes.size + 1, evidence: e, source: v.sources[e.source], supports: [] };
          this.#quotes.set(key, note);
        }
        if (!note.supports.includes(entry.label)) note.supports.push(entry.label);
        quotes.add(note);
      }
    }
    const cases = new Set<CaseNote>();
    for (const id of entries.flatMap((e) => e.support.rules)) {
      let note = this.#cases.get(id);
      if (!note) {
        note = { n: this.#cases.size + 1, id, rule: v.rules[id] };
        this.#cases.set(id, note);
      }
      cases.add(note);
    }
    if (quotes.size === 0 && cases.size === 0) return null;
    const links = (notes: Iterable<{ n: number }>, anchor: (n: number) => string, mark: string) =>
      [...notes].sort((a, b) => a.n - b.n).map((note) => [' ', h('a', { href: `#${anchor(note.n)}`, class: 'ref' }, `${mark}${note.n}`)]);
    return h(
      'p',
      { class: 'evidence-refs' },
      quotes.size ? [this.#words.quotes, links(quotes, (n) => this.quoteAnchor(n), 'W')] : null,
      quotes.size && cases.size ? ' · ' : null,
      cases.size ? [this.#words.cases, links(cases, (n) => this.caseAnchor(n), 'C')] : null,
    );
  }

  /** Whether any cell has cited a quote or a case. */
  get empty(): boolean {
    return this.#quotes.size === 0 && this.#cases.size === 0;
  }

  /** Whether any cell has cited a codebook case. */
  get hasCases(): boolean {
    return this.#cases.size > 0;
  }

  /** The numbered quotes, each with its source and what it was quoted for. */
  quoteList(lang: Lang): Html {
    const sep = LIST_SEPARATOR[lang].clauses;
    return h(
      'ol',
      { class: 'evidence-notes' },
      [...this.#quotes.values()].map((q) => {
        const s = q.source;
        return h(
          'li',
          { id: this.quoteAnchor(q.n), class: 'evidence-note', 'data-source': q.evidence.source },
          h('span', { class: 'evidence-note__n' }, `W${q.n}`),
          ' ',
          h('q', { lang: s?.language ?? lang, cite: s?.url }, q.evidence.quote),
          ' — ',
          s ? h('a', { href: s.href }, s.short) : q.evidence.source,
          s?.opinion ? [' ', opinionBadge(this.#words.opinion)] : null,
          s?.url ? [' · ', h('a', { href: s.url, rel: 'external noreferrer', hreflang: s.language }, this.#words.original)] : null,
          ' · ',
          h('span', { class: 'evidence-note__supports' }, `${this.#words.supports} ${q.supports.join(sep)}`),
        );
      }),
    );
  }

  /** The numbered codebook cases. */
  caseList(): Html {
    return h(
      'ol',
      { class: 'evidence-notes' },
      [...this.#cases.values()].map((c) =>
        h('li', { id: this.caseAnchor(c.n), class: 'evidence-note' }, h('span', { class: 'evidence-note__n' }, `C${c.n}`), ' ', c.rule ? h('a', { href: c.rule.href }, c.rule.case) : c.id),
      ),
    );
  }
}
