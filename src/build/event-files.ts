/**
 * The events collection's loader: each content/events/**.mdx file read as data, its YAML
 * frontmatter parsed and its MDX body kept as text. No file becomes a module.
 *
 * Astro's glob loader with the MDX integration compiles every body into a module that the
 * bundler processes on every build, and the build then loads them all. At 1,000 events that
 * is about 3 s of bundling and 2 s of module loading, whether or not any event changed. The
 * site renders a body itself (src/build/event-body.ts) on the one page that shows it.
 *
 * The frontmatter is read as the content check reads it (YAML's core schema: a date stays the
 * text the editor wrote), so the build and the check see the same values. A file whose digest
 * matches Astro's content cache is not parsed again. In `astro dev` the folder is
 * watched, as the glob loader does.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from '../validation/frontmatter.ts';
import { parseYaml } from '../validation/yaml-source.ts';

const EXTENSION = '.mdx';

const posix = (path: string) => path.split(sep).join('/');

/** Every .mdx file under `dir`, as paths relative to it. */
async function mdxFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(EXTENSION)).map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Frontmatter and body of one event file, the frontmatter read as the content check reads it.
 * A file without valid frontmatter is all body, with no data: the content check reports it.
 */
function readEventFile(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(text);
  if (!split) return { data: {}, body: text };
  const read = parseYaml(split.frontmatter, file, split.frontmatterLine);
  const data = read.ok ? read.yaml.data : undefined;
  return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: split.body };
}

/**
 * Loads the event files under `base` (relative to the project root). An entry's id is its
 * frontmatter `id`, or its path without the extension.
 */
export function eventFiles(base: string): Loader {
  return {
    name: 'event-files',
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const idOfFile = new Map<string, string>();

      // What the content cache holds for each file, so an unchanged file is not parsed again.
      const cachedByPath = new Map(store.values().map((entry) => [entry.filePath, entry]));

      async function sync(file: string) {
        const path = join(dir, file);
        const filePath = posix(relative(root, path));
        const text = await readFile(path, 'utf8');
        const digest = generateDigest(text);
        const cached = cachedByPath.get(filePath);
        if (cached?.digest === digest && store.get(cached.id)?.digest === digest) {
          idOfFile.set(path, cached.id);
          return cached.id;
        }
        cachedByPath.delete(filePath);
        const { data, body } = readEventFile(text, filePath);
        const id = typeof data.id === 'string' ? data.id : posix(file).slice(0, -EXTENSION.length);
        const previousId = idOfFile.get(path);
        if (previousId !== undefined && previousId !== id) store.delete(previousId);
        idOfFile.set(path, id);
        store.set({ id, data: await parseData({ id, data, filePath }), body, filePath, digest });
        return id;
      }

      const kept = new Set<string>();
      for (const file of await mdxFiles(dir)) kept.add(await sync(file));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const inFolder = (path: string) => path.startsWith(dir + sep) && path.endsWith(EXTENSION);
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
