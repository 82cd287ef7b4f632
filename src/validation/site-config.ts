/**
 * The site's own settings (content/site.yaml, required), checked like every content file —
 * a mistake names the file, line and field — and the SITE_URL override of its address.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, SITE_FILE, type SiteConfig } from '../model/site.ts';
import type { Problem } from './problem.ts';
import { contentDir, readTextFile } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RawFile } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export { SITE_FILE };

/** The settings in content/site.yaml, or what is wrong with them (a missing file among it). */
export function siteFileProblems(file: RawFile | undefined, dir = 'content'): { config?: SiteConfig; problems: Problem[] } {
  if (!file) {
    return { problems: [{ file: `${dir}/${SITE_FILE}`, field: '(file)', message: 'is missing: the site\'s settings are required (at least `earliestYear: 2000`, the first year the content may date anything)' }] };
  }
  if (file.problem) return { problems: [file.problem] };
  const parsed = parseYaml(file.text, file.path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const r = schemaProblems(siteConfigSchema, parsed.yaml.data ?? {}, file.path, parsed.yaml);
  return r.ok ? { config: r.value, problems: [] } : { problems: r.problems };
}

export type SiteConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

/** The settings the build uses: content/site.yaml, with SITE_URL (when set) as the address. */
export function readSiteConfig(root: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): SiteConfigResult {
  const path = join(contentDir(root), SITE_FILE);
  const { config, problems } = siteFileProblems(existsSync(path) ? readTextFile(path) : undefined);
  if (!config) return { ok: false, problems };
  if (!env.SITE_URL) return { ok: true, config };
  const r = siteConfigSchema.shape.url.safeParse(env.SITE_URL);
  if (!r.success) return { ok: false, problems: [{ file: 'SITE_URL (environment)', field: 'url', message: r.error.issues[0]!.message }] };
  return { ok: true, config: { ...config, url: env.SITE_URL } };
}
