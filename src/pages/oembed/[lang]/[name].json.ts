/**
 * oEmbed descriptions (type "rich") of every embeddable chart, so a CMS can embed by URL:
 * each embed page links its file with <link rel="alternate" type="application/json+oembed">.
 */
import type { APIContext } from 'astro';
import { chartImages, chartMarkup, chartSvg, type ChartImage } from '../../../data/chart-images.ts';
import { LIGHT } from '../../../charts/shared/theme.ts';
import { siteContent } from '../../../data/content.ts';
import { t } from '../../../i18n/ui.ts';
import { embedCode } from '../../../lib/embed-code.ts';
import { absoluteHref } from '../../../lib/urls.ts';
import { LANGS, type Lang } from '../../../model/lang.ts';

/** Room for the embed's title, "as of" line and credit around the chart. */
const CHROME = 130;

export async function getStaticPaths() {
  const content = await siteContent();
  return chartImages(content, new URL(import.meta.env.SITE)).flatMap((image) => LANGS.map((lang) => ({ params: { lang, name: image.name }, props: { image, lang } })));
}

export function GET(context: APIContext) {
  const { image, lang } = context.props as { image: ChartImage; lang: Lang };
  const site = context.site!;
  const width = 720;
  const chartHeight = Number(/height="(\d+)"/.exec(chartMarkup(image, lang, width))?.[1] ?? 480);
  const height = chartHeight + CHROME;
  const thumbnail = absoluteHref({ page: 'image', name: image.name, format: 'png' }, lang, site);
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: t(lang, 'site.name'),
    provider_url: absoluteHref({ page: 'home' }, lang, site),
    title: image.title(lang),
    html: embedCode({ src: absoluteHref(image.embed, lang, site), title: image.title(lang), height, loader: absoluteHref({ page: 'embed-loader' }, lang, site) }),
    width,
    height,
    thumbnail_url: thumbnail,
    thumbnail_width: image.width,
    thumbnail_height: Number(/height="(\d+)"/.exec(chartSvg(image, lang, LIGHT))?.[1] ?? 0),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
}
