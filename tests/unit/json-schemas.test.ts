import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/validation/frontmatter.ts';
import { schemaFiles } from '../../src/validation/json-schemas.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent, type ValidContent } from '../../src/validation/validate.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

function seed(): ValidContent {
  const r = validateContent(readContent(CONTENT));
  if (!r.ok) throw new Error('seed content is invalid');
  return r.content;
}

describe('editor JSON Schemas', () => {
  it('are up to date in content/schemas (run `npm run schema` after adding ids)', () => {
    for (const [name, text] of Object.entries(schemaFiles(seed()))) {
      expect(readFileSync(join(CONTENT, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('accept every seed file and reject a typo the build would reject', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schemas = Object.fromEntries(Object.entries(schemaFiles(seed())).map(([n, t]) => [n, JSON.parse(t)]));
    const event = ajv.compile(schemas['event.schema.json']);
    for (const file of readContent(CONTENT).events) {
      const data = parse(splitFrontmatter(file.text)!.frontmatter, { schema: 'core' });
      expect(event(data), `${file.path}: ${ajv.errorsText(event.errors)}`).toBe(true);
    }
    const source = ajv.compile(schemas['source.schema.json']);
    for (const file of readContent(CONTENT).sources) {
      expect(source(parse(file.text, { schema: 'core' })), file.path).toBe(true);
    }
    const platforms = ajv.compile(schemas['platforms.schema.json']);
    expect(platforms(parse(readContent(CONTENT).reference.platforms!.text))).toBe(true);

    const typo = { ...parse(splitFrontmatter(readContent(CONTENT).events[0]!.text)!.frontmatter, { schema: 'core' }), platforms: ['taobaoo'] };
    expect(event(typo)).toBe(false);
    expect(ajv.errorsText(event.errors)).toContain('must be equal to one of the allowed values');
    expect(event({ ...typo, platforms: [], date: '2021/05/19' })).toBe(false);
  });
});
