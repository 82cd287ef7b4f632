/**
 * The treatment record's plain values, without the schema in treatment.ts, so code that runs
 * in the browser (the treatment engine on the matrix and diff pages) can use them without
 * shipping zod. treatment.ts re-exports everything here.
 */

/**
 * Whether a treatment record says the policy changed on the event's date, or reports how
 * things stood on that date (a hands-on test, an article's description). Reports fill in
 * what was known from that day on; they are never shown as a change of policy.
 */
export const TREATMENT_BASES = ['change', 'report'] as const;
export type TreatmentBasis = (typeof TREATMENT_BASES)[number];

/** A capability's value where a source states it; unknown is the absence of a value. */
export const CAPABILITY_VALUES = ['yes', 'no'] as const;
export type CapabilityValue = (typeof CAPABILITY_VALUES)[number];

/** `link: all`: the statement is about every kind of link. */
export const ALL_LINK_KINDS = 'all';
