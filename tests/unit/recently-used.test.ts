import { describe, expect, it } from 'vitest';
import { recentlyUsed } from '../../src/lib/recently-used.ts';

describe('a map of the entries used most recently', () => {
  it('keeps at most its capacity, dropping the one unused longest', () => {
    const m = recentlyUsed<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    // Reading "a" makes "b" the oldest.
    expect(m.get('a')).toBe(1);
    m.set('c', 3);
    expect(m.size).toBe(2);
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe(1);
    expect(m.get('c')).toBe(3);
    // Setting a key again replaces its value without growing.
    m.set('c', 4);
    expect(m.size).toBe(2);
    expect(m.get('c')).toBe(4);
  });

  it('refuses a capacity below one', () => {
    expect(() => recentlyUsed(0)).toThrow('recentlyUsed: capacity must be at least 1, not 0');
  });
});
