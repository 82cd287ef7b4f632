import { z } from 'zod';
import { idSchema } from './id.ts';
import { localizedText } from './lang.ts';

/**
 * One hard case the codebook decides: a situation editors meet when reading sources into
 * treatment data, and how it is coded. Treatment records that rely on it name its id
 * (`rule: <id>`); the about page gives it the anchor #codebook-<id>.
 */
export const codebookCaseSchema = z.strictObject({
  /** Stable id, named by treatment records (`rule`) and used in the anchor #codebook-<id>. */
  id: idSchema,
  /** The situation, in both languages. */
  case: localizedText,
  /** How it is coded, in both languages. */
  decision: localizedText,
  /** An example from the sources, in both languages. */
  example: localizedText.optional(),
});
export type CodebookCase = z.infer<typeof codebookCaseSchema>;

/**
 * The codebook (content/reference/codebook.yaml): the general rule for reading sources into
 * treatment cells, and the hard cases decided. The per-level and per-capability rules are
 * the `coding` of each entry in levels.yaml and capabilities.yaml.
 */
export const codebookSchema = z.strictObject({
  /** The general rule: when a cell may take a value at all. */
  principle: localizedText,
  /** The hard cases, decided. */
  cases: z.array(codebookCaseSchema).default([]),
});
export type Codebook = z.infer<typeof codebookSchema>;

/** Where the codebook lives, relative to the content folder. */
export const CODEBOOK_FILE = 'reference/codebook.yaml';
