/**
 * Archives a source's text for the evidence check: reads the article as received (HTML or
 * plain text), strips its tags, decodes its character references and writes
 * content/archive/<source-id>.txt. The archive is never published; only the content check
 * reads it, to find each evidence quote in the source's own words.
 *
 *   npm run archive -- <file> <source-id>
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { archiveText } from '../src/lib/evidence/archive-text.ts';
import { idSchema } from '../src/model/id.ts';
import { contentDir } from '../src/validation/read-content.ts';

const [input, id] = process.argv.slice(2);
if (!input || !id) {
  console.error('Usage: npm run archive -- <file> <source-id>');
  process.exit(1);
}
const valid = idSchema.safeParse(id);
if (!valid.success) {
  console.error(`${id}: ${valid.error.issues[0]?.message}`);
  process.exit(1);
}
const dir = contentDir();
if (!existsSync(join(dir, 'sources', `${id}.yaml`))) {
  console.warn(`Note: there is no ${relative(process.cwd(), join(dir, 'sources', `${id}.yaml`))} yet; add the source's YAML file with id "${id}".`);
}
const text = archiveText(readFileSync(input, 'utf8'));
mkdirSync(join(dir, 'archive'), { recursive: true });
const out = join(dir, 'archive', `${id}.txt`);
writeFileSync(out, text);
console.log(`✓ ${relative(process.cwd(), out)} (${[...text].length} characters)`);
