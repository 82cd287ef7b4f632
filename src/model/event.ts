import { z } from 'zod';
import { calendarDateField } from './date-field.ts';
import { idSchema } from './id.ts';
import { localizedText, shortLocalizedText } from './lang.ts';
import { treatmentSchema } from './treatment.ts';

/** A milestone label is drawn in full on the timeline, on a phone too. */
export const MILESTONE_LIMITS = {
  what: 'milestone label',
  zh: 14,
  en: 32,
  because: 'so that it reads in full on the timeline, on a phone too',
} as const;

const idList = (what: string) =>
  z.array(idSchema, { error: `must be a list of ${what} ids` });

/** A figure a source gives (monthly actives, an estimate), always shown with that source. */
export const figureSchema = z.strictObject({
  /** The number as written, e.g. { zh: "12亿", en: "1.2 billion" }. */
  value: localizedText,
  /** What it measures. */
  label: localizedText,
  /** The source that gives it; must be one of the event's sources. */
  source: idSchema,
  /** Who the number comes from when the source reports someone else's figure (e.g. CICC). */
  attribution: localizedText.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/**
 * The frontmatter of one dated policy event (content/events/*.mdx). The MDX body tells the
 * event in both languages inside <Zh>…</Zh> and <En>…</En>.
 */
export const eventSchema = z.strictObject({
  /** Stable id used in URLs (/events/<id>/); never change it once published. */
  id: idSchema,
  /** When it happened or was announced (CST), at the precision the sources support. */
  date: calendarDateField,
  /** When it took effect, if that differs from `date` (announced 2021-05-14, effective 2021-05-19). */
  effective: calendarDateField.optional(),
  /** Headline in both languages. */
  title: localizedText,
  /** One paragraph in both languages. */
  summary: localizedText,
  /**
   * Marks the event as a milestone, one of the key moments the home page leads with, story
   * mode steps through and the timeline labels in full: what happened, in a few words.
   */
  milestone: shortLocalizedText(MILESTONE_LIMITS).optional(),
  /** Who acted: ids from content/reference/actors.yaml. */
  actors: idList('actor').min(1, { error: 'must name at least one actor' }),
  /** Platforms the event concerns: ids from content/reference/platforms.yaml. */
  platforms: idList('platform').default([]),
  /** WeChat surfaces the event concerns: ids from content/reference/surfaces.yaml. */
  surfaces: idList('surface').default([]),
  /** Topic labels: ids from content/reference/tags.yaml. */
  tags: idList('tag').default([]),
  /** The sources that state this event: ids from content/sources/. At least one. */
  sources: z
    .array(idSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: every event must cite at least one source'
          : 'must be a list of source ids',
    })
    .min(1, { error: 'is empty: every event must cite at least one source' }),
  /** Figures the sources give, each with its source. */
  figures: z.array(figureSchema).default([]),
  /** Tie-break among events on the same date: lower comes first. */
  order: z.int().default(0),
  /** Structured treatment statements: from this event's effective date, how links are treated. */
  treatments: z.array(treatmentSchema).default([]),
});
export type EventData = z.infer<typeof eventSchema>;
export type EventInput = z.input<typeof eventSchema>;

/** Components an event body may use (provided at render time; no imports needed). */
export const BODY_COMPONENTS = ['Zh', 'En', 'Cite', 'Q', 'Opinion'] as const;
/** Each language's block that the body must contain. */
export const BODY_LANGUAGE_BLOCKS = { zh: 'Zh', en: 'En' } as const;
