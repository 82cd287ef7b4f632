/** The diff as a chart kind: rows.ts → chart.ts (layout, draw) → table.ts, and its data. */
import { csvList } from '../../lib/exports/csv.ts';
import { csvEvidence } from '../../lib/exports/treatment-records.ts';
import { drawnEvidenceVocabulary } from '../html/evidence.ts';
import { drawnSupport } from '../shared/value-view.ts';
import { columnsOf, type ChartSpec } from '../spec.ts';
import { drawDiff, layoutDiff, type DiffLayout } from './chart.ts';
import type { DiffRows } from './rows.ts';

export const diffSpec: ChartSpec<DiffRows, DiffLayout> = {
  namesEvents: false,
  layout: layoutDiff,
  draw: drawDiff,
  drawing: (rows) => ({
    ...rows,
    evidence: drawnEvidenceVocabulary(rows.evidence),
    groups: rows.groups.map((g) => ({
      ...g,
      lines: g.lines.map((l) => ({
        ...l,
        ...(l.before ? { before: drawnSupport(l.before) } : {}),
        ...(l.after ? { after: drawnSupport(l.after) } : {}),
        support: drawnSupport(l.support),
      })),
    })),
  }),
  data(rows) {
    const col = rows.dataColumns;
    return {
      columns: columnsOf(col, ['platform', 'surface', 'attribute', 'before', 'after', 'basis', 'events', 'sources', 'opinion', 'evidence']),
      records: rows.groups.flatMap((g) =>
        g.lines.map((l) => ({
          platform: g.platform.name,
          surface: l.cellLabel,
          attribute: l.attributeLabel,
          before: l.before?.label ?? rows.words.unknown,
          after: l.after?.label ?? rows.words.unknown,
          basis: l.basisLabel,
          events: csvList(l.events.map((e) => e.id)),
          sources: csvList(l.sources),
          opinion: l.support.opinion ? rows.words.yes : rows.words.no,
          evidence: csvEvidence(l.support.evidence),
        })),
      ),
    };
  },
};
