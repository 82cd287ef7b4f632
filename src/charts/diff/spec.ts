/** The diff as a chart kind: rows.ts → chart.ts (layout, draw) → table.ts, and its data. */
import type { ChartSpec } from '../spec.ts';
import { drawDiff, layoutDiff, type DiffLayout } from './chart.ts';
import type { DiffRows } from './rows.ts';

export const diffSpec: ChartSpec<DiffRows, DiffLayout> = {
  layout: layoutDiff,
  draw: drawDiff,
  data(rows) {
    const col = rows.dataColumns;
    return {
      columns: [
        { key: 'platform', label: col.platform },
        { key: 'surface', label: col.surface },
        { key: 'attribute', label: col.attribute },
        { key: 'before', label: col.before },
        { key: 'after', label: col.after },
        { key: 'basis', label: col.basis },
        { key: 'events', label: col.events },
        { key: 'sources', label: col.sources },
      ],
      records: rows.groups.flatMap((g) =>
        g.lines.map((l) => ({
          platform: g.platform.name,
          surface: l.cellLabel,
          attribute: l.attributeLabel,
          before: l.before?.label ?? rows.words.unknown,
          after: l.after?.label ?? rows.words.unknown,
          basis: l.basisLabel,
          events: l.events.map((e) => e.id).join(';'),
          sources: l.sources.join(';'),
        })),
      ),
    };
  },
};
