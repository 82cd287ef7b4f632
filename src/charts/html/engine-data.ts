import type { Dimensions, TreatmentEvent } from '../../lib/treatments/index.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * What the matrix and diff pages fetch to recompute in the browser for any date
 * (/data/engine-<lang>.json): the events' treatment records in time order, the
 * dimensions, and the vocabulary in that language.
 */
export interface EngineData {
  readonly dims: Dimensions;
  readonly events: readonly TreatmentEvent[];
  readonly vocabulary: Vocabulary;
}
