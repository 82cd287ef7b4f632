/** Where a path lies, for the commands that serve or replace folders. Node only. */
import { isAbsolute, relative, sep } from 'node:path';

/** True when `path` is `root` or inside it (a sibling such as dist-sub/ beside dist/ is not). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
