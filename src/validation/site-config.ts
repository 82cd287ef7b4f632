/**
 * Reads the site's settings (content/site.yaml, optional) and the SITE_URL override,
 * checked like every content file: a mistake names the file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../model/site.ts';
import type { Problem } from './problem.ts';
import { contentDir } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYaml } from './yaml-source.ts';

export type SiteConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

export function readSiteConfig(root: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): SiteConfigResult {
  const path = join(contentDir(root), 'site.yaml');
  const file = relative(root, path);
  let config: SiteConfig = {};
  if (existsSync(path)) {
    const parsed = parseYaml(readFileSync(path, 'utf8'), file);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    const r = schemaProblems(siteConfigSchema, parsed.yaml.data ?? {}, file, parsed.yaml);
    if (!r.ok) return { ok: false, problems: r.problems };
    config = r.value;
  }
  if (env.SITE_URL) {
    const r = siteConfigSchema.shape.url.safeParse(env.SITE_URL);
    if (!r.success) return { ok: false, problems: [{ file: 'SITE_URL (environment)', field: 'url', message: r.error.issues[0]!.message }] };
    config = { ...config, url: env.SITE_URL };
  }
  return { ok: true, config };
}
