/** A platform's history as a chart kind: rows.ts → layout.ts → draw.ts → table.ts, and its data. */
import { isoDay } from '../../model/calendar-date.ts';
import type { ChartSpec } from '../spec.ts';
import { drawHistory } from './draw.ts';
import { layoutHistory, type HistoryLayout } from './layout.ts';
import type { PlatformRows } from './rows.ts';

export const platformSpec: ChartSpec<PlatformRows, HistoryLayout> = {
  layout: layoutHistory,
  draw: drawHistory,
  data(rows) {
    const col = rows.dataColumns;
    return {
      columns: [
        { key: 'surface', label: col.surface },
        { key: 'from', label: col.from },
        { key: 'until', label: col.until },
        { key: 'attribute', label: col.attribute },
        { key: 'value', label: col.value },
        { key: 'sources', label: col.sources },
        { key: 'events', label: col.events },
      ],
      records: rows.rows.flatMap((r) =>
        r.periods.flatMap((p) =>
          [{ attribute: rows.words.level, value: p.level }, ...p.capabilities.map((c) => ({ attribute: c.name, value: c.value }))].map(({ attribute, value }) => ({
            surface: r.fullLabel,
            from: isoDay(p.from),
            until: p.until === undefined ? null : isoDay(p.until - 1),
            attribute,
            value: value?.label ?? rows.words.unknown,
            sources: (value?.sources ?? []).join(';'),
            events: p.events.map((e) => e.id).join(';'),
          })),
        ),
      ),
    };
  },
};
