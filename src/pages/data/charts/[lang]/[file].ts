/** Each chart's own data, as CSV and JSON, in each language: what the embed panel's data links download. */
import type { APIContext } from 'astro';
import { dataCsv, dataJson } from '../../../../charts/data-files.ts';
import { chartCredit, chartData, chartFilesKey, everyChart, type CatalogueChart } from '../../../../data/chart-catalogue.ts';
import { siteContent } from '../../../../data/content.ts';
import { csvResponse } from '../../../../data/responses.ts';
import { href } from '../../../../lib/urls.ts';
import type { Lang } from '../../../../model/lang.ts';
import { cacheKeys } from '../../../../data/cache-keys.ts';

const FORMATS = ['csv', 'json'] as const;

export async function getStaticPaths() {
  const content = await siteContent();
  return everyChart(content).flatMap(({ chart, lang }) =>
    FORMATS.map((format) => ({ params: { lang, file: href({ page: 'chart-data', chart: chart.key, format }, lang, '/').split('/').pop()! }, props: { chart, lang, format }, cacheKey: chartFilesKey(chart, cacheKeys(content, lang)) })),
  );
}

export async function GET(context: APIContext) {
  const { chart, lang, format } = context.props as { chart: CatalogueChart; lang: Lang; format: (typeof FORMATS)[number] };
  const data = chartData(chart, lang);
  if (format === 'csv') return csvResponse(dataCsv(data));
  const credit = chartCredit(await siteContent(), chart, lang, context.site);
  return new Response(dataJson(data, { title: chart.rows(lang).text.title, source: credit }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
