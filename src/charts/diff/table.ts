/**
 * The diff's HTML companion: the same rows as a review, grouped by platform — the old value
 * struck out and the new one added, each line linking the events that caused it and their
 * sources, with the sources' words behind the new value. "First reported" lines are marked
 * as such: the sources only then began to describe them, which is not a change of policy.
 * A value a general change ended reads "→ no source, ended"; a new value resting on
 * opinion alone carries the opinion mark.
 */
import { evidenceDetails } from '../html/evidence.ts';
import { fragment, h, type Html } from '../html/markup.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import { markIcon } from '../shared/marks.ts';
import type { ValueView } from '../shared/value-view.ts';
import type { DiffLine, DiffRows } from './rows.ts';

function value(l: DiffLine, v: ValueView | undefined, rows: DiffRows): Html {
  if (l.isLevel) {
    const level = v && rows.levels.find((x) => x.id === v.value);
    return level ? levelChip(level, { opinion: v?.opinion }) : levelChip({ id: 'unknown', name: v?.label ?? rows.words.unknown });
  }
  if (!v) return h('span', { class: 'value value--unknown' }, rows.words.unknown);
  return h('span', { class: `value value--${v.value}` }, markIcon(v.value === 'yes' ? 'yes' : 'no'), ' ', v.label);
}

/** changed / first reported / ended. */
function basisBadge(l: DiffLine, rows: DiffRows): Html {
  if (l.ended) return h('span', { class: 'badge badge--ended', title: rows.words.endedNote }, l.basisLabel);
  if (l.basis === 'report') return h('span', { class: 'badge badge--report', title: rows.words.reportedNote }, l.basisLabel);
  return h('span', { class: 'badge badge--change' }, l.basisLabel);
}

/** "No source (ended)": what an ended value became, for its evidence's label. */
const ended = (l: DiffLine, rows: DiffRows) => (rows.lang === 'zh' ? `${rows.words.unknown}（${l.basisLabel}）` : `${rows.words.unknown} (${l.basisLabel})`);

export interface DiffTableOptions {
  /** Show which events caused each line (off on an event's own page, where it is that event). */
  readonly causes?: boolean;
  /** Level of the per-platform headings (3 by default; 4 where the diff sits under an h3). */
  readonly headingLevel?: 3 | 4;
}

export function diffTable(rows: DiffRows, numbering: SourceNumbering, options: DiffTableOptions = {}): Html {
  const causes = options.causes ?? true;
  if (rows.count === 0) return h('p', { class: 'diff-empty notice' }, rows.words.noChanges);
  return h(
    'div',
    { class: 'diff', 'data-from': rows.fromIso, 'data-to': rows.toIso },
    h('p', { class: 'diff__caption' }, rows.caption),
    rows.groups.map((g) =>
      h(
        'section',
        { class: 'diff__platform', 'data-platform': g.platform.id },
        h(`h${options.headingLevel ?? 3}`, null, h('a', { href: g.platform.href }, g.platform.name), ' ', h('span', { class: 'diff__count' }, `(${g.lines.length})`)),
        h(
          'table',
          { class: 'diff__table' },
          h('caption', { class: 'visually-hidden' }, `${g.platform.name}: ${rows.caption}`),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, rows.words.surface),
              h('th', { scope: 'col' }, rows.words.before),
              h('th', { scope: 'col' }, rows.words.after),
              h('th', { scope: 'col' }, causes ? rows.words.event : rows.words.sources),
            ),
          ),
          h(
            'tbody',
            null,
            g.lines.map((l) =>
              h(
                'tr',
                {
                  class: `diff-row diff-row--${l.basis}${l.ended ? ' diff-row--ended' : ''}${l.support.opinion ? ' diff-row--opinion' : ''}`,
                  'data-surface': l.surface,
                  'data-link': l.link,
                  'data-attribute': l.attribute,
                  'data-opinion': l.support.opinion ? 'true' : undefined,
                },
                h('th', { scope: 'row' }, l.cellLabel, h('span', { class: 'diff-row__attribute' }, l.attributeLabel)),
                h('td', { class: 'diff-row__before' }, h('del', null, value(l, l.before, rows))),
                h(
                  'td',
                  { class: 'diff-row__after' },
                  h('ins', null, value(l, l.after, rows)),
                  basisBadge(l, rows),
                  l.support.opinion ? fragment(' ', opinionBadge(rows.words.opinion, rows.words.opinionNote)) : null,
                ),
                h(
                  'td',
                  { class: 'diff-row__cause' },
                  causes ? l.events.map((e) => (e.href ? h('span', { class: 'diff-row__event' }, h('a', { href: e.href }, e.title), ' ', h('span', { class: 'diff-row__date' }, e.date)) : e.id)) : null,
                  fragment(' ', sourceRefs(numbering.refs(l.sources))),
                  evidenceDetails([{ label: `${l.attributeLabel}: ${l.after?.label ?? ended(l, rows)}`, support: l.support }], rows.evidence, numbering.notes),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
