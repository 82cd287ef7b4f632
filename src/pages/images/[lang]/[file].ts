/**
 * Chart images: SVG, PNG and PNG @2x of every chart in the catalogue, in each language,
 * light theme, with the bundled CJK font — for hosts that take images but no iframes.
 */
import type { APIContext } from 'astro';
import { chartImages, chartSvg, type ChartImage } from '../../../data/chart-images.ts';
import { siteContent } from '../../../data/content.ts';
import { svgToPng } from '../../../charts/shared/raster.ts';
import { LIGHT } from '../../../charts/shared/theme.ts';
import { LANGS, type Lang } from '../../../model/lang.ts';

const FORMATS = [
  { suffix: '.svg', format: 'svg' },
  { suffix: '.png', format: 'png', scale: 1 },
  { suffix: '@2x.png', format: 'png', scale: 2 },
] as const;

export async function getStaticPaths() {
  const content = await siteContent();
  const images = chartImages(content, new URL(import.meta.env.SITE));
  return images.flatMap((image) =>
    LANGS.flatMap((lang) => FORMATS.map((f) => ({ params: { lang, file: `${image.name}${f.suffix}` }, props: { image, lang, format: f } }))),
  );
}

interface Props {
  image: ChartImage;
  lang: Lang;
  format: (typeof FORMATS)[number];
}

export async function GET(context: APIContext) {
  const { image, lang, format } = context.props as Props;
  const svg = chartSvg(image, lang, LIGHT);
  if (format.format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  const png = await svgToPng(svg, format.scale);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
}
