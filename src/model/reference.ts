import { z } from 'zod';
import { idSchema } from './id.ts';
import { localizedText } from './lang.ts';

/**
 * Reference data: the things events point at by id. Each kind lives in one YAML list
 * under content/reference/, so another policy history can be charted by editing content.
 */
const referenceItem = z.strictObject({
  /** Stable id, referenced from events and used in URLs. */
  id: idSchema,
  /** Display name in both languages. */
  name: localizedText,
  /** Optional one-line description in both languages. */
  description: localizedText.optional(),
});

/**
 * The codebook's rule for one entry: what a source must say for a cell to take this value
 * (a level, a capability), or to be placed on this surface or link kind.
 */
const coding = localizedText;

/** An app or service whose links WeChat treats in some way (Taobao, Douyin, JD, ...). */
export const platformSchema = referenceItem;
export type Platform = z.infer<typeof platformSchema>;

/** A place inside WeChat where a link can be shared or opened (one-to-one chat, group chat, ...). */
export const surfaceSchema = referenceItem.extend({
  /** The codebook's rule for this entry: what a source must say for a cell to take it. */
  coding: coding.optional(),
});
export type Surface = z.infer<typeof surfaceSchema>;

/** An organisation that acts in an event (WeChat/Tencent, MIIT, Alibaba, ...). */
export const actorSchema = referenceItem;
export type Actor = z.infer<typeof actorSchema>;

/** A topic label for filtering events. */
export const tagSchema = referenceItem;
export type Tag = z.infer<typeof tagSchema>;

/**
 * How a platform's link is treated on a surface, in the sources' vocabulary. The list's
 * order is the ranking, richest treatment first; "unknown" is not a level but the absence
 * of a source, and is never written down.
 */
export const levelSchema = referenceItem.extend({
  /** The source whose vocabulary defines this level, shown beside the definition. */
  source: idSchema.optional(),
  /** The codebook's rule for this entry: what a source must say for a cell to take it. */
  coding,
});
export type Level = z.infer<typeof levelSchema>;

/** Something a link can or cannot do on a surface (open directly, show a card, WeChat Pay …): yes / no / unknown. */
export const capabilitySchema = referenceItem.extend({
  /** The codebook's rule for this entry: what a source must say for a cell to take it. */
  coding,
});
export type Capability = z.infer<typeof capabilitySchema>;

/**
 * A kind of link where the sources tell kinds apart (a product link, a video link, what an
 * app's own share button produces). The first in the list is the default, used when a
 * treatment names no kind because the sources do not distinguish.
 */
export const linkKindSchema = referenceItem.extend({
  /** The codebook's rule for this entry: what a source must say for a cell to take it. */
  coding: coding.optional(),
});
export type LinkKind = z.infer<typeof linkKindSchema>;

/** The reference kinds, with the file each is read from (relative to content/reference/). */
export const REFERENCE_KINDS = {
  platforms: { file: 'platforms.yaml', schema: platformSchema },
  surfaces: { file: 'surfaces.yaml', schema: surfaceSchema },
  actors: { file: 'actors.yaml', schema: actorSchema },
  tags: { file: 'tags.yaml', schema: tagSchema },
  levels: { file: 'levels.yaml', schema: levelSchema },
  capabilities: { file: 'capabilities.yaml', schema: capabilitySchema },
  linkKinds: { file: 'link-kinds.yaml', schema: linkKindSchema },
} as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;
