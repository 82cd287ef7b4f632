import { z } from 'zod';

import type { Lang } from './lang-codes.ts';
import { hasVisibleText } from './text.ts';

export { DEFAULT_LANG, HTML_LANG, isLang, LANGS, LIST_SEPARATOR, type Lang } from './lang-codes.ts';

const nonEmpty = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be written as text, not ${typeof issue.input}`) })
    .trim()
    .min(1, { abort: true, error: `${what} is empty` })
    .refine(hasVisibleText, { error: `${what} shows nothing: it holds only invisible characters (zero-width or other blank characters); write the text` });

/** Text given in both languages: every reader sees the same facts. */
export const localizedText = z.strictObject({
  /** Chinese (Simplified) text. */
  zh: nonEmpty('the Chinese (zh) text'),
  /** English text. */
  en: nonEmpty('the English (en) text'),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** The most characters a label may have in each language, and what the label is for messages. */
export interface LabelLimits {
  readonly what: string;
  readonly zh: number;
  readonly en: number;
  /** Why the limit exists, for the message. */
  readonly because: string;
}

/** Text in both languages, each at most so many characters (a label drawn on a chart). */
export function shortLocalizedText(limits: LabelLimits) {
  const field = (lang: 'zh' | 'en', name: string) =>
    nonEmpty(`the ${name} (${lang}) ${limits.what}`).max(limits[lang], {
      error: (issue) => `the ${name} (${lang}) ${limits.what} is ${String(issue.input).trim().length} characters long: keep it to ${limits[lang]} or fewer ${limits.because}`,
    });
  return z.strictObject({ zh: field('zh', 'Chinese'), en: field('en', 'English') });
}

/** Picks the text for a language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
