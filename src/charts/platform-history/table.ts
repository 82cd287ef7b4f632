/**
 * A platform's history as its HTML companion: per surface (and link kind), each period
 * with its level, capabilities, sources and the events that set them (values resting on
 * opinion alone marked as such), and the sources' words behind them — the chart's rows.
 */
import { formatDate } from '../../lib/format-date.ts';
import { isoDay } from '../../model/calendar-date.ts';
import { evidenceDetails } from '../html/evidence.ts';
import { h, type Html } from '../html/markup.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { capability, levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import type { PlatformRows } from './rows.ts';

export function historyTable(rows: PlatformRows, numbering: SourceNumbering): Html {
  const w = rows.words;
  const date = (n: number) => h('time', { datetime: isoDay(n) }, formatDate(isoDay(n), rows.lang));
  const opinion = () => opinionBadge(w.opinion, w.opinionNote);
  return h(
    'table',
    { class: 'history-table' },
    h('caption', null, rows.caption),
    h('thead', null, h('tr', null, [w.surface, w.period, w.level, w.capabilities, w.events, w.evidence].map((x) => h('th', { scope: 'col' }, x)))),
    rows.rows.map((row) => {
      if (row.periods.length === 0) {
        return h('tbody', { 'data-surface': row.surface, 'data-link': row.link }, h('tr', null, h('th', { scope: 'row' }, row.fullLabel), h('td', { colspan: 5, class: 'history-table__none' }, w.noData)));
      }
      return h(
        'tbody',
        { 'data-surface': row.surface, 'data-link': row.link },
        row.periods.map((p, i) => {
          const info = p.level ? rows.levels.find((l) => l.id === p.level!.value) : undefined;
          return h(
            'tr',
            { 'data-from': isoDay(p.from) },
            i === 0 ? h('th', { scope: 'rowgroup', rowspan: row.periods.length }, row.fullLabel) : null,
            h('td', { class: 'history-table__period' }, date(p.from), ' – ', p.until === undefined ? w.current : date(p.until - 1)),
            h(
              'td',
              { 'data-opinion': p.level?.opinion ? 'true' : undefined },
              info ? levelChip(info, { opinion: p.level?.opinion }) : levelChip({ id: 'unknown', name: w.unknown }),
              p.level?.opinion ? [' ', opinion()] : null,
              p.level ? [' ', sourceRefs(numbering.refs(p.level.sources))] : null,
            ),
            h(
              'td',
              null,
              p.capabilities.length
                ? h(
                    'ul',
                    { class: 'capabilities' },
                    p.capabilities.map((c) =>
                      capability({ id: c.id, name: c.name, value: c.value.value, valueLabel: c.value.label }, sourceRefs(numbering.refs(c.value.sources)), c.value.opinion ? opinion() : undefined),
                    ),
                  )
                : '—',
            ),
            h(
              'td',
              null,
              p.events.map((e) => (e.href ? h('a', { href: e.href, class: 'history-table__event' }, e.title) : e.id)),
            ),
            h(
              'td',
              { class: 'history-table__evidence' },
              evidenceDetails(
                [
                  ...(p.level ? [{ label: `${w.level}: ${p.level.label}`, support: p.level }] : []),
                  ...p.capabilities.map((c) => ({ label: `${c.name}: ${c.value.label}`, support: c.value })),
                ],
                rows.evidence,
                numbering.notes,
              ),
            ),
          );
        }),
      );
    }),
  );
}
