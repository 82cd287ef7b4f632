/**
 * The site's own settings (content/site.yaml, optional), checked like every content file —
 * a mistake names the file, line and field — and the SITE_URL override of its address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../model/site.ts';
import type { Problem } from './problem.ts';
import { contentDir, displayPath } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RawFile } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export const SITE_FILE = 'site.yaml';

/** The settings in content/site.yaml (none when it is missing), or what is wrong with them. */
export function siteFileProblems(file: RawFile | undefined): { config: SiteConfig; problems: Problem[] } {
  if (!file) return { config: {}, problems: [] };
  const parsed = parseYaml(file.text, file.path);
  if (!parsed.ok) return { config: {}, problems: [parsed.problem] };
  const r = schemaProblems(siteConfigSchema, parsed.yaml.data ?? {}, file.path, parsed.yaml);
  return r.ok ? { config: r.value, problems: [] } : { config: {}, problems: r.problems };
}

export type SiteConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

/** The settings the build uses: content/site.yaml, with SITE_URL (when set) as the address. */
export function readSiteConfig(root: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): SiteConfigResult {
  const path = join(contentDir(root), SITE_FILE);
  const file = existsSync(path) ? { path: displayPath(path), text: readFileSync(path, 'utf8') } : undefined;
  const { config, problems } = siteFileProblems(file);
  if (problems.length) return { ok: false, problems };
  if (!env.SITE_URL) return { ok: true, config };
  const r = siteConfigSchema.shape.url.safeParse(env.SITE_URL);
  if (!r.success) return { ok: false, problems: [{ file: 'SITE_URL (environment)', field: 'url', message: r.error.issues[0]!.message }] };
  return { ok: true, config: { ...config, url: env.SITE_URL } };
}
