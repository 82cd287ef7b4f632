/**
 * The file name a download is saved under: the chart's id, layout and language, e.g.
 * "matrix-2021-11-30-600.en.png", so downloads in two languages do not overwrite each other.
 */
import { href, type Route } from './urls.ts';
import type { Lang } from '../model/lang.ts';

export function chartDownloadName(route: Route, lang: Lang): string {
  const file = href(route, lang, '/').split('/').pop()!;
  return file.replace(/(\.[a-z]+)$/, `.${lang}$1`);
}
