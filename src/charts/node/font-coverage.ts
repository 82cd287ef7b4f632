/**
 * Which characters the images' fonts can draw: the code points of the regular faces of Noto
 * Sans and Noto Sans SC (the fonts text falls back through, ./font-metrics.ts). Read from the
 * fonts' character maps once per font version and kept in the build's cache
 * (src/build/file-cache.ts) as ranges: the content check asks on every build, and opening
 * the fonts with fontkit to answer took it about 0.15 s. Node only.
 */
import { createRequire } from 'node:module';
import { cacheFolder, cacheKey, fileCache } from '../../build/file-cache.ts';
import { fontFiles, fontVersions, portablePath } from './bundled-fonts.ts';

/** Sorted, disjoint [first, last] ranges of code points. */
type Ranges = readonly (readonly [number, number])[];

/** Bumped when what is kept changes. */
const FORMAT = 'regular faces, ranges; 1';

/** The code points as ranges. */
export function toRanges(points: Iterable<number>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const cp of [...new Set(points)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

let coverage: Ranges | undefined;

/** The ranges, from the cache or, on a miss, from the fonts (then cached). */
function ranges(): Ranges {
  if (coverage) return coverage;
  const regular = fontFiles().filter((f) => !f.bold && !f.italic);
  const key = cacheKey(FORMAT, fontVersions(), ...regular.map((f) => portablePath(f.path)));
  const cache = fileCache(cacheFolder('font-coverage'), '.json');
  const cached = cache.read(key);
  if (cached) return (coverage = JSON.parse(cached.toString('utf8')) as Ranges);
  // Loaded only on a miss: font-metrics opens the fonts with fontkit.
  const { characterSet } = createRequire(import.meta.url)('./font-metrics.ts') as typeof import('./font-metrics.ts');
  coverage = toRanges(regular.flatMap((f) => [...characterSet(f)]));
  cache.write(key, Buffer.from(JSON.stringify(coverage)));
  return coverage;
}

/** Whether a bundled font draws this code point. */
export function drawable(cp: number): boolean {
  const all = ranges();
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = all[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}
