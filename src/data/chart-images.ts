/**
 * Every standalone chart the site publishes — as embeds and as SVG/PNG images — with its
 * title, "as of" line, credit and alt text. The frames are drawn by the charts' own
 * renderers (the same drawing as on the pages), into a server-side document.
 */
import { select } from 'd3-selection';
import { drawDiffChart } from '../charts/diff/diff-chart.ts';
import { drawMatrixChart, layoutMatrixChart } from '../charts/matrix/matrix-chart.ts';
import { historyChartState } from '../charts/platform-history/chart-state.ts';
import { layoutHistory } from '../charts/platform-history/layout.ts';
import { drawHistory } from '../charts/platform-history/render.ts';
import { renderFramed, type BodyDrawer, type FrameText } from '../charts/shared/frame.ts';
import { levelSwatches } from '../charts/shared/level-style.ts';
import { serverDocument } from '../charts/shared/server-document.ts';
import { IMAGE_FONT_FAMILY } from '../charts/shared/raster.ts';
import type { ChartTheme } from '../charts/shared/theme.ts';
import { t } from '../i18n/ui.ts';
import { formatDate } from '../lib/format-date.ts';
import { sourceShort } from '../lib/source-text.ts';
import { diff, history, stateAt } from '../lib/treatments/index.ts';
import { absoluteHref, type Route } from '../lib/urls.ts';
import { isoDay, type DayNumber } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { vocabulary } from './vocabulary.ts';

export interface ChartImage {
  /** File name without extension, e.g. "platform-taobao", "matrix-2021-11-30". */
  readonly name: string;
  /** The page the chart belongs to (credited and linked from embeds). */
  readonly page: Route;
  /** The embed page. */
  readonly embed: Route;
  /** Default pixel width of the image and of the embed's iframe. */
  readonly width: number;
  readonly title: (lang: Lang) => string;
  /** Alt text: what the chart shows, in words. */
  readonly alt: (lang: Lang) => string;
  /** Draws the framed chart. */
  readonly draw: (lang: Lang, theme: ChartTheme, width: number, document: Document) => SVGSVGElement;
}

const FONT = 14;

function asOf(content: SiteContent, lang: Lang, day?: DayNumber): string {
  const last = day ?? content.treatments.milestones.at(-1);
  return last === undefined ? '' : t(lang, 'chart.asOf', { date: formatDate(isoDay(last), lang) });
}

function credit(content: SiteContent, lang: Lang, page: Route, sourceIds: readonly string[], site: URL): string {
  const sources = sourceIds
    .map((id) => content.sourceById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => sourceShort(s, lang))
    .join(lang === 'zh' ? '；' : '; ');
  return t(lang, 'chart.credit', { site: t(lang, 'site.name'), url: absoluteHref(page, lang, site), sources });
}

function framed(
  text: FrameText,
  body: BodyDrawer,
  o: { id: string; width: number; theme: ChartTheme; document: Document; description: string },
): SVGSVGElement {
  return renderFramed(text, body, { ...o, fontSize: FONT });
}

/** The catalogue: every platform chart, the matrix at each date of change, the diffs between consecutive dates. */
export function chartImages(content: SiteContent, site: URL): ChartImage[] {
  const index = content.treatments;
  const swatches = levelSwatches(content.reference.levels.map((l) => l.id));
  const images: ChartImage[] = [];

  for (const p of content.reference.platforms) {
    const statements = index.statements.filter((s) => s.platform === p.id);
    if (statements.length === 0) continue;
    const page: Route = { page: 'platform', id: p.id };
    const sources = [...new Set(statements.flatMap((s) => s.sources))];
    const events = [...new Set(statements.map((s) => s.event))];
    images.push({
      name: `platform-${p.id}`,
      page,
      embed: { page: 'embed-platform', id: p.id },
      width: 760,
      title: (lang) => t(lang, 'platform.title', { name: p.name[lang] }),
      alt: (lang) =>
        t(lang, 'chart.altPlatform', {
          name: p.name[lang],
          summary: history(index, p.id)
            .filter((c) => c.periods.length > 0)
            .map((c) => {
              const last = c.periods.at(-1)!.state.level?.value;
              const surface = content.surfaces.get(c.surface)?.name[lang] ?? c.surface;
              const kind = c.link === index.dims.linkKinds[0] ? '' : ` · ${content.linkKinds.get(c.link)?.name[lang] ?? c.link}`;
              return `${surface}${kind}: ${last ? content.levels.get(last)?.name[lang] : t(lang, 'treat.unknown')}`;
            })
            .join(lang === 'zh' ? '；' : '; '),
        }),
      draw: (lang, theme, width, document) => {
        const numbered = new Map(events.map((id, i) => [id, { n: i + 1, href: absoluteHref({ page: 'event', id }, lang, site), title: content.eventById.get(id)?.data.title[lang] ?? id }]));
        const state = historyChartState({
          index,
          platform: p.id,
          lang,
          title: t(lang, 'platform.title', { name: p.name[lang] }),
          caption: t(lang, 'chart.columnsNote'),
          unknownLabel: t(lang, 'treat.legendUnknown'),
          yearOnlyLabel: t(lang, 'treat.yearOnly'),
          name: {
            surface: (id) => content.surfaces.get(id)?.name[lang] ?? id,
            linkKind: (id) => content.linkKinds.get(id)?.name[lang] ?? id,
            level: (id) => content.levels.get(id)?.name[lang] ?? id,
          },
          events: numbered,
        });
        const inner = width - 40;
        const layout = layoutHistory(state, { width: inner, fontSize: width < 480 ? 11 : 13 });
        return framed(
          { title: state.title, subtitle: asOf(content, lang), credit: credit(content, lang, page, sources, site) },
          (g) => drawHistory(g, layout, { id: `img-${p.id}`, swatches, theme, fontSize: width < 480 ? 11 : 13 }),
          { id: `img-${p.id}`, width, theme, document, description: images.find((i) => i.name === `platform-${p.id}`)!.alt(lang) },
        );
      },
    });
  }

  for (const day of index.milestones) {
    const iso = isoDay(day);
    const page: Route = { page: 'matrix-snapshot', at: iso };
    images.push({
      name: `matrix-${iso}`,
      page,
      embed: { page: 'embed-matrix', at: iso },
      width: 860,
      title: (lang) => t(lang, 'matrix.heading', { date: formatDate(iso, lang) }),
      alt: (lang) => {
        const m = stateAt(index, day);
        const known = m.cells.filter((c) => c.level && c.link === index.dims.linkKinds[0]);
        return t(lang, 'chart.altMatrix', {
          date: formatDate(iso, lang),
          summary: known.map((c) => `${content.platforms.get(c.platform)?.name[lang]} · ${content.surfaces.get(c.surface)?.name[lang]}: ${content.levels.get(c.level!.value)?.name[lang]}`).join(lang === 'zh' ? '；' : '; '),
        });
      },
      draw: (lang, theme, width, document) => {
        const v = vocabulary(content, lang);
        const m = stateAt(index, day);
        const sources = [...new Set(m.cells.flatMap((c) => [c.level, ...Object.values(c.capabilities)].flatMap((a) => a?.sources ?? [])))];
        const layout = layoutMatrixChart(m, v, width - 40, FONT);
        const image = images.find((i) => i.name === `matrix-${iso}`)!;
        return framed(
          { title: image.title(lang), subtitle: t(lang, 'chart.matrixNote'), credit: credit(content, lang, page, sources, site) },
          (g) => drawMatrixChart(g, layout, v, { id: `img-matrix-${iso}`, fontSize: FONT, theme }),
          { id: `img-matrix-${iso}`, width, theme, document, description: image.alt(lang) },
        );
      },
    });
  }

  const ms = index.milestones;
  ms.slice(1).forEach((to, i) => {
    const from = ms[i]!;
    const [fromIso, toIso] = [isoDay(from), isoDay(to)];
    const page: Route = { page: 'diff-snapshot', from: fromIso, to: toIso };
    const d = diff(index, from, to);
    images.push({
      name: `diff-${fromIso}-${toIso}`,
      page,
      embed: { page: 'embed-diff', from: fromIso, to: toIso },
      width: 760,
      title: (lang) => t(lang, 'diff.heading', { from: formatDate(fromIso, lang), to: formatDate(toIso, lang) }),
      alt: (lang) =>
        t(lang, 'chart.altDiff', {
          from: formatDate(fromIso, lang),
          to: formatDate(toIso, lang),
          n: d.rows.length,
          platforms: [...new Set(d.rows.map((r) => content.platforms.get(r.platform)?.name[lang] ?? r.platform))].join(lang === 'zh' ? '、' : ', '),
        }),
      draw: (lang, theme, width, document) => {
        const v = vocabulary(content, lang);
        const sources = [...new Set(d.rows.flatMap((r) => r.statements.flatMap((s) => s.sources)))];
        const image = images.find((x) => x.name === `diff-${fromIso}-${toIso}`)!;
        return framed(
          { title: image.title(lang), subtitle: t(lang, 'diff.caption', { from: formatDate(fromIso, lang), to: formatDate(toIso, lang), n: d.rows.length }), credit: credit(content, lang, page, sources, site) },
          (g, w) => drawDiffChart(g, d, v, w, { id: `img-diff-${fromIso}`, fontSize: FONT, theme }),
          { id: `img-diff-${fromIso}`, width, theme, document, description: image.alt(lang) },
        );
      },
    });
  });
  return images;
}

/** Draws an image's framed chart as SVG markup. */
export function chartSvg(image: ChartImage, lang: Lang, theme: ChartTheme, width = image.width): string {
  const svg = image.draw(lang, theme, width, serverDocument());
  select(svg).attr('font-family', IMAGE_FONT_FAMILY);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}`;
}

