/**
 * Sources as plain text, for places that cannot hold markup (tables rendered in the
 * browser, data exports, chart captions): a short form and a full reference line.
 */
import type { Lang } from '../model/lang.ts';
import type { Source } from '../model/source.ts';
import { formatDate } from './format-date.ts';

const approx = (s: Source, lang: Lang) => (s.publishedApproximate ? (lang === 'zh' ? '约' : 'about ') : '');

/** "cnBeta, 29 November 2021" / "cnBeta，2021年11月29日" */
export function sourceShort(s: Source, lang: Lang): string {
  const sep = lang === 'zh' ? '，' : ', ';
  return `${s.publisher[lang]}${sep}${approx(s, lang)}${formatDate(s.published, lang)}`;
}

/** Whose words a source is, for "in the opinion of …": the author in Chinese, else the publisher (the author's name has no English form). */
export function sourceWho(s: Source, lang: Lang): string {
  return lang === 'zh' && s.author ? s.author : s.publisher[lang];
}

/** Publisher (via), author: title [translation], date. */
export function sourceFull(s: Source, lang: Lang): string {
  const via = s.via ? (lang === 'zh' ? `（经由${s.via.zh}）` : ` (via ${s.via.en})`) : '';
  const author = s.author ? (lang === 'zh' ? `，${s.author}` : `, ${s.author}`) : '';
  const title = lang === 'zh' ? `《${s.title.zh}》` : `“${s.title.zh}” [${s.title.en}]`;
  const sep = lang === 'zh' ? '：' : ': ';
  const dateSep = lang === 'zh' ? '，' : ', ';
  return `${s.publisher[lang]}${via}${author}${sep}${title}${dateSep}${approx(s, lang)}${formatDate(s.published, lang)}`;
}
