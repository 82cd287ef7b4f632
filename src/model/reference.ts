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

/** An app or service whose links WeChat treats in some way (Taobao, Douyin, JD, ...). */
export const platformSchema = referenceItem;
export type Platform = z.infer<typeof platformSchema>;

/** A place inside WeChat where a link can be shared or opened (one-to-one chat, group chat, ...). */
export const surfaceSchema = referenceItem;
export type Surface = z.infer<typeof surfaceSchema>;

/** An organisation that acts in an event (WeChat/Tencent, MIIT, Alibaba, ...). */
export const actorSchema = referenceItem;
export type Actor = z.infer<typeof actorSchema>;

/** A topic label for filtering events. */
export const tagSchema = referenceItem;
export type Tag = z.infer<typeof tagSchema>;

/** The reference kinds, with the file each is read from (relative to content/reference/). */
export const REFERENCE_KINDS = {
  platforms: { file: 'platforms.yaml', schema: platformSchema },
  surfaces: { file: 'surfaces.yaml', schema: surfaceSchema },
  actors: { file: 'actors.yaml', schema: actorSchema },
  tags: { file: 'tags.yaml', schema: tagSchema },
} as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;
