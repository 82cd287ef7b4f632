/**
 * The platforms × surfaces grid on one day, as an HTML table: each cell gives the level
 * (pattern swatch and name) and the capabilities the sources state, each with its sources,
 * and the date it has held since; a value resting on opinion alone carries the opinion
 * mark, and the cell's evidence (the sources' words) sits under it. Link kinds the sources
 * tell apart get their own line. Rendered at build time and, after a date change, in the browser.
 */
import { formatDate } from '../../lib/format-date.ts';
import { isoDay } from '../../model/calendar-date.ts';
import type { CellState, Matrix } from '../../lib/treatments/index.ts';
import { fragment, h, type Html } from '../html/markup.ts';
import { evidenceDetails } from '../html/evidence.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { capability, levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';

function since(v: Vocabulary, day: number): Html {
  return h('span', { class: 'since' }, `${v.words.since} `, h('time', { datetime: isoDay(day) }, formatDate(isoDay(day), v.lang)));
}

function entry(cell: CellState, v: Vocabulary, numbering: SourceNumbering): Html {
  const isDefault = cell.link === v.linkKinds[0]?.id;
  const level = cell.level;
  const levelInfo = level ? v.levels.find((l) => l.id === level.value) : undefined;
  const caps = v.capabilities
    .map((c) => ({ c, state: cell.capabilities[c.id] }))
    .filter((x): x is { c: (typeof v.capabilities)[number]; state: NonNullable<(typeof x)['state']> } => x.state !== undefined);
  const empty = !level && caps.length === 0;
  const opinion = () => opinionBadge(v.words.opinion, v.words.opinionNote);
  const yesNo = (value: string) => (value === 'yes' ? v.words.yes : v.words.no);
  return h(
    'div',
    { class: `matrix-entry${empty ? ' matrix-entry--empty' : ''}`, 'data-link': cell.link },
    isDefault ? null : h('p', { class: 'matrix-entry__kind' }, nameOf(v.linkKinds, cell.link)),
    h(
      'p',
      { class: 'matrix-entry__level', 'data-opinion': level?.opinion ? 'true' : undefined },
      levelInfo ? levelChip(levelInfo, { opinion: level?.opinion }) : levelChip({ id: 'unknown', name: v.words.unknown }),
      level?.opinion ? fragment(' ', opinion()) : null,
      level ? fragment(' ', sourceRefs(numbering.refs(level.sources)), ' ', since(v, level.since)) : null,
    ),
    caps.length
      ? h(
          'ul',
          { class: 'capabilities' },
          caps.map(({ c, state }) =>
            capability({ id: c.id, name: c.name, value: state.value, valueLabel: yesNo(state.value) }, sourceRefs(numbering.refs(state.sources)), state.opinion ? opinion() : undefined),
          ),
        )
      : null,
    evidenceDetails(
      [
        ...(level ? [{ label: `${v.words.level}: ${levelInfo?.name ?? level.value}`, statements: level.statements }] : []),
        ...caps.map(({ c, state }) => ({ label: `${c.name}: ${yesNo(state.value)}`, statements: state.statements })),
      ],
      v,
    ),
  );
}

/** The matrix table (with a caption) and, separately, the reference list it cites. */
export function renderMatrix(matrix: Matrix, v: Vocabulary, numbering: SourceNumbering, caption: string): Html {
  const byPlatform = new Map<string, CellState[]>();
  for (const c of matrix.cells) byPlatform.set(c.platform, [...(byPlatform.get(c.platform) ?? []), c]);
  return h(
    'table',
    { class: 'matrix', 'data-at': matrix.iso },
    h('caption', null, caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, v.words.platform), v.surfaces.map((s) => h('th', { scope: 'col' }, s.name)))),
    h(
      'tbody',
      null,
      v.platforms.map((p) =>
        h(
          'tr',
          { 'data-platform': p.id },
          h('th', { scope: 'row' }, h('a', { href: p.href }, p.name)),
          v.surfaces.map((s) =>
            h(
              'td',
              { 'data-surface': s.id, 'data-label': s.name },
              (byPlatform.get(p.id) ?? []).filter((c) => c.surface === s.id).map((c) => entry(c, v, numbering)),
            ),
          ),
        ),
      ),
    ),
  );
}
