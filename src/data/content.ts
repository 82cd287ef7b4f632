/**
 * The content as pages use it, typed by the model, sorted and indexed: in a build, the content
 * its check read and validated (src/build/provided-content.ts); otherwise (`astro dev`)
 * Astro's collections, which the same schemas validate. The only module that reads either;
 * everything else receives plain data.
 */
import { getCollection } from 'astro:content';
import { providedContent } from '../build/provided-content.ts';
import type { Codebook } from '../model/codebook.ts';
import { indexed, siteContentOf, type SiteContent } from './site-content.ts';

export type { EventEntry, SiteContent } from './site-content.ts';

let cached: Promise<SiteContent> | undefined;

/** Astro's collections, as pages use them. */
async function fromCollections(): Promise<SiteContent> {
  const [events, sources, platforms, surfaces, actors, tags, levels, capabilities, linkKinds, briefings, codebook] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('platforms'),
    getCollection('surfaces'),
    getCollection('actors'),
    getCollection('tags'),
    getCollection('levels'),
    getCollection('capabilities'),
    getCollection('linkKinds'),
    getCollection('briefings'),
    getCollection('codebook'),
  ]);
  // Back into the order of the YAML list, which carries meaning (levels rank, default link kind).
  const list = <T extends { position: number }>(entries: { data: T }[]) =>
    entries
      .map((e) => e.data)
      .sort((a, b) => a.position - b.position)
      .map(({ position: _, ...item }) => item);
  const reference = {
    platforms: list(platforms),
    surfaces: list(surfaces),
    actors: list(actors),
    tags: list(tags),
    levels: list(levels),
    capabilities: list(capabilities),
    linkKinds: list(linkKinds),
  };
  return indexed(
    events.map(({ id, data, body }) => ({ id, data, ...(body === undefined ? {} : { body }) })),
    sources.map((s) => s.data),
    reference,
    list(briefings),
    codebookOf(codebook[0]?.data),
  );
}

/** The codebook without its collection id (an empty one if the file is missing, which the content check reports). */
function codebookOf(entry: (Codebook & { id: string }) | undefined): Codebook {
  if (!entry) return { principle: { zh: '', en: '' }, cases: [] };
  const { id: _, ...codebook } = entry;
  return codebook;
}

/** All content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  // Asked first: a build run with NODE_ENV set otherwise than `production` (as under a test
  // runner) has import.meta.env.DEV set too, and its collections are empty.
  const provided = providedContent();
  if (provided) return (cached ??= provided.then(siteContentOf));
  if (import.meta.env.DEV) return fromCollections(); // content may change under the dev server
  return (cached ??= fromCollections());
}
