/** Reading the built PDFs in tests, with poppler's tools (installed by npm test). */
import { spawnSync } from 'node:child_process';

/** Text without any white space: line and column breaks fall anywhere on paper. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export function tool(name: string, args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${name} is needed for this test (${r.error.message}); scripts/setup-system.ts installs it`);
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** In content order (-raw): the default layout analysis splits CJK lines from the digits set in another font. */
export const pdftotext = (file: string, ...args: string[]) => tool('pdftotext', ['-raw', ...args, '-enc', 'UTF-8', file, '-']);

export function pdfinfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );
}
