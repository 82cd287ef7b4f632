/**
 * The one-line credit under a chart image: the site (and the chart's address, when the site
 * has a public one) and the sources it draws on, the first few by name. The words come in
 * from the language's messages, so the build and the browser (which draws images for states
 * with none prebuilt) write the same line.
 */
import { fill } from '../lib/text/fill.ts';
import type { SourceInfo } from './html/vocabulary.ts';

/** The most sources a credit names. */
export const CREDIT_SOURCES = 6;

/** A language's words for a credit, with the site's name already in them. */
export interface CreditWords {
  /** The line, with {sources} and, when the site has a public address, {url}. */
  readonly line: string;
  /** "{sources} and {n} more". */
  readonly more: string;
  /** Between two source names. */
  readonly separator: string;
}

/** The short names of the sources with these ids that the vocabulary knows, in order. */
export function sourceNames(ids: readonly string[], sources: Readonly<Record<string, SourceInfo>>): string[] {
  return ids.flatMap((id) => (sources[id] ? [sources[id].short] : []));
}

/** A chart's credit line: the first CREDIT_SOURCES sources named, the rest counted. */
export function creditLine(names: readonly string[], words: CreditWords, url?: string): string {
  const listed = names.slice(0, CREDIT_SOURCES).join(words.separator);
  const sources = names.length > CREDIT_SOURCES ? fill(words.more, { sources: listed, n: names.length - CREDIT_SOURCES }) : listed;
  return fill(words.line, { sources, ...(url === undefined ? {} : { url }) });
}
