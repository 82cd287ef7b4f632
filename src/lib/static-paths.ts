/**
 * getStaticPaths helpers: every page exists once per language, Chinese at the root and
 * English under /en/ (the `[...lang]` parameter).
 */
import { LANGS, type Lang } from '../model/lang.ts';
import { langParam } from './urls.ts';

/** One path per language, with `lang` in props. */
export function perLanguage<P extends object = object>(props: P = {} as P) {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { ...props, lang } as P & { lang: Lang } }));
}

/** One path per language per item, with extra params and props for each item. */
export function perLanguageEach<T, P extends object>(
  items: readonly T[],
  params: (item: T) => Record<string, string>,
  props: (item: T) => P,
) {
  return items.flatMap((item) =>
    LANGS.map((lang) => ({
      params: { lang: langParam(lang), ...params(item) },
      props: { ...props(item), lang } as P & { lang: Lang },
    })),
  );
}
