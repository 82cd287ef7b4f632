/**
 * How evidence quotes are measured and found in a source's archived text: exact words,
 * compared with every white-space character removed from both sides (line breaks and the
 * spaces some outlets put around quotation marks fall anywhere), nothing else normalised.
 */
import { MAX_QUOTE_LENGTH } from '../../model/evidence.ts';

/** The text with all white space (any Unicode space, tab or line break) removed. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Length in characters as readers count them (code points, not UTF-16 units). */
export function quoteLength(quote: string): number {
  return [...quote].length;
}

export function quoteTooLong(quote: string): boolean {
  return quoteLength(quote) > MAX_QUOTE_LENGTH;
}

/** Whether the quote's words stand in the archived text (already without white space). */
export function quoteIn(archiveWithoutWhitespace: string, quote: string): boolean {
  const needle = withoutWhitespace(quote);
  return needle.length > 0 && archiveWithoutWhitespace.includes(needle);
}
