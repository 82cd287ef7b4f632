import { describe, expect, it } from 'vitest';
import { CREDIT_SOURCES, creditLine, sourceNames } from '../../src/charts/credit.ts';
import type { SourceInfo } from '../../src/charts/html/vocabulary.ts';

const words = { line: 'Source: Site {url} · from {sources}', more: '{sources} and {n} more', separator: '; ' };
const source = (id: string): SourceInfo => ({ id, short: `${id.toUpperCase()}, 2021`, full: id, who: id, opinion: false, href: `/sources/#${id}`, language: 'en' });

describe('an image credit', () => {
  it('names every source up to the limit, then counts the rest', () => {
    const names = Array.from({ length: CREDIT_SOURCES + 3 }, (_, i) => `S${i}`);
    expect(creditLine(names.slice(0, CREDIT_SOURCES), words, 'https://example.org/x/')).toBe(`Source: Site https://example.org/x/ · from ${names.slice(0, CREDIT_SOURCES).join('; ')}`);
    expect(creditLine(names, words, 'https://example.org/x/')).toBe(`Source: Site https://example.org/x/ · from ${names.slice(0, CREDIT_SOURCES).join('; ')} and 3 more`);
  });

  it('without an address, the words without one are used as they are', () => {
    expect(creditLine(['A'], { ...words, line: 'Source: Site · from {sources}' })).toBe('Source: Site · from A');
  });

  it('names sources by their short names, in order, leaving out ids the vocabulary does not know', () => {
    const sources = { a: source('a'), b: source('b') };
    expect(sourceNames(['b', 'missing', 'a'], sources)).toEqual(['B, 2021', 'A, 2021']);
  });
});
