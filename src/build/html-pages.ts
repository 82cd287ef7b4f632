/** The HTML pages of a built site, for the checks the build runs over them. Build-time only (Node). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** HTML pages under a folder, recursively, in name order; `skip` leaves out folders (paths relative to `root`). */
export function* htmlPages(dir: string, skip: ReadonlySet<string> = new Set(), root = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(relative(root, path))) yield* htmlPages(path, skip, root);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}
