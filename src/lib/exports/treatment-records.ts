/**
 * The treatment data as records: one per platform × surface × link kind × period, from
 * the engine's histories. Cells no source speaks to have no records.
 */
import { isoDay } from '../../model/calendar-date.ts';
import type { Evidence } from '../../model/evidence.ts';
import type { TreatmentRecord } from '../../model/exports.ts';
import { allHistories, attributeOf, attributeOrder, cellSources, evidenceOf, type TreatmentIndex } from '../treatments/index.ts';
import { csvList, toCsv } from './csv.ts';

export function treatmentRecords(index: TreatmentIndex): TreatmentRecord[] {
  return allHistories(index).flatMap((cell) =>
    cell.periods.map((p) => {
      const known = [p.state.level, ...Object.values(p.state.capabilities)].filter((a) => a !== undefined);
      return {
        platform: cell.platform,
        surface: cell.surface,
        linkKind: cell.link,
        level: p.state.level?.value ?? null,
        capabilities: Object.fromEntries(index.dims.capabilities.filter((c) => p.state.capabilities[c]).map((c) => [c, p.state.capabilities[c]!.value as 'yes' | 'no'])),
        validFrom: isoDay(p.from),
        validUntil: p.until === undefined ? null : isoDay(p.until),
        sources: cellSources(p.state),
        events: [...new Set(known.flatMap((a) => a.statements.map((s) => s.event)))],
        opinion: attributeOrder(index.dims).filter((a) => attributeOf(p.state, a)?.opinion),
        evidence: evidenceOf(known.flatMap((a) => a.statements)),
      };
    }),
  );
}

/** Evidence in one CSV cell: a line per quote, "source-id: quote". */
export const csvEvidence = (evidence: readonly Evidence[]) => evidence.map((e) => `${e.source}: ${e.quote}`).join('\n');

export function treatmentsCsv(records: readonly TreatmentRecord[], capabilities: readonly string[]): string {
  const header = ['platform', 'surface', 'link_kind', 'level', 'valid_from', 'valid_until', ...capabilities.map((c) => `capability_${c}`), 'sources', 'events', 'opinion', 'evidence'];
  return toCsv(
    header,
    records.map((r) => [
      r.platform,
      r.surface,
      r.linkKind,
      r.level,
      r.validFrom,
      r.validUntil,
      ...capabilities.map((c) => r.capabilities[c] ?? null),
      csvList(r.sources),
      csvList(r.events),
      csvList(r.opinion),
      csvEvidence(r.evidence),
    ]),
  );
}
