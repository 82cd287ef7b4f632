/**
 * The events loader (src/build/event-files.ts) keeps each event file's frontmatter as data and
 * its body as text, reads dates as the content check does, skips files the content cache
 * already holds unchanged, and forgets files that are gone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { eventFiles } from '../../src/build/event-files.ts';

const root = mkdtempSync(join(tmpdir(), 'event-files-'));
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
