/** The events feed (RSS 2.0), one per language, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent } from '../../data/content.ts';
import { t } from '../../i18n/ui.ts';
import { absoluteHref, href } from '../../lib/urls.ts';
import { calendarDate, chinaInstant } from '../../model/calendar-date.ts';
import { HTML_LANG, type Lang } from '../../model/lang.ts';
import { perLanguage } from '../../lib/static-paths.ts';
import { formatDate } from '../../lib/format-date.ts';
import { cacheKeys, keyed } from '../../data/cache-keys.ts';

/** A feed needs absolute links: it is made only when the site has a public address. */
export async function getStaticPaths() {
  const content = await siteContent();
  return import.meta.env.SITE ? keyed(perLanguage(), (path) => cacheKeys(content, path.props.lang).full) : [];
}

export async function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  const site = context.site!;
  const { events } = await siteContent();
  return rss({
    title: t(lang, 'site.name'),
    description: t(lang, 'site.description'),
    site: absoluteHref({ page: 'home' }, lang, site),
    customData: `<language>${HTML_LANG[lang]}</language>`,
    items: [...events].reverse().map(({ data: e }) => ({
      title: e.title[lang],
      link: href({ page: 'event', id: e.id }, lang),
      pubDate: chinaInstant(calendarDate(e.date)),
      description: `${formatDate(e.date, lang)} — ${e.summary[lang]}`,
      categories: e.tags,
    })),
  });
}
