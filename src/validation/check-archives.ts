/**
 * The archived source texts (content/archive/<source-id>.txt), read for the evidence check:
 * each named after a source that exists, kept with its white space removed for matching.
 */
import { basename } from 'node:path';
import { withoutWhitespace } from '../lib/evidence/quote.ts';
import { unknownIdIn, type KnownIds } from './known-ids.ts';
import type { Problem } from './problem.ts';
import type { RawFile } from './validate.ts';

export function archiveProblems(files: readonly RawFile[], known: KnownIds): { texts: Map<string, string>; problems: Problem[] } {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const id = basename(file.path, '.txt');
    if (!known.sources.has(id)) {
      problems.push({
        file: file.path,
        field: '(file)',
        message: `an archive is named after the source it archives, and ${unknownIdIn('source', 'content/sources/', id, known.sources)}`,
      });
      continue;
    }
    texts.set(id, withoutWhitespace(file.text));
  }
  return { texts, problems };
}
