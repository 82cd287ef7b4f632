import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CODEBOOK_FILE } from '../model/codebook.ts';
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';
import { BRIEFINGS_FILE } from './check-briefings.ts';
import { SITE_FILE } from './site-config.ts';
import type { RawContent, RawFile } from './validate.ts';

/** The content folder: $CONTENT_DIR when set (tests, benchmarks), else ./content. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith(extension) && !d.name.startsWith('_'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split('\\').join('/');
}

/** Reads the content folder into raw files, named relative to the working directory. */
export function readContent(dir: string = contentDir()): RawContent {
  const read = (path: string): RawFile => ({
    path: displayPath(path),
    text: readFileSync(path, 'utf8'),
  });
  const reference = {} as Record<ReferenceKind, RawFile | undefined>;
  for (const kind of Object.keys(REFERENCE_KINDS) as ReferenceKind[]) {
    const path = join(dir, 'reference', REFERENCE_KINDS[kind].file);
    reference[kind] = existsSync(path) ? read(path) : undefined;
  }
  const briefings = join(dir, BRIEFINGS_FILE);
  const codebook = join(dir, CODEBOOK_FILE);
  return {
    events: listFiles(join(dir, 'events'), '.mdx').map(read),
    sources: listFiles(join(dir, 'sources'), '.yaml').map(read),
    reference,
    ...(existsSync(codebook) ? { codebook: read(codebook) } : {}),
    archives: listFiles(join(dir, 'archive'), '.txt').map(read),
    ...(existsSync(briefings) ? { briefings: read(briefings) } : {}),
    ...(existsSync(join(dir, SITE_FILE)) ? { site: read(join(dir, SITE_FILE)) } : {}),
  };
}
