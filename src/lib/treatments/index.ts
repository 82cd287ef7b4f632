/**
 * The treatment engine: pure functions over events and reference ids (no DOM, no Astro).
 *   indexTreatments(events, dims) → index
 *   stateAt(index, "2021-11-30") · diff(index, from, to) · history(index, platform)
 * Each value carries the statements behind it: their evidence, and whether it is opinion.
 */
export { effectiveDay, expandStatements, LEVEL, type Attribute, type Dimensions, type ExpandOptions, type Statement, type TreatmentEvent } from './statements.ts';
export { indexTreatments, allCells, cellsFor, attributeOrder, cellId, type CellKey, type TreatmentIndex } from './treatment-index.ts';
export { stateAt, cellStateAt, attributeAt, attributeOf, cellSources, type AttributeState, type CellState, type Matrix } from './state.ts';
export { diff, eventDiff, eventsBetween, type Diff, type DiffRow } from './diff.ts';
export { keyChangeRanges, latestChange, latestChangeEvents, type KeyChange } from './key-changes.ts';
export { history, cellHistory, allHistories, type CellHistory, type Period } from './history.ts';
export { changesByDay, type DayOfChange } from './changes-by-day.ts';
export { dimensionsOf } from './dimensions.ts';
export { evidenceOf, opinionSourceIds, rulesOf } from './support.ts';
