/** Checks content/site.yaml, the site's configuration (src/model/site.ts). */
import { siteSchema, SITE_FILE, type SiteConfig } from '../model/site.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RawFile } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export function siteProblems(file: RawFile | undefined, dir = 'content'): { site?: SiteConfig; problems: Problem[] } {
  if (!file) {
    return { problems: [{ file: `${dir}/${SITE_FILE}`, field: '(file)', message: 'is missing: the site configuration is required (at least `earliestYear: 2000`, the first year the content may date anything)' }] };
  }
  if (file.problem) return { problems: [file.problem] };
  const parsed = parseYaml(file.text, file.path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const r = schemaProblems(siteSchema, parsed.yaml.data ?? {}, file.path, parsed.yaml);
  return r.ok ? { site: r.value, problems: [] } : { problems: r.problems };
}
