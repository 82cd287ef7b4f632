/**
 * Chart images: every chart in the catalogue, in each language and each layout (natural
 * width, 600 px, 1080 px phone), as SVG, PNG and (but the phone layout) PNG @2x, light theme, drawn with the bundled
 * fonts — for hosts that take images but no iframes. File names come from the URL builder.
 */
import type { APIContext } from 'astro';
import { chartImageKey, chartImageSvg, everyChart, type CatalogueChart } from '../../../data/chart-catalogue.ts';
import { siteContent } from '../../../data/content.ts';
import { svgToPng } from '../../../charts/node/raster.ts';
import { IMAGE_LAYOUTS, imageFormats, type ImageFormat, type ImageLayout } from '../../../lib/chart-id.ts';
import { href, type Route } from '../../../lib/urls.ts';
import type { Lang } from '../../../model/lang.ts';
import { cacheKeys } from '../../../data/cache-keys.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return everyChart(content).flatMap(({ chart, lang }) =>
    // A chart without prebuilt images has its images drawn in the reader's browser.
    (chart.images ? IMAGE_LAYOUTS : []).flatMap((layout) =>
      imageFormats(layout).map((f) => {
        const route: Route = { page: 'image', chart: chart.key, layout, ...f };
        return { params: { lang, file: href(route, lang, '/').split('/').pop()! }, props: { chart, lang, layout, format: f }, cacheKey: chartImageKey(chart, lang, layout, cacheKeys(content, lang)) };
      }),
    ),
  );
}

interface Props {
  chart: CatalogueChart;
  lang: Lang;
  layout: ImageLayout;
  format: ImageFormat;
}

export async function GET(context: APIContext) {
  const { chart, lang, layout, format } = context.props as Props;
  const svg = chartImageSvg(await siteContent(), chart, lang, layout, context.site);
  if (format.format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(await svgToPng(svg, format.scale), { headers: { 'content-type': 'image/png' } });
}
