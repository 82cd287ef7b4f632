/**
 * A platform's history as its HTML companion: per surface (and link kind), each period
 * with its level, capabilities, sources and the events that set them — the chart's rows.
 */
import { formatDate } from '../../lib/format-date.ts';
import { isoDay } from '../../model/calendar-date.ts';
import { h, type Html } from '../html/markup.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { capability, levelChip, sourceRefs } from '../html/treatment-pieces.ts';
import type { PlatformRows } from './rows.ts';

export function historyTable(rows: PlatformRows, numbering: SourceNumbering): Html {
  const w = rows.words;
  const date = (n: number) => h('time', { datetime: isoDay(n) }, formatDate(isoDay(n), rows.lang));
  return h(
    'table',
    { class: 'history-table' },
    h('caption', null, rows.caption),
    h('thead', null, h('tr', null, [w.surface, w.period, w.level, w.capabilities, w.events].map((x) => h('th', { scope: 'col' }, x)))),
    rows.rows.map((row) => {
      if (row.periods.length === 0) {
        return h('tbody', { 'data-surface': row.surface, 'data-link': row.link }, h('tr', null, h('th', { scope: 'row' }, row.fullLabel), h('td', { colspan: 4, class: 'history-table__none' }, w.noData)));
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
            h('td', null, info ? levelChip(info) : levelChip({ id: 'unknown', name: w.unknown }), p.level ? [' ', sourceRefs(numbering.refs(p.level.sources))] : null),
            h(
              'td',
              null,
              p.capabilities.length
                ? h(
                    'ul',
                    { class: 'capabilities' },
                    p.capabilities.map((c) => capability({ id: c.id, name: c.name, value: c.value.value, valueLabel: c.value.label }, sourceRefs(numbering.refs(c.value.sources)))),
                  )
                : '—',
            ),
            h(
              'td',
              null,
              p.events.map((e) => (e.href ? h('a', { href: e.href, class: 'history-table__event' }, e.title) : e.id)),
            ),
          );
        }),
      );
    }),
  );
}
