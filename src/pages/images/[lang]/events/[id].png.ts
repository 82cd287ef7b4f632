/** Social preview cards of the events (PNG, 1200 × 630), in each language: the latest events' and the milestones' (src/lib/card-events.ts). */
import type { APIContext } from 'astro';
import { renderOgCard } from '../../../../charts/og-card.ts';
import { IMAGE_FONT_FAMILY } from '../../../../charts/node/bundled-fonts.ts';
import { measureWithFonts } from '../../../../charts/node/font-metrics.ts';
import { svgToPng } from '../../../../charts/node/raster.ts';
import { serverDocument, toMarkup } from '../../../../charts/shared/server-document.ts';
import { LIGHT } from '../../../../charts/shared/theme.ts';
import { siteContent, type EventEntry } from '../../../../data/content.ts';
import { hasCard } from '../../../../data/event-cards.ts';
import { t } from '../../../../i18n/ui.ts';
import { formatDate } from '../../../../lib/format-date.ts';
import { LANGS, type Lang } from '../../../../model/lang.ts';
import { cacheKeys } from '../../../../data/cache-keys.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.events.filter((entry) => hasCard(content, entry.data.id)).flatMap((entry) => LANGS.map((lang) => ({ params: { lang, id: entry.data.id }, props: { entry, lang }, cacheKey: cacheKeys(content, lang).event(entry.data.id) })));
}

export async function GET(context: APIContext) {
  const { entry, lang } = context.props as { entry: EventEntry; lang: Lang };
  const content = await siteContent();
  const e = entry.data;
  const opinionOnly = e.sources.every((id) => content.sourceById.get(id)?.kind === 'opinion');
  const svg = renderOgCard(
    {
      site: t(lang, 'site.name'),
      date: formatDate(e.effective ?? e.date, lang),
      title: e.title[lang],
      summary: e.summary[lang],
      ...(opinionOnly ? { badge: t(lang, 'event.opinion') } : {}),
    },
    serverDocument(),
    LIGHT,
    IMAGE_FONT_FAMILY,
    measureWithFonts,
  );
  return new Response(await svgToPng(toMarkup(svg), 1), { headers: { 'content-type': 'image/png' } });
}
