/** A platform's history as a chart kind: rows.ts → layout.ts → draw.ts → table.ts, and its data. */
import { csvList } from '../../lib/exports/csv.ts';
import { csvEvidence } from '../../lib/exports/treatment-records.ts';
import { isoDay } from '../../model/calendar-date.ts';
import { drawnEvidenceVocabulary } from '../html/evidence.ts';
import { drawnSupport } from '../shared/value-view.ts';
import { columnsOf, type ChartSpec } from '../spec.ts';
import { drawHistory } from './draw.ts';
import { layoutHistory, type HistoryLayout } from './layout.ts';
import type { PlatformRows } from './rows.ts';

export const platformSpec: ChartSpec<PlatformRows, HistoryLayout> = {
  namesEvents: true,
  layout: layoutHistory,
  draw: drawHistory,
  drawing: (rows) => ({
    ...rows,
    evidence: drawnEvidenceVocabulary(rows.evidence),
    rows: rows.rows.map((r) => ({
      ...r,
      periods: r.periods.map((p) => ({
        ...p,
        ...(p.level ? { level: drawnSupport(p.level) } : {}),
        capabilities: p.capabilities.map((k) => ({ ...k, value: drawnSupport(k.value) })),
      })),
    })),
  }),
  data(rows) {
    const col = rows.dataColumns;
    return {
      columns: columnsOf(col, ['surface', 'from', 'until', 'attribute', 'value', 'sources', 'events', 'opinion', 'evidence']),
      records: rows.rows.flatMap((r) =>
        r.periods.flatMap((p) =>
          [{ attribute: rows.words.level, value: p.level }, ...p.capabilities.map((c) => ({ attribute: c.name, value: c.value }))].map(({ attribute, value }) => ({
            surface: r.fullLabel,
            from: isoDay(p.from),
            until: p.until === undefined ? null : isoDay(p.until - 1),
            attribute,
            value: value?.label ?? rows.words.unknown,
            sources: csvList(value?.sources ?? []),
            events: csvList(p.events.map((e) => e.id)),
            opinion: value ? (value.opinion ? rows.words.yes : rows.words.no) : null,
            evidence: csvEvidence(value?.evidence ?? []),
          })),
        ),
      ),
    };
  },
};
