/**
 * A map that keeps only the entries used most recently (at most `capacity`): for products
 * asked for several times in a row and then never again, too large to keep them all.
 */
export interface RecentlyUsed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

export function recentlyUsed<K, V>(capacity: number): RecentlyUsed<K, V> {
  if (!(capacity >= 1)) throw new RangeError(`recentlyUsed: capacity must be at least 1, not ${capacity}`);
  // A Map iterates in insertion order: each use moves an entry to the end, so the first is the oldest.
  const entries = new Map<K, V>();
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key)!;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
