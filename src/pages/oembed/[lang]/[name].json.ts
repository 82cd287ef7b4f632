/**
 * oEmbed descriptions (type "rich") of every embeddable chart, so a CMS can embed by URL:
 * each embed page links its file with <link rel="alternate" type="application/json+oembed">.
 * oEmbed needs absolute addresses, so the files exist only when the site has a public one.
 */
import type { APIContext } from 'astro';
import { chartFilesKey, chartImagePixelSize, chartMarkupSize, everyChart, type CatalogueChart } from '../../../data/chart-catalogue.ts';
import { siteContent } from '../../../data/content.ts';
import { PAGE_SIZES } from '../../../charts/sizes.ts';
import { t } from '../../../i18n/ui.ts';
import { embedCode, EMBED_CHROME } from '../../../lib/embed-code.ts';
import { absoluteHref, href } from '../../../lib/urls.ts';
import type { Lang } from '../../../model/lang.ts';
import { cacheKeys } from '../../../data/cache-keys.ts';

export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const content = await siteContent();
  return everyChart(content).map(({ chart, lang }) => ({
    params: { lang, name: href({ page: 'oembed', chart: chart.key }, lang, '/').split('/').pop()!.replace(/\.json$/, '') },
    props: { chart, lang },
    // Its height and thumbnail's size are the drawing's: the key of the chart's files.
    cacheKey: chartFilesKey(chart, cacheKeys(content, lang)),
  }));
}

export async function GET(context: APIContext) {
  const { chart, lang } = context.props as { chart: CatalogueChart; lang: Lang };
  const site = context.site!;
  const content = await siteContent();
  const width = PAGE_SIZES.wide.width;
  const height = chartMarkupSize(chart, lang, PAGE_SIZES.wide).height + EMBED_CHROME;
  const title = chart.rows(lang).text.title;
  // A thumbnail is optional in oEmbed: a chart whose images the reader's browser draws has none.
  const thumbnail = chart.images ? chartImagePixelSize(content, chart, lang, 'natural', site) : undefined;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: t(lang, 'site.name'),
    provider_url: absoluteHref({ page: 'home' }, lang, site),
    title,
    html: embedCode({ src: absoluteHref(chart.embed, lang, site), title, height, loader: absoluteHref({ page: 'embed-loader' }, lang, site) }),
    width,
    height,
    ...(thumbnail
      ? { thumbnail_url: absoluteHref({ page: 'image', chart: chart.key, format: 'png' }, lang, site), thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
      : {}),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
}
