import { z } from 'zod';

/** The site's languages. Chinese is the default and lives at the root; English under /en/. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** The `lang` attribute each language's pages carry (also picks Pagefind's word segmentation). */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

const nonEmpty = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be written as text, not ${typeof issue.input}`) })
    .trim()
    .min(1, { error: `${what} is empty` });

/** Text given in both languages: every reader sees the same facts. */
export const localizedText = z.strictObject({
  /** Chinese (Simplified) text. */
  zh: nonEmpty('the Chinese (zh) text'),
  /** English text. */
  en: nonEmpty('the English (en) text'),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Picks the text for a language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
