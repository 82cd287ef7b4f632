/**
 * The real site for the benchmarks that look at pages (page weight, Lighthouse): built once
 * per `npm run bench` from ./content into bench/tmp/site, served locally as a static host
 * would serve it, and built as it is published: with a public address (PUBLISHED_AT), so
 * its pages carry absolute canonical and alternate-language links, a feed and a sitemap.
 * (Without one the pages' canonical links are relative, which Lighthouse's SEO audits
 * count against a page that a search engine would never see.)
 */
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import { runMeasured, succeeded } from './measure.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'bench/tmp');
const SITE = join(TMP, 'site');
/** A stand-in public address (example.org is reserved for examples). */
const PUBLISHED_AT = 'https://example.org/';

let built: Promise<string> | undefined;

/** Builds the site from ./content into bench/tmp/site (once per run); resolves to its folder. */
export function builtSite(): Promise<string> {
  built ??= runMeasured(process.execPath, ['scripts/build.ts', '--out', relative(ROOT, SITE)], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: join(ROOT, 'content'), BASE_PATH: '/', SITE_URL: PUBLISHED_AT },
  }).then((m) => {
    succeeded('Building the site', m);
    return SITE;
  });
  return built;
}

/** Serves a built site on a free local port. */
export async function serve(dir: string): Promise<{ origin: string; close: () => void }> {
  const server = await startServer({ dir, port: 0, host: 'localhost', base: '/' });
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => void server.close() };
}

