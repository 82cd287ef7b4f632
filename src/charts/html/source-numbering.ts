/**
 * Numbers the sources a table cites, in order of first appearance, and renders the
 * numbered reference list that the [n] links point to.
 */
import type { EvidenceNotes } from './evidence-notes.ts';
import { h, type Html } from './markup.ts';
import type { SourceRef } from './treatment-pieces.ts';
import type { Vocabulary } from './vocabulary.ts';

export class SourceNumbering {
  readonly #order: string[] = [];
  readonly #prefix: string;
  readonly #vocab: Vocabulary;

  readonly #anchor: (id: string) => string;

  /** Where the tables put their evidence: numbered notes at the end (briefings), or, when unset, under each cell. */
  readonly notes: EvidenceNotes | undefined;

  /**
   * `prefix` keeps anchors unique when several tables share a page. A page that already
   * has its own numbered reference list passes its order and anchors (`existing`) instead.
   */
  constructor(
    vocab: Vocabulary,
    prefix: string,
    options: { readonly existing?: { readonly order: readonly string[]; readonly anchor: (id: string) => string }; readonly notes?: EvidenceNotes } = {},
  ) {
    this.#vocab = vocab;
    this.#prefix = prefix;
    this.#anchor = options.existing?.anchor ?? ((id) => `${this.#prefix}-source-${id}`);
    if (options.existing) this.#order.push(...options.existing.order);
    this.notes = options.notes;
  }

  anchor(id: string): string {
    return this.#anchor(id);
  }

  refs(ids: readonly string[]): SourceRef[] {
    return ids.map((id) => {
      let i = this.#order.indexOf(id);
      if (i < 0) i = this.#order.push(id) - 1;
      return { n: i + 1, href: `#${this.anchor(id)}`, label: this.#vocab.sources[id]?.short ?? id };
    });
  }

  /** The numbered list of every source referenced so far. */
  list(): Html {
    return h(
      'ol',
      { class: 'reference-list' },
      this.#order.map((id) => {
        const s = this.#vocab.sources[id];
        return h(
          'li',
          { id: this.anchor(id) },
          s ? s.full : id,
          s?.opinion ? [' ', h('span', { class: 'badge badge--opinion' }, this.#vocab.words.opinion)] : null,
          s?.url ? [' ', h('a', { href: s.url, class: 'citation__link', rel: 'external noreferrer' }, s.url)] : null,
        );
      }),
    );
  }
}
