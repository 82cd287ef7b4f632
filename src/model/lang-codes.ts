/**
 * The site's languages as plain values, without the schemas in lang.ts, so code that runs
 * in the browser (URLs, the timeline) can use them without shipping zod. lang.ts re-exports
 * everything here.
 */

/** The site's languages. Chinese is the default and lives at the root; English under /en/. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** The `lang` attribute each language's pages carry (also picks Pagefind's word segmentation). */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** How each language joins a list: names ("、", ", ") and longer items or clauses ("；", "; "). */
export const LIST_SEPARATOR: Record<Lang, { readonly names: string; readonly clauses: string }> = {
  zh: { names: '、', clauses: '；' },
  en: { names: ', ', clauses: '; ' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
