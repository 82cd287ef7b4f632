/**
 * The content collections' loaders: each file read as data, as the content check reads it
 * (YAML's core schema: a date stays the text the editor wrote), so the build and the check
 * see the same values. No file becomes a module.
 *
 * - `eventFiles`: content/events/**.mdx, the YAML frontmatter as data and the MDX body kept as
 *   text. Astro's glob loader with the MDX integration compiles every body into a module that
 *   the bundler processes on every build, and the build then loads them all: at 1,000 events
 *   about 3 s of bundling and 2 s of module loading, whether or not any event changed. The
 *   site renders a body itself (src/build/event-body.ts) on the one page that shows it.
 * - `yamlFiles`: a folder of YAML files, one entry each (the sources).
 * - `listFile`: one YAML file holding a list, an entry per item (the reference lists).
 *
 * Astro's own `glob` and `file` loaders would do for the last two, but importing them loads
 * about fifty of Astro's modules (image sizing among them) through the Vite server that reads
 * the content config, one after another, on every build: a quarter of a second. Files are
 * read synchronously: a thousand small reads waiting their turn on Node's I/O threads took
 * 0.2–0.3 s more.
 *
 * A file whose digest matches Astro's content cache is not parsed again. In `astro dev` the
 * files are watched, as Astro's loaders do. A build run by scripts/build.ts hands the pages the
 * content its check read (./provided-content.ts): the loaders then read nothing and leave
 * their collection empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from '../validation/frontmatter.ts';
import { providedContent } from './provided-content.ts';
import { parseYaml } from '../validation/yaml-source.ts';

type Data = Record<string, unknown>;
/** What one file holds: its data, and for an event its body. */
type Read = (text: string, filePath: string) => { data: Data; body?: string };

const posix = (path: string) => path.split(sep).join('/');
const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every file under `dir` whose name ends with `extension`, as paths relative to it. */
function filesUnder(dir: string, extension: string): string[] {
  try {
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(extension)).map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A YAML text's top-level mapping, or no data (the content check reports why). */
function yamlData(text: string, filePath: string, line = 1): Data {
  const read = parseYaml(text, filePath, line);
  return read.ok && isRecord(read.yaml.data) ? read.yaml.data : {};
}

/**
 * Frontmatter and body of one event file. A file without valid frontmatter is all body, with
 * no data: the content check reports it.
 */
const readEventFile: Read = (text, filePath) => {
  const split = splitFrontmatter(text);
  if (!split) return { data: {}, body: text };
  return { data: yamlData(split.frontmatter, filePath, split.frontmatterLine), body: split.body };
};

/**
 * A loader for the files under `base` (relative to the project root) ending with `extension`,
 * one entry each. An entry's id is its data's `id`, or its path without the extension.
 */
function folderLoader(name: string, base: string, extension: string, read: Read): Loader {
  return {
    name,
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      if (providedContent()) return store.clear();
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const idOfFile = new Map<string, string>();

      // What the content cache holds for each file, so an unchanged file is not parsed again.
      const cachedByPath = new Map(store.values().map((entry) => [entry.filePath, entry]));

      async function sync(file: string) {
        const path = join(dir, file);
        const filePath = posix(relative(root, path));
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(text);
        const cached = cachedByPath.get(filePath);
        if (cached?.digest === digest && store.get(cached.id)?.digest === digest) {
          idOfFile.set(path, cached.id);
          return cached.id;
        }
        cachedByPath.delete(filePath);
        const { data, body } = read(text, filePath);
        const id = typeof data.id === 'string' ? data.id : posix(file).slice(0, -extension.length);
        const previousId = idOfFile.get(path);
        if (previousId !== undefined && previousId !== id) store.delete(previousId);
        idOfFile.set(path, id);
        store.set({ id, data: await parseData({ id, data, filePath }), ...(body === undefined ? {} : { body }), filePath, digest });
        return id;
      }

      const kept = new Set<string>();
      for (const file of filesUnder(dir, extension)) kept.add(await sync(file));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const inFolder = (path: string) => path.startsWith(dir + sep) && path.endsWith(extension);
      const reload = async (path: string) => {
        if (!inFolder(path)) return;
        try {
          await sync(relative(dir, path));
          logger.info(`Reloaded ${posix(relative(root, path))}`);
        } catch (error) {
          logger.error(`Could not reload ${posix(relative(root, path))}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        const id = idOfFile.get(path);
        if (id === undefined) return;
        store.delete(id);
        idOfFile.delete(path);
      });
    },
  };
}

/** The event files under `base`: frontmatter as data, the MDX body as text. */
export const eventFiles = (base: string): Loader => folderLoader('event-files', base, '.mdx', readEventFile);

/** The YAML files under `base`, one entry each. */
export const yamlFiles = (base: string): Loader => folderLoader('yaml-files', base, '.yaml', (text, filePath) => ({ data: yamlData(text, filePath) }));

/**
 * One YAML file (relative to the project root) holding a list: an entry per item, by its `id`.
 * `items` turns the file's parsed document into the items; an item without an id is left out
 * (the content check reports it). A missing file, or one that is not valid YAML, gives none.
 */
export function listFile(file: string, items: (document: unknown) => Data[]): Loader {
  return {
    name: 'list-file',
    async load({ config, store, parseData, watcher, logger }: LoaderContext) {
      if (providedContent()) return store.clear();
      const root = fileURLToPath(config.root);
      const path = resolve(root, file);
      const filePath = posix(relative(root, path));

      async function sync() {
        let document: unknown;
        try {
          const read = parseYaml(readFileSync(path, 'utf8'), filePath);
          document = read.ok ? read.yaml.data : undefined;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        store.clear();
        for (const item of document === undefined ? [] : items(document)) {
          if (typeof item.id !== 'string') continue;
          store.set({ id: item.id, data: await parseData({ id: item.id, data: item, filePath }), filePath });
        }
      }

      await sync();
      if (!watcher) return;
      watcher.add(path);
      watcher.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await sync();
          logger.info(`Reloaded ${filePath}`);
        } catch (error) {
          logger.error(`Could not reload ${filePath}: ${(error as Error).message}`);
        }
      });
    },
  };
}
