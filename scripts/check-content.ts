/**
 * Checks the content folder and prints every problem (file, line, field, what is wrong).
 * Exit code 1 when anything is wrong. `npm run check:content`.
 */
import { formatReport } from '../src/validation/problem.ts';
import { contentDir, readContent } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';
import { readSiteConfig } from '../src/validation/site-config.ts';

const result = validateContent(readContent(contentDir()));
const site = readSiteConfig();
const problems = [...(result.ok ? [] : result.problems), ...(site.ok ? [] : site.problems)];
if (!result.ok || !site.ok) {
  console.error(formatReport(problems));
  process.exit(1);
}
const { events, sources } = result.content;
console.log(`Content OK: ${events.length} events, ${sources.length} sources.`);
