/**
 * Reads the content folder into raw files for the checks. Every file is accounted for: a file
 * of a content kind that cannot be read as text (not UTF-8, holding a control character, a
 * symbolic link) comes back with its problem in place of its text, so the checks report it
 * once and know what it would have held; a file of no content kind is refused.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { CODEBOOK_FILE } from '../model/codebook.ts';
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';
import { SITE_FILE } from '../model/site.ts';
import { forbiddenCharacter } from '../model/text.ts';
import { BRIEFINGS_FILE } from './check-briefings.ts';
import { CONTENT_FILES, CONTENT_FOLDERS, IGNORED_NAMES, layoutSummary, type ContentFolder } from './content-files.ts';
import type { Problem } from './problem.ts';
import type { RawContent, RawFile } from './validate.ts';

/** The content folder: $CONTENT_DIR when set (tests, benchmarks), else ./content. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split('\\').join('/');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Reads a file as UTF-8 text (a byte-order mark is dropped), or says why it cannot be. Text
 * that is shown (`shown`, the default) may not hold control characters either.
 */
export function readTextFile(path: string, shown = true): RawFile {
  const file = displayPath(path);
  const problem = (message: string, line?: number): RawFile => ({
    path: file,
    text: '',
    problem: { file, field: '(file)', message, ...(line === undefined ? {} : { line }) },
  });
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return problem('is a symbolic link: content must be real files inside the content folder; replace the link with a copy of the file');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return problem(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check that the file is readable`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const lenient = LENIENT.decode(bytes);
    return problem('is not UTF-8 text, so its characters cannot be read (they would show as �): save the file with the UTF-8 encoding', lineAt(lenient, lenient.indexOf('\uFFFD')));
  }
  const bad = shown ? forbiddenCharacter(text) : undefined;
  if (bad) {
    return problem(`holds an invisible control character (${bad.code}), which no page or image can show: delete it`, lineAt(text, bad.index));
  }
  return { path: file, text };
}

interface Listing {
  readonly files: RawFile[];
  readonly refused: Problem[];
}

const refuse = (path: string, message: string): Problem => ({ file: displayPath(path), field: '(file)', message });
const a = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** The files of one content folder, each read or refused. */
function listFolder(dir: string, folder: ContentFolder, name: string): Listing {
  const files: RawFile[] = [];
  const refused: Problem[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { files, refused };
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED_NAMES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      refused.push(refuse(path, 'is a symbolic link: content must be real files inside the content folder; replace the link with a copy of the file'));
    } else if (entry.isDirectory()) {
      if ('nested' in folder && folder.nested) {
        const inner = listFolder(path, folder, name);
        files.push(...inner.files);
        refused.push(...inner.refused);
      } else {
        refused.push(refuse(path, `is a folder inside ${name}/, which holds only ${folder.noun} files (${folder.extension}): move it out of the content folder`));
      }
    } else if (!entry.isFile()) {
      refused.push(refuse(path, 'is not a regular file: move it out of the content folder'));
    } else if (extname(entry.name) !== folder.extension) {
      refused.push(refuse(path, `is not ${a(folder.noun)} file: ${name}/ holds only ${folder.extension} files (rename it to ${entry.name.replace(/\.[^.]*$/, '')}${folder.extension} if it is one, or move it out of the content folder)`));
    } else if ('names' in folder && folder.names && !folder.names.includes(entry.name)) {
      refused.push(refuse(path, `is not ${a(folder.noun)} the site reads (${name}/ holds ${folder.names.join(', ')}): rename it or move it out of the content folder`));
    } else {
      files.push(readTextFile(path, !('unshown' in folder && folder.unshown)));
    }
  }
  return { files, refused };
}

/** Reads the content folder into raw files, named relative to the working directory. */
export function readContent(dir: string = contentDir()): RawContent {
  const refused: Problem[] = [];
  const folders = {} as Record<keyof typeof CONTENT_FOLDERS, RawFile[]>;
  for (const [name, folder] of Object.entries(CONTENT_FOLDERS) as [keyof typeof CONTENT_FOLDERS, ContentFolder][]) {
    const listing = listFolder(join(dir, name), folder, name);
    folders[name] = listing.files;
    refused.push(...listing.refused);
  }
  const top: Partial<Record<(typeof CONTENT_FILES)[number], RawFile>> = {};
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    refused.push(refuse(dir, 'cannot be read: the content folder is missing (set CONTENT_DIR, or run from the project folder)'));
  }
  for (const entry of entries) {
    if (IGNORED_NAMES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.name in CONTENT_FOLDERS) {
      if (entry.isSymbolicLink() || !entry.isDirectory()) refused.push(refuse(path, `must be a folder inside the content folder, not ${entry.isSymbolicLink() ? 'a symbolic link' : 'a file'}`));
      continue;
    }
    if ((CONTENT_FILES as readonly string[]).includes(entry.name)) {
      if (entry.isDirectory()) refused.push(refuse(path, 'must be a file, not a folder'));
      else top[entry.name as (typeof CONTENT_FILES)[number]] = readTextFile(path);
      continue;
    }
    refused.push(refuse(path, `is not part of the content, which holds ${layoutSummary()}: move it out of the content folder`));
  }

  const reference = {} as Record<ReferenceKind, RawFile | undefined>;
  for (const kind of Object.keys(REFERENCE_KINDS) as ReferenceKind[]) {
    reference[kind] = folders.reference.find((f) => basename(f.path) === REFERENCE_KINDS[kind].file);
  }
  const codebook = folders.reference.find((f) => basename(f.path) === basename(CODEBOOK_FILE));
  const briefings = top[BRIEFINGS_FILE];
  const site = top[SITE_FILE];
  return {
    dir: displayPath(dir),
    events: folders.events,
    sources: folders.sources,
    reference,
    ...(codebook ? { codebook } : {}),
    archives: folders.archive,
    ...(briefings ? { briefings } : {}),
    ...(site ? { site } : {}),
    refused: [...refused, ...folders.schemas.flatMap((f) => (f.problem ? [f.problem] : []))],
  };
}
