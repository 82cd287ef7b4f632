/**
 * The content loaders (src/build/content-loaders.ts). The events loader keeps each event
 * file's frontmatter as data and its body as text, reads dates as the content check does,
 * skips files the content cache already holds unchanged, and forgets files that are gone. The
 * YAML-folder loader does the same for the sources; the list loader makes an entry of each
 * item of a reference list, with its place in the file. Handed the content by the build
 * (src/build/provided-content.ts), they read nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { eventFiles, listFile, yamlFiles } from '../../src/build/content-loaders.ts';
import { provideContent } from '../../src/build/provided-content.ts';
import type { ValidContent } from '../../src/validation/validate.ts';

const root = mkdtempSync(join(tmpdir(), 'content-loaders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** An in-memory stand-in for Astro's store, counting the entries it parses. */
function context(entries = new Map<string, Entry>()) {
  const parsed: string[] = [];
  const ctx = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      clear: () => entries.clear(),
      values: () => [...entries.values()],
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
    logger: { info() {}, error() {} },
  } as unknown as LoaderContext;
  return { ctx, entries, parsed };
}

const event = (id: string, body: string) => `---\nid: ${id}\ndate: 2021-09-17\ntitle: { zh: 标题, en: Title }\n---\n\n${body}\n`;

describe('eventFiles', () => {
  const dir = join(root, 'events');
  mkdirSync(join(dir, '2021'), { recursive: true });
  writeFileSync(join(dir, 'a.mdx'), event('first', '<En>\n\nOne.\n\n</En>'));
  writeFileSync(join(dir, '2021', 'b.mdx'), event('second', '<En>\n\nTwo.\n\n</En>'));
  writeFileSync(join(dir, 'd.mdx'), event('fourth', '<En>\n\nFour.\n\n</En>'));
  writeFileSync(join(dir, 'notes.txt'), 'not an event');
  const store = new Map<string, Entry>();

  it('loads each .mdx file under the folder by its frontmatter id, with the body as text and dates as written', async () => {
    const { ctx, parsed } = context(store);
    await eventFiles('events').load(ctx);
    expect([...store.keys()].sort()).toEqual(['first', 'fourth', 'second']);
    expect(store.get('first')).toMatchObject({ data: { id: 'first', date: '2021-09-17' }, filePath: 'events/a.mdx' });
    expect(store.get('second')!.body).toBe('\n<En>\n\nTwo.\n\n</En>\n');
    expect(parsed.sort()).toEqual(['first', 'fourth', 'second']);
  });

  it('parses again only the files that changed, and drops the entries of files that are gone', async () => {
    writeFileSync(join(dir, 'a.mdx'), event('first', '<En>\n\nOne, edited.\n\n</En>'));
    rmSync(join(dir, '2021', 'b.mdx'));
    writeFileSync(join(dir, 'c.mdx'), event('third', '<En>\n\nThree.\n\n</En>'));
    const { ctx, parsed } = context(store);
    await eventFiles('events').load(ctx);
    expect(parsed.sort()).toEqual(['first', 'third']);
    expect([...store.keys()].sort()).toEqual(['first', 'fourth', 'third']);
    expect(store.get('first')!.body).toContain('One, edited.');
  });

  it('names an entry by its path when the frontmatter has no id', async () => {
    writeFileSync(join(dir, '2021', 'no-id.mdx'), '---\ndate: "2021"\n---\n\nBody\n');
    const { ctx } = context(store);
    await eventFiles('events').load(ctx);
    expect(store.get('2021/no-id')).toMatchObject({ data: { date: '2021' }, body: '\nBody\n' });
  });
});

describe('yamlFiles', () => {
  const dir = join(root, 'sources');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'one.yaml'), 'id: paper-one\npublished: 2021-11-29\nnote: { en: x }\n');
  writeFileSync(join(dir, 'unnamed.yaml'), 'published: "2021"\n');
  writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed\n');
  writeFileSync(join(dir, 'readme.md'), 'not a source');
  const store = new Map<string, Entry>();

  it('loads each .yaml file by its id (or its path), dates as written, without a body', async () => {
    const { ctx } = context(store);
    await yamlFiles('sources').load(ctx);
    expect([...store.keys()].sort()).toEqual(['broken', 'paper-one', 'unnamed']);
    expect(store.get('paper-one')).toEqual({ id: 'paper-one', data: { id: 'paper-one', published: '2021-11-29', note: { en: 'x' } }, filePath: 'sources/one.yaml', digest: expect.any(String) });
    // Bad YAML gives an entry with no data; the content check reports the file.
    expect(store.get('broken')!.data).toEqual({});
  });

  it('parses again only the files that changed', async () => {
    writeFileSync(join(dir, 'unnamed.yaml'), 'published: "2022"\n');
    const { ctx, parsed } = context(store);
    await yamlFiles('sources').load(ctx);
    expect(parsed).toEqual(['unnamed']);
    expect(store.get('unnamed')!.data).toEqual({ published: '2022' });
  });
});

describe('listFile', () => {
  const file = join(root, 'levels.yaml');
  const positioned = (document: unknown) => (document as Record<string, unknown>[]).map((item, position) => ({ ...item, position }));

  it('makes an entry of each item with an id, in file order, and replaces what the store held', async () => {
    writeFileSync(file, '- id: open\n  since: 2021-09-17\n- name: no id\n- id: blocked\n');
    const store = new Map<string, Entry>([['stale', { id: 'stale', data: {} }]]);
    const { ctx } = context(store);
    await listFile('levels.yaml', positioned).load(ctx);
    expect([...store.values()]).toEqual([
      { id: 'open', data: { id: 'open', since: '2021-09-17', position: 0 }, filePath: 'levels.yaml' },
      { id: 'blocked', data: { id: 'blocked', position: 2 }, filePath: 'levels.yaml' },
    ]);
  });

  it('gives no entries for a missing file or one that is not valid YAML', async () => {
    const store = new Map<string, Entry>([['stale', { id: 'stale', data: {} }]]);
    await listFile('missing.yaml', positioned).load(context(store).ctx);
    expect(store.size).toBe(0);
    writeFileSync(file, '- id: [unclosed\n');
    await listFile('levels.yaml', positioned).load(context(store).ctx);
    expect(store.size).toBe(0);
  });
});

describe('with the content handed to the pages by the build', () => {
  it('reads no file and leaves every collection empty', async () => {
    const dir = join(root, 'handed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.mdx'), event('first', '<En>\n\nOne.\n\n</En>'));
    writeFileSync(join(dir, 'a.yaml'), 'id: source-a\n');
    writeFileSync(join(dir, 'list.yaml'), '- id: open\n');
    provideContent(Promise.resolve({} as ValidContent));
    try {
      for (const loader of [eventFiles('handed'), yamlFiles('handed'), listFile('handed/list.yaml', (d) => d as Record<string, unknown>[])]) {
        const store = new Map<string, Entry>([['stale', { id: 'stale', data: {} }]]);
        const { ctx, parsed } = context(store);
        await loader.load(ctx);
        expect(store.size, loader.name).toBe(0);
        expect(parsed, loader.name).toEqual([]);
      }
    } finally {
      provideContent(undefined);
    }
  });
});
