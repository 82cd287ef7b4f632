import type { Dimensions } from './statements.ts';

interface HasId {
  readonly id: string;
}

/** The engine's dimensions from reference data, in the content's own order. */
export function dimensionsOf(reference: {
  readonly platforms: readonly HasId[];
  readonly surfaces: readonly HasId[];
  readonly linkKinds: readonly HasId[];
  readonly levels: readonly HasId[];
  readonly capabilities: readonly HasId[];
}): Dimensions {
  const ids = (xs: readonly HasId[]) => xs.map((x) => x.id);
  return {
    platforms: ids(reference.platforms),
    surfaces: ids(reference.surfaces),
    linkKinds: ids(reference.linkKinds),
    levels: ids(reference.levels),
    capabilities: ids(reference.capabilities),
  };
}
