import { z } from 'zod';
import { evidenceSchema } from './evidence.ts';
import { idSchema } from './id.ts';
import { localizedText } from './lang.ts';
import { CAPABILITY_VALUES, TREATMENT_BASES } from './treatment-codes.ts';
export { ALL_LINK_KINDS, CAPABILITY_VALUES, TREATMENT_BASES, type CapabilityValue, type TreatmentBasis } from './treatment-codes.ts';

/**
 * One structured statement in an event's frontmatter: from the event's effective date,
 * these platforms' links of this kind, on these surfaces, get this level and/or these
 * capabilities — as the cited sources state, in the words quoted as evidence.
 */
export const treatmentSchema = z
  .strictObject({
    /** Platform ids from content/reference/platforms.yaml, or "all" for every platform. */
    platforms: z.union([z.literal('all'), z.array(idSchema).min(1, { error: 'needs at least one platform id, or "all"' })], {
      error: 'must be "all" or a list of platform ids',
    }),
    /** Surface ids from content/reference/surfaces.yaml. */
    surfaces: z.array(idSchema, { error: 'must be a list of surface ids' }).min(1, { error: 'needs at least one surface id' }),
    /** Link kind id from content/reference/link-kinds.yaml, or "all" for every kind; omit when the sources do not tell kinds apart. */
    link: idSchema.optional(),
    /** Level id from content/reference/levels.yaml. */
    level: idSchema.optional(),
    /** Capability ids from content/reference/capabilities.yaml, each "yes" or "no". */
    capabilities: z
      .record(idSchema, z.enum(CAPABILITY_VALUES, { error: 'must be "yes" or "no" (leave a capability out when no source says)' }))
      .default({}),
    /** "change" (the policy changed on this date) or "report" (how things stood on this date). */
    basis: z.enum(TREATMENT_BASES, { error: 'must be "change" or "report"' }),
    /** The sources that state it: ids among the event's own sources. At least one. */
    sources: z
      .array(idSchema, {
        error: (issue) =>
          issue.input === undefined ? 'is missing: every treatment must cite the source that states it' : 'must be a list of source ids',
      })
      .min(1, { error: 'is empty: every treatment must cite the source that states it' }),
    /** The words of each cited source that support this record: one or more entries, at least one per source. */
    evidence: z
      .array(evidenceSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing: every treatment must quote the words of its sources that support it (evidence: - source: … quote: …)'
            : 'must be a list of { source, quote } entries',
      })
      .min(1, { error: 'is empty: every treatment must quote the words of its sources that support it' }),
    /** Id of the codebook case (content/reference/codebook.yaml) this coding relies on, when it relies on one. */
    rule: idSchema.optional(),
    /**
     * A general change (basis: change only): on this day every earlier value of the named
     * cells ends and becomes unknown, unless this record, a later record of this event or a
     * later event states it again.
     */
    ends: z.literal(true, { error: 'must be true, or left out' }).optional(),
    /** How the editors read the sources into this record, when that needs saying. */
    note: localizedText.optional(),
  })
  .refine((t) => t.level !== undefined || Object.keys(t.capabilities).length > 0 || t.ends === true, {
    error: 'says nothing: give a level, capabilities, or both (or `ends: true` for a general change that ends earlier values)',
  });
export type TreatmentData = z.infer<typeof treatmentSchema>;
