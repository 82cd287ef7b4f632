/**
 * Writes the editors' JSON Schemas to content/schemas/. Run after adding a platform,
 * surface, actor, tag or source, so editors suggest the new id: `npm run schema`.
 * (A unit test fails when the committed schemas are out of date.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from '../src/validation/json-schemas.ts';
import { formatReport } from '../src/validation/problem.ts';
import { contentDir, readContent } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';

const dir = contentDir();
const result = validateContent(readContent(dir));
if (!result.ok) {
  console.error(formatReport(result.problems));
  process.exit(1);
}
const out = join(dir, 'schemas');
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles(result.content))) {
  writeFileSync(join(out, name), text);
  console.log(`wrote ${join(out, name)}`);
}
