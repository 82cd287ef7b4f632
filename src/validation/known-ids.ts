/**
 * The ids that exist, by kind, and the message for one that does not — with a "did you
 * mean" for typos.
 */
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';

export type IdKind = ReferenceKind | 'sources';

export type KnownIds = Readonly<Record<IdKind, ReadonlySet<string>>>;

/**
 * Stands in for the ids of a kind whose file could not be read: every id counts as known, so
 * one broken file gives one message, not one more for every reference to what it held.
 */
export const ANY_ID: ReadonlySet<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

const NOUN: Record<IdKind, string> = {
  platforms: 'platform',
  surfaces: 'surface',
  actors: 'actor',
  tags: 'tag',
  levels: 'level',
  capabilities: 'capability',
  linkKinds: 'link kind',
  sources: 'source',
};

/** Where editors find the ids of a kind. */
export function idHome(kind: IdKind): string {
  return kind === 'sources' ? 'content/sources/' : `content/reference/${REFERENCE_KINDS[kind].file}`;
}

export function unknownIdMessage(kind: IdKind, id: string, known: KnownIds): string {
  return unknownIdIn(NOUN[kind], idHome(kind), id, known[kind]);
}

/** The same message for any list of ids: "x" is not a known <noun> id (see <home>) — did you mean …? */
export function unknownIdIn(noun: string, home: string, id: string, known: Iterable<string>): string {
  const close = [...known].filter((k) => similar(k, id));
  const hint = close.length > 0 ? ` — did you mean ${close.map((k) => `"${k}"`).join(' or ')}?` : '';
  return `"${id}" is not a known ${noun} id (see ${home})${hint}`;
}

/** Edit distance of at most 2, or one contains the other: enough to catch typos. */
function similar(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]! <= 2;
}
