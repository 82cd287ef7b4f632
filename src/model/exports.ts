/**
 * The downloadable data's shape (/data/events.json, /data/treatments.json). The JSON
 * Schemas published beside the files are generated from these.
 */
import { z } from 'zod';
import { CAPABILITY_VALUES } from './treatment.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.strictObject({ zh: z.string(), en: z.string() });

const about = {
  /** What the file is. */
  title: z.string(),
  /** The licence under which the data may be reused. */
  licence: z.string(),
  /** How to cite the data. */
  citation: z.string(),
  /** The site's address (site-relative, "/", until it has a public one). */
  site: z.string(),
  /** The date of the latest source in the data (CST). Later changes are not in it. */
  asOf: isoDay.nullable(),
};

/** One event, as exported. */
export const eventExportSchema = z.strictObject({
  /** Stable id (the event page is /events/<id>/). */
  id: z.string(),
  /** Date as given, at its precision: "2018", "2020-12", "2021-05-19". */
  date: z.string(),
  /** "year", "month" or "day". */
  datePrecision: z.enum(['year', 'month', 'day']),
  /** When it took effect, if different from `date` ("2021-11-30 00:00" is CST), or null. */
  effective: z.string().nullable(),
  title: text,
  summary: text,
  /** Actor ids. */
  actors: z.array(z.string()),
  platforms: z.array(z.string()),
  surfaces: z.array(z.string()),
  tags: z.array(z.string()),
  /** Source ids (see `sources`). */
  sources: z.array(z.string()).min(1),
  /** The event's pages. */
  url: text,
});

/** One source, as exported. */
export const sourceExportSchema = z.strictObject({
  id: z.string(),
  publisher: text,
  author: z.string().nullable(),
  title: text,
  published: z.string(),
  kind: z.enum(['news', 'statement', 'opinion']),
  url: z.string().nullable(),
});

export const eventsFileSchema = z.strictObject({
  ...about,
  events: z.array(eventExportSchema),
  sources: z.array(sourceExportSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** One platform × surface × link kind × period during which no known value changed. */
export const treatmentRecordSchema = z.strictObject({
  platform: z.string(),
  surface: z.string(),
  /** The kind of link; the first kind ("general") where sources do not distinguish. */
  linkKind: z.string(),
  /** Level id, or null where no source says (unknown). */
  level: z.string().nullable(),
  /** Capabilities a source states, by id: "yes" or "no". Absent = unknown. */
  capabilities: z.record(z.string(), z.enum(CAPABILITY_VALUES)),
  /** First day of the period (CST). */
  validFrom: isoDay,
  /** First day after the period (CST), or null while it is current as of the latest source. */
  validUntil: isoDay.nullable(),
  /** Sources stating the values in this period. */
  sources: z.array(z.string()).min(1),
  /** Events whose statements set or confirmed the values. */
  events: z.array(z.string()).min(1),
});
export type TreatmentRecord = z.infer<typeof treatmentRecordSchema>;

export const treatmentsFileSchema = z.strictObject({
  ...about,
  /** Levels, richest first. */
  levels: z.array(z.strictObject({ id: z.string(), name: text })),
  capabilities: z.array(z.strictObject({ id: z.string(), name: text })),
  linkKinds: z.array(z.strictObject({ id: z.string(), name: text })),
  records: z.array(treatmentRecordSchema),
});
export type TreatmentsFile = z.infer<typeof treatmentsFileSchema>;
