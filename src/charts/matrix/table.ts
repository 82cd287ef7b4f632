/**
 * The matrix's HTML companion: the same rows as a table — each cell gives the level
 * (pattern swatch and name) and the capabilities the sources state, each with its sources,
 * and the date it has held since; a value resting on opinion alone carries the opinion
 * mark, and the cell's evidence (the sources' words) sits under it. Rendered at build time
 * and, after a date change, in the browser.
 */
import { formatDate } from '../../lib/format-date.ts';
import { isoDay } from '../../model/calendar-date.ts';
import { evidenceDetails } from '../html/evidence.ts';
import { fragment, h, type Html } from '../html/markup.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { capability, levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import type { MatrixEntry, MatrixRows } from './rows.ts';

function entry(e: MatrixEntry, rows: MatrixRows, numbering: SourceNumbering): Html {
  const level = e.level;
  const info = level ? rows.levels.find((l) => l.id === level.value) : undefined;
  const empty = !level && e.capabilities.length === 0;
  const opinion = () => opinionBadge(rows.words.opinion, rows.words.opinionNote);
  return h(
    'div',
    { class: `matrix-entry${empty ? ' matrix-entry--empty' : ''}`, 'data-link': e.link },
    e.kindLabel ? h('p', { class: 'matrix-entry__kind' }, e.kindLabel) : null,
    h(
      'p',
      { class: 'matrix-entry__level', 'data-opinion': level?.opinion ? 'true' : undefined },
      info ? levelChip(info, { opinion: level?.opinion }) : levelChip({ id: 'unknown', name: rows.words.unknown }),
      level?.opinion ? fragment(' ', opinion()) : null,
      level
        ? fragment(
            ' ',
            sourceRefs(numbering.refs(level.sources)),
            level.since === undefined
              ? null
              : [' ', h('span', { class: 'since' }, `${rows.words.since} `, h('time', { datetime: isoDay(level.since) }, formatDate(isoDay(level.since), rows.lang)))],
          )
        : null,
    ),
    e.capabilities.length
      ? h(
          'ul',
          { class: 'capabilities' },
          e.capabilities.map((c) =>
            capability({ id: c.id, name: c.name, value: c.value.value, valueLabel: c.value.label }, sourceRefs(numbering.refs(c.value.sources)), c.value.opinion ? opinion() : undefined),
          ),
        )
      : null,
    evidenceDetails(
      [
        ...(level ? [{ label: `${rows.words.level}: ${level.label}`, support: level }] : []),
        ...e.capabilities.map((c) => ({ label: `${c.name}: ${c.value.label}`, support: c.value })),
      ],
      rows.evidence,
      numbering.notes,
    ),
  );
}

/** The matrix table, with its caption; its sources are numbered by `numbering`. */
export function matrixTable(rows: MatrixRows, numbering: SourceNumbering): Html {
  return h(
    'table',
    { class: 'matrix', 'data-at': rows.iso },
    h('caption', null, rows.caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, rows.words.platform), rows.surfaces.map((s) => h('th', { scope: 'col' }, s.name)))),
    h(
      'tbody',
      null,
      rows.platforms.map((p) =>
        h(
          'tr',
          { 'data-platform': p.id },
          h('th', { scope: 'row' }, h('a', { href: p.href }, p.name)),
          rows.surfaces.map((s) =>
            h(
              'td',
              { 'data-surface': s.id, 'data-label': s.name },
              rows.cells.find((c) => c.platform === p.id && c.surface === s.id)!.entries.map((e) => entry(e, rows, numbering)),
            ),
          ),
        ),
      ),
    ),
  );
}
