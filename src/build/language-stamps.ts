/**
 * A stamp of the content as each language's pages read it: the content with every text given
 * in both languages ({ zh, en }) reduced to that language's, and every event body reduced to
 * that language's block (<Zh>…</Zh> or <En>…</En>). An edit to the English text changes the
 * English stamp only; a change to what both languages show (a date, a platform, a source)
 * changes both. The names each page carries in both languages for search (an event's title
 * and milestone, an actor's or a platform's name: src/components/SearchNames.astro) are part
 * of every language's stamp: a new English title changes the Chinese search index too.
 *
 * The build uses the stamps as a hint, never as proof: a language whose stamp differs from the
 * last build's has its search index begun before Astro renders (scripts/build.ts), rather than
 * when Astro first writes one of its searched pages with new bytes, which for an event's page
 * comes near the end of rendering. Whether a language's index is kept or made again is still
 * decided from the pages themselves (./reused-search-index.ts), so a wrong hint costs time,
 * not a wrong index.
 */
import { LANGS, type Lang } from '../model/lang.ts';
import { bodyInLanguage } from '../lib/body-in-language.ts';
import type { ValidContent } from '../validation/validate.ts';
import { cacheKey } from './file-cache.ts';

/** Each language's stamp of the same content. */
export type LanguageStamps = Readonly<Record<Lang, string>>;

const isLanguagePair = (value: object): value is Record<Lang, unknown> => {
  const keys = Object.keys(value);
  return keys.length === LANGS.length && LANGS.every((lang) => keys.includes(lang));
};

/** `value` as `lang`'s pages read it: pairs of texts reduced to `lang`'s, other languages' body blocks left out. */
export function inLanguage(value: unknown, lang: Lang): unknown {
  if (typeof value === 'string') return bodyInLanguage(value, lang);
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang));
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  if (isLanguagePair(value)) return inLanguage(value[lang], lang);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]));
}

/** The names every language's searched pages carry in both languages (src/components/SearchNames.astro). */
export function namesSearchedInBoth(content: ValidContent): unknown {
  return {
    events: content.events.map(({ data }) => [data.title, data.milestone ?? null]),
    actors: content.reference.actors.map((actor) => actor.name),
    platforms: content.reference.platforms.map((platform) => platform.name),
  };
}

/** Each language's stamp of the checked content. */
export function languageStamps(content: ValidContent): LanguageStamps {
  const both = JSON.stringify(namesSearchedInBoth(content));
  return Object.fromEntries(LANGS.map((lang) => [lang, cacheKey(JSON.stringify(inLanguage(content, lang)), both)])) as Record<Lang, string>;
}

/** The languages whose stamp differs from the last build's (every one, when none was recorded). */
export function changedLanguages(now: LanguageStamps, last: Partial<Record<Lang, string>> | undefined): Lang[] {
  return LANGS.filter((lang) => last?.[lang] !== now[lang]);
}
