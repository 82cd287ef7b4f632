/**
 * Memoises data derived from the content for one language: made at most once per content
 * object and language, however many pages and charts ask for it.
 */
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';

export function oncePerLanguage<T>(make: (content: SiteContent, lang: Lang) => T): (content: SiteContent, lang: Lang) => T {
  const made = new WeakMap<SiteContent, Map<Lang, T>>();
  return (content, lang) => {
    let byLang = made.get(content);
    if (!byLang) made.set(content, (byLang = new Map()));
    if (!byLang.has(lang)) byLang.set(lang, make(content, lang));
    return byLang.get(lang)!;
  };
}
