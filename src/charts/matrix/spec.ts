/** The matrix as a chart kind: rows.ts → chart.ts (layout, draw) → table.ts, and its data. */
import { csvList } from '../../lib/exports/csv.ts';
import { csvEvidence } from '../../lib/exports/treatment-records.ts';
import { isoDay } from '../../model/calendar-date.ts';
import { drawnEvidenceVocabulary } from '../html/evidence.ts';
import { drawnSupport } from '../shared/value-view.ts';
import { columnsOf, type ChartSpec } from '../spec.ts';
import { drawMatrix, layoutMatrix, type MatrixLayout } from './chart.ts';
import type { MatrixRows } from './rows.ts';

export const matrixSpec: ChartSpec<MatrixRows, MatrixLayout> = {
  namesEvents: false,
  layout: layoutMatrix,
  draw: drawMatrix,
  drawing: (rows) => ({
    ...rows,
    evidence: drawnEvidenceVocabulary(rows.evidence),
    cells: rows.cells.map((c) => ({
      ...c,
      entries: c.entries.map((e) => ({
        ...e,
        ...(e.level ? { level: drawnSupport(e.level) } : {}),
        capabilities: e.capabilities.map((k) => ({ ...k, value: drawnSupport(k.value) })),
      })),
    })),
  }),
  data(rows) {
    const col = rows.dataColumns;
    const name = (list: readonly { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
    return {
      columns: columnsOf(col, ['platform', 'surface', 'linkKind', 'attribute', 'value', 'since', 'sources', 'opinion', 'evidence']),
      records: rows.cells.flatMap((c) =>
        c.entries.flatMap((e) =>
          [{ attribute: rows.words.level, value: e.level }, ...e.capabilities.map((k) => ({ attribute: k.name, value: k.value }))].map(({ attribute, value }) => ({
            platform: name(rows.platforms, c.platform),
            surface: name(rows.surfaces, c.surface),
            linkKind: e.kindLabel ?? '',
            attribute,
            value: value?.label ?? rows.words.unknown,
            since: value?.since === undefined ? null : isoDay(value.since),
            sources: csvList(value?.sources ?? []),
            opinion: value ? (value.opinion ? rows.words.yes : rows.words.no) : null,
            evidence: csvEvidence(value?.evidence ?? []),
          })),
        ),
      ),
    };
  },
};
