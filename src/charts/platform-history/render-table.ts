/**
 * A platform's history as an accessible table: per surface (and link kind), each period
 * with its level, capabilities and sources (values resting on opinion alone marked as
 * such), and the sources' words behind them. The chart's words, in rows.
 */
import { formatDate } from '../../lib/format-date.ts';
import { isoDay } from '../../model/calendar-date.ts';
import type { CellHistory } from '../../lib/treatments/index.ts';
import { h, type Html } from '../html/markup.ts';
import { evidenceDetails } from '../html/evidence.ts';
import type { SourceNumbering } from '../html/source-numbering.ts';
import { capability, levelChip, opinionBadge, sourceRefs } from '../html/treatment-pieces.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';

export interface HistoryTableWords {
  readonly surface: string;
  readonly period: string;
  readonly level: string;
  readonly capabilities: string;
  readonly events: string;
  /** Header of the evidence column. */
  readonly evidence: string;
  readonly until: string;
  readonly current: string;
  readonly noData: string;
  readonly caption: string;
}

export function renderHistoryTable(histories: readonly CellHistory[], v: Vocabulary, numbering: SourceNumbering, words: HistoryTableWords): Html {
  const date = (n: number) => h('time', { datetime: isoDay(n) }, formatDate(isoDay(n), v.lang));
  return h(
    'table',
    { class: 'history-table' },
    h('caption', null, words.caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [words.surface, words.period, words.level, words.capabilities, words.events, words.evidence].map((w) => h('th', { scope: 'col' }, w)),
      ),
    ),
    histories.map((cell) => {
      const label = cell.link === v.linkKinds[0]?.id ? nameOf(v.surfaces, cell.surface) : `${nameOf(v.surfaces, cell.surface)} · ${nameOf(v.linkKinds, cell.link)}`;
      if (cell.periods.length === 0) {
        return h('tbody', { 'data-surface': cell.surface, 'data-link': cell.link }, h('tr', null, h('th', { scope: 'row' }, label), h('td', { colspan: 5, class: 'history-table__none' }, words.noData)));
      }
      return h(
        'tbody',
        { 'data-surface': cell.surface, 'data-link': cell.link },
        cell.periods.map((p, i) => {
          const level = p.state.level;
          const levelInfo = level ? v.levels.find((l) => l.id === level.value) : undefined;
          const caps = v.capabilities.filter((c) => p.state.capabilities[c.id]);
          const events = [...new Set([level, ...Object.values(p.state.capabilities)].flatMap((a) => (a ? a.statements.filter((s) => s.day >= p.from && (p.until === undefined || s.day < p.until)).map((s) => s.event) : [])))];
          const opinion = () => opinionBadge(v.words.opinion, v.words.opinionNote);
          const yesNo = (value: string) => (value === 'yes' ? v.words.yes : v.words.no);
          return h(
            'tr',
            { 'data-from': isoDay(p.from) },
            i === 0 ? h('th', { scope: 'rowgroup', rowspan: cell.periods.length }, label) : null,
            h('td', { class: 'history-table__period' }, date(p.from), ' – ', p.until === undefined ? words.current : date(p.until - 1)),
            h(
              'td',
              { 'data-opinion': level?.opinion ? 'true' : undefined },
              levelInfo ? levelChip(levelInfo, { opinion: level?.opinion }) : levelChip({ id: 'unknown', name: v.words.unknown }),
              level?.opinion ? [' ', opinion()] : null,
              level ? [' ', sourceRefs(numbering.refs(level.sources))] : null,
            ),
            h(
              'td',
              null,
              caps.length
                ? h(
                    'ul',
                    { class: 'capabilities' },
                    caps.map((c) => {
                      const a = p.state.capabilities[c.id]!;
                      return capability({ id: c.id, name: c.name, value: a.value, valueLabel: yesNo(a.value) }, sourceRefs(numbering.refs(a.sources)), a.opinion ? opinion() : undefined);
                    }),
                  )
                : '—',
            ),
            h(
              'td',
              null,
              events.map((id) => {
                const e = v.events[id];
                return e ? h('a', { href: e.href, class: 'history-table__event' }, e.title) : id;
              }),
            ),
            h(
              'td',
              { class: 'history-table__evidence' },
              evidenceDetails(
                [
                  ...(level ? [{ label: `${v.words.level}: ${levelInfo?.name ?? level.value}`, statements: level.statements }] : []),
                  ...caps.map((c) => ({ label: `${c.name}: ${yesNo(p.state.capabilities[c.id]!.value)}`, statements: p.state.capabilities[c.id]!.statements })),
                ],
                v,
              ),
            ),
          );
        }),
      );
    }),
  );
}
