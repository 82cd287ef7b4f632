/**
 * A diff as a readable review: grouped by platform, one row per surface × link kind ×
 * attribute, the old value struck out and the new one added, each row linking to the
 * events that caused it and their sources, with the sources' words behind the new value.
 * "First reported" rows are marked as such: the sources only then began to describe them,
 * which is not a change of policy. A value a general change ended reads "→ no source,
 * ended"; a new value resting on opinion alone carries the opinion mark.
 */
import type { Diff, DiffRow } from '../../lib/treatments/index.ts';
import { LEVEL } from '../../lib/treatments/index.ts';
import { fragment, h, type Html } from '../html/markup.ts';
import { evidenceDetails } from '../html/evidence.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';

function value(row: DiffRow, which: 'before' | 'after', v: Vocabulary): Html {
  const raw = row[which];
  if (row.attribute === LEVEL) {
    const level = raw === undefined ? undefined : v.levels.find((l) => l.id === raw);
    return level ? levelChip(level, { opinion: which === 'after' && row.opinion }) : levelChip({ id: 'unknown', name: raw ?? v.words.unknown });
  }
  if (raw === undefined) return h('span', { class: 'value value--unknown' }, v.words.unknown);
  return h('span', { class: `value value--${raw}` }, h('span', { 'aria-hidden': 'true' }, raw === 'yes' ? '✓ ' : '× '), raw === 'yes' ? v.words.yes : v.words.no);
}

function attributeName(row: DiffRow, v: Vocabulary): string {
  return row.attribute === LEVEL ? v.words.level : nameOf(v.capabilities, row.attribute);
}

/** The new value in words, for the evidence's label. */
function afterText(row: DiffRow, v: Vocabulary): string {
  if (row.after === undefined) return `${v.words.unknown} (${v.words.ended})`;
  if (row.attribute === LEVEL) return nameOf(v.levels, row.after);
  return row.after === 'yes' ? v.words.yes : v.words.no;
}

/** changed / first reported / ended. */
function basisBadge(row: DiffRow, v: Vocabulary): Html {
  if (row.ended) return h('span', { class: 'badge badge--ended', title: v.words.endedNote }, v.words.ended);
  if (row.basis === 'report') return h('span', { class: 'badge badge--report', title: v.words.reportedNote }, v.words.reported);
  return h('span', { class: 'badge badge--change' }, v.words.changed);
}

export interface DiffOptions {
  /** Show which events caused each row (off on an event's own page, where it is that event). */
  readonly causes?: boolean;
  /** Level of the per-platform headings (3 by default; 4 where the diff sits under an h3). */
  readonly headingLevel?: 3 | 4;
}

export function renderDiff(d: Diff, v: Vocabulary, numbering: SourceNumbering, caption: string, options: DiffOptions = {}): Html {
  const causes = options.causes ?? true;
  if (d.rows.length === 0) return h('p', { class: 'diff-empty notice' }, v.words.noChanges);
  const platforms = v.platforms.filter((p) => d.rows.some((r) => r.platform === p.id));
  return h(
    'div',
    { class: 'diff', 'data-from': d.fromIso, 'data-to': d.toIso },
    h('p', { class: 'diff__caption' }, caption),
    platforms.map((p) => {
      const rows = d.rows.filter((r) => r.platform === p.id);
      return h(
        'section',
        { class: 'diff__platform', 'data-platform': p.id },
        h(`h${options.headingLevel ?? 3}`, null, h('a', { href: p.href }, p.name), ' ', h('span', { class: 'diff__count' }, `(${rows.length})`)),
        h(
          'table',
          { class: 'diff__table' },
          h('caption', { class: 'visually-hidden' }, `${p.name}: ${caption}`),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, v.words.surface),
              h('th', { scope: 'col' }, v.words.before),
              h('th', { scope: 'col' }, v.words.after),
              causes ? h('th', { scope: 'col' }, v.words.event) : h('th', { scope: 'col' }, v.words.sources),
            ),
          ),
          h(
            'tbody',
            null,
            rows.map((r) => {
              const kind = r.link === v.linkKinds[0]?.id ? '' : ` · ${nameOf(v.linkKinds, r.link)}`;
              const events = [...new Set(r.statements.map((s) => s.event))];
              const sources = [...new Set(r.statements.flatMap((s) => s.sources))];
              return h(
                'tr',
                {
                  class: `diff-row diff-row--${r.basis}${r.ended ? ' diff-row--ended' : ''}${r.opinion ? ' diff-row--opinion' : ''}`,
                  'data-surface': r.surface,
                  'data-link': r.link,
                  'data-attribute': r.attribute,
                  'data-opinion': r.opinion ? 'true' : undefined,
                },
                h('th', { scope: 'row' }, `${nameOf(v.surfaces, r.surface)}${kind}`, h('span', { class: 'diff-row__attribute' }, attributeName(r, v))),
                h('td', { class: 'diff-row__before' }, h('del', null, value(r, 'before', v))),
                h(
                  'td',
                  { class: 'diff-row__after' },
                  h('ins', null, value(r, 'after', v)),
                  basisBadge(r, v),
                  r.opinion ? fragment(' ', opinionBadge(v.words.opinion, v.words.opinionNote)) : null,
                ),
                h(
                  'td',
                  { class: 'diff-row__cause' },
                  causes
                    ? events.map((id) => {
                        const e = v.events[id];
                        return e ? h('span', { class: 'diff-row__event' }, h('a', { href: e.href }, e.title), ' ', h('span', { class: 'diff-row__date' }, e.date)) : id;
                      })
                    : null,
                  fragment(' ', sourceRefs(numbering.refs(sources))),
                  evidenceDetails([{ label: `${attributeName(r, v)}: ${afterText(r, v)}`, statements: r.support }], v),
                ),
              );
            }),
          ),
        ),
      );
    }),
  );
}
