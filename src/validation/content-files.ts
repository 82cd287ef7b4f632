/**
 * The content folder's layout: which files may be where. Anything else — a file of another
 * kind (an event saved as .md, a source as .yml), a folder the site does not read, a symbolic
 * link — is refused with a message, never silently skipped (Astro would build some of what a
 * check skipped, and skip some of what an editor meant).
 */
import { CODEBOOK_FILE } from '../model/codebook.ts';
import { REFERENCE_KINDS } from '../model/reference.ts';
import { SITE_FILE } from '../model/site.ts';
import { BRIEFINGS_FILE } from './check-briefings.ts';

export interface ContentFolder {
  /** What its files are, for messages: "event", "source". */
  readonly noun: string;
  /** The one extension its files have, with the dot. */
  readonly extension: string;
  /** Exactly these names, when the folder has a fixed list. */
  readonly names?: readonly string[];
  /** Whether files may sit in sub-folders (to group events by year, say). */
  readonly nested?: boolean;
  /**
   * Whether its text is never shown on a page or in an image (then a control character, such as
   * the form feed a PDF's text carries between pages, is no mistake).
   */
  readonly unshown?: boolean;
}

/** The folders inside the content folder, by name. */
export const CONTENT_FOLDERS = {
  events: { noun: 'event', extension: '.mdx', nested: true },
  sources: { noun: 'source', extension: '.yaml', nested: true },
  reference: { noun: 'reference list', extension: '.yaml', names: [...Object.values(REFERENCE_KINDS).map((k) => k.file), CODEBOOK_FILE.split('/').pop()!] },
  /** Plain-text copies of the sources, to check quotations against. */
  archive: { noun: 'archived source text', extension: '.txt', unshown: true },
  /** The editors' JSON Schemas, written by `npm run schema`. */
  schemas: { noun: 'JSON Schema', extension: '.json', unshown: true },
} as const satisfies Record<string, ContentFolder>;
export type ContentFolderName = keyof typeof CONTENT_FOLDERS;

/** The files at the top of the content folder. */
export const CONTENT_FILES = [BRIEFINGS_FILE, SITE_FILE] as const;

/** Files that operating systems and editors leave behind: never content, never refused. */
export const IGNORED_NAMES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** What the content folder holds, for messages. */
export function layoutSummary(): string {
  return [...Object.keys(CONTENT_FOLDERS).map((f) => `${f}/`), ...CONTENT_FILES].join(', ');
}
