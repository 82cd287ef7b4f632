/**
 * Every standalone chart the site publishes — as embeds and as SVG/PNG images — with its
 * title, "as of" line, credit and alt text. Each chart is drawn by its own renderer (the
 * same drawing as on the pages): framed in SVG for images, bare inside HTML for embeds.
 */
import { select } from 'd3-selection';
import { drawDiffChart } from '../charts/diff/diff-chart.ts';
import { drawMatrixChart, layoutMatrixChart } from '../charts/matrix/matrix-chart.ts';
import { historyChartState } from '../charts/platform-history/chart-state.ts';
import { layoutHistory } from '../charts/platform-history/layout.ts';
import { drawHistory } from '../charts/platform-history/render.ts';
import { renderBare } from '../charts/shared/bare.ts';
import { renderFramed, type BodyDrawer } from '../charts/shared/frame.ts';
import { levelSwatches } from '../charts/shared/level-style.ts';
import { IMAGE_FONT_FAMILY } from '../charts/shared/raster.ts';
import { serverDocument, toMarkup } from '../charts/shared/server-document.ts';
import type { ChartTheme } from '../charts/shared/theme.ts';
import { t } from '../i18n/ui.ts';
import { formatDate } from '../lib/format-date.ts';
import { sourceShort } from '../lib/source-text.ts';
import { diff, history, stateAt } from '../lib/treatments/index.ts';
import { absoluteHref, type Route } from '../lib/urls.ts';
import { calendarDate, dayNumber, isoDay } from '../model/calendar-date.ts';
import { renderTimeline } from '../charts/timeline/render-timeline.ts';
import { timelineImageCss } from '../charts/timeline/image-style.ts';
import { timelineGeometry } from '../lib/timeline/geometry.ts';
import { DEFAULT_VIEW, type TimelineView } from '../lib/timeline/view.ts';
import { timelineFor } from './timeline.ts';
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
  /** The "as of" line. */
  readonly subtitle: (lang: Lang) => string;
  /** One line: the site, the page's address, the sources. */
  readonly credit: (lang: Lang) => string;
  /** Alt text: what the chart shows, in words. */
  readonly alt: (lang: Lang) => string;
  /** The chart's drawing at a width; `theme` fixes colours (images), absent follows the page's CSS. */
  readonly body: (lang: Lang, width: number, theme?: ChartTheme) => BodyDrawer;
  /** Font size the chart is drawn at for a width. */
  readonly fontSize: (width: number) => number;
}

const FONT = 14;
const sep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');

const catalogues = new WeakMap<SiteContent, ChartImage[]>();

/** The catalogue: every platform chart, the matrix at each date of change, the diffs between consecutive dates. */
export function chartImages(content: SiteContent, site: URL): ChartImage[] {
  let images = catalogues.get(content);
  if (!images) catalogues.set(content, (images = buildCatalogue(content, site)));
  return images;
}

function buildCatalogue(content: SiteContent, site: URL): ChartImage[] {
  return [...timelineImages(content, site), ...treatmentImages(content, site)];
}

/** The timeline, whole and for each year with events: the page's renderer, standing alone. */
function timelineImages(content: SiteContent, site: URL): ChartImage[] {
  const years = [...new Set(content.events.map((e) => calendarDate(e.data.date).year))].sort((a, b) => a - b);
  const last = content.treatments.milestones.at(-1);
  const views: { name: string; year?: number; view: TimelineView }[] = [
    { name: 'timeline', view: DEFAULT_VIEW },
    ...years.map((year) => ({ name: `timeline-${year}`, year, view: { ...DEFAULT_VIEW, range: { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) } } })),
  ];
  const engines = new Map<Lang, ReturnType<typeof timelineFor>>();
  const engine = (lang: Lang) => {
    let e = engines.get(lang);
    if (!e) engines.set(lang, (e = timelineFor(content, lang)));
    return e;
  };
  return views.map(({ name, year, view }) => {
    const page: Route = year === undefined ? { page: 'home' } : { page: 'home', view };
    const title = (lang: Lang) => (year === undefined ? t(lang, 'chart.timelineTitle') : t(lang, 'chart.timelineYearTitle', { year }));
    const layoutAt = (lang: Lang, width: number) => engine(lang).engine.layout(view, timelineGeometry(width));
    return {
      name,
      page,
      embed: year === undefined ? { page: 'embed-timeline' } : { page: 'embed-timeline', view },
      width: 960,
      title,
      subtitle: (lang) => (last === undefined ? '' : `${t(lang, 'chart.asOf', { date: formatDate(isoDay(last), lang) })} · ${t(lang, 'chart.timelineNote')}`),
      credit: (lang) => t(lang, 'chart.credit', { site: t(lang, 'site.name'), url: absoluteHref(page, lang, site), sources: content.sources.map((s) => sourceShort(s, lang)).join(sep(lang)) }),
      alt: (lang) => {
        const layout = layoutAt(lang, 960);
        return t(lang, 'chart.altTimeline', {
          n: year === undefined ? content.events.length : content.events.filter((e) => calendarDate(e.data.date).year === year).length,
          from: formatDate(isoDay(Math.floor(layout.range.start)), lang),
          to: formatDate(isoDay(Math.ceil(layout.range.end) - 1), lang),
          lanes: layout.lanes.map((l) => l.name).join(lang === 'zh' ? '、' : ', '),
        });
      },
      fontSize: () => 12,
      body: (lang, width, theme) => (g) => {
        const layout = layoutAt(lang, width);
        const svg = g.append('svg').attr('x', 0).attr('y', 0);
        if (theme) svg.append('style').text(timelineImageCss(theme));
        renderTimeline(svg.node()!, layout, { strings: engine(lang).strings, eventHref: (id) => absoluteHref({ page: 'event', id }, lang, site), idPrefix: `img-${name}-${width}` });
        return layout.height;
      },
    };
  });
}

function treatmentImages(content: SiteContent, site: URL): ChartImage[] {
  const index = content.treatments;
  const swatches = levelSwatches(content.reference.levels.map((l) => l.id));
  const last = index.milestones.at(-1);
  const asOf = (lang: Lang) => (last === undefined ? '' : t(lang, 'chart.asOf', { date: formatDate(isoDay(last), lang) }));
  const credit = (lang: Lang, page: Route, sourceIds: readonly string[]) =>
    t(lang, 'chart.credit', {
      site: t(lang, 'site.name'),
      url: absoluteHref(page, lang, site),
      sources: sourceIds
        .map((id) => content.sourceById.get(id))
        .filter((s) => s !== undefined)
        .map((s) => sourceShort(s, lang))
        .join(sep(lang)),
    });
  const images: ChartImage[] = [];

  for (const p of content.reference.platforms) {
    const statements = index.statements.filter((s) => s.platform === p.id);
    if (statements.length === 0) continue;
    const page: Route = { page: 'platform', id: p.id };
    const sources = [...new Set(statements.flatMap((s) => s.sources))];
    const events = [...new Set(statements.map((s) => s.event))];
    const fontSize = (width: number) => (width < 480 ? 11 : 13);
    images.push({
      name: `platform-${p.id}`,
      page,
      embed: { page: 'embed-platform', id: p.id },
      width: 760,
      title: (lang) => t(lang, 'platform.title', { name: p.name[lang] }),
      subtitle: asOf,
      credit: (lang) => credit(lang, page, sources),
      alt: (lang) =>
        t(lang, 'chart.altPlatform', {
          name: p.name[lang],
          summary: history(index, p.id)
            .filter((c) => c.periods.length > 0)
            .map((c) => {
              const level = c.periods.at(-1)!.state.level?.value;
              const surface = content.surfaces.get(c.surface)?.name[lang] ?? c.surface;
              const kind = c.link === index.dims.linkKinds[0] ? '' : ` · ${content.linkKinds.get(c.link)?.name[lang] ?? c.link}`;
              return `${surface}${kind}: ${level ? content.levels.get(level)?.name[lang] : t(lang, 'treat.unknown')}`;
            })
            .join(sep(lang)),
        }),
      fontSize,
      body: (lang, width, theme) => {
        const numbered = new Map(
          events.map((id, i) => [id, { n: i + 1, href: absoluteHref({ page: 'event', id }, lang, site), title: content.eventById.get(id)?.data.title[lang] ?? id }]),
        );
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
        return (g) => drawHistory(g, layoutHistory(state, { width, fontSize: fontSize(width) }), { id: `chart-${p.id}-${width}`, swatches, ...(theme ? { theme } : {}), fontSize: fontSize(width) });
      },
    });
  }

  for (const day of index.milestones) {
    const iso = isoDay(day);
    const page: Route = { page: 'matrix-snapshot', at: iso };
    const m = stateAt(index, day);
    const sources = [...new Set(m.cells.flatMap((c) => [c.level, ...Object.values(c.capabilities)].flatMap((a) => a?.sources ?? [])))];
    images.push({
      name: `matrix-${iso}`,
      page,
      embed: { page: 'embed-matrix-snapshot', at: iso },
      width: 860,
      title: (lang) => t(lang, 'matrix.heading', { date: formatDate(iso, lang) }),
      subtitle: (lang) => t(lang, 'chart.matrixNote'),
      credit: (lang) => credit(lang, page, sources),
      alt: (lang) =>
        t(lang, 'chart.altMatrix', {
          date: formatDate(iso, lang),
          summary: m.cells
            .filter((c) => c.level && c.link === index.dims.linkKinds[0])
            .map((c) => `${content.platforms.get(c.platform)?.name[lang]} · ${content.surfaces.get(c.surface)?.name[lang]}: ${content.levels.get(c.level!.value)?.name[lang]}`)
            .join(sep(lang)),
        }),
      fontSize: (width) => (width < 480 ? 12 : FONT),
      body: (lang, width, theme) => {
        const v = vocabulary(content, lang);
        const size = width < 480 ? 12 : FONT;
        return (g) => drawMatrixChart(g, layoutMatrixChart(m, v, width, size), v, { id: `chart-matrix-${iso}-${width}`, fontSize: size, ...(theme ? { theme } : {}) });
      },
    });
  }

  const ms = index.milestones;
  ms.slice(1).forEach((to, i) => {
    const from = ms[i]!;
    const [fromIso, toIso] = [isoDay(from), isoDay(to)];
    const page: Route = { page: 'diff-snapshot', from: fromIso, to: toIso };
    const d = diff(index, from, to);
    const sources = [...new Set(d.rows.flatMap((r) => r.statements.flatMap((s) => s.sources)))];
    images.push({
      name: `diff-${fromIso}-${toIso}`,
      page,
      embed: { page: 'embed-diff-snapshot', from: fromIso, to: toIso },
      width: 760,
      title: (lang) => t(lang, 'diff.heading', { from: formatDate(fromIso, lang), to: formatDate(toIso, lang) }),
      subtitle: (lang) => t(lang, 'diff.caption', { from: formatDate(fromIso, lang), to: formatDate(toIso, lang), n: d.rows.length }),
      credit: (lang) => credit(lang, page, sources),
      alt: (lang) =>
        t(lang, 'chart.altDiff', {
          from: formatDate(fromIso, lang),
          to: formatDate(toIso, lang),
          n: d.rows.length,
          platforms: [...new Set(d.rows.map((r) => content.platforms.get(r.platform)?.name[lang] ?? r.platform))].join(lang === 'zh' ? '、' : ', '),
        }),
      fontSize: (width) => (width < 480 ? 12 : FONT),
      body: (lang, width, theme) => {
        const v = vocabulary(content, lang);
        const size = width < 480 ? 12 : FONT;
        return (g) => drawDiffChart(g, d, v, width, { id: `chart-diff-${fromIso}-${width}`, fontSize: size, ...(theme ? { theme } : {}) });
      },
    });
  });
  return images;
}

/** The framed chart as an SVG file (images): title, "as of", chart, credit; fixed theme, bundled fonts. */
export function chartSvg(image: ChartImage, lang: Lang, theme: ChartTheme, width = image.width): string {
  const pad = 20;
  const svg = renderFramed(
    { title: image.title(lang), subtitle: image.subtitle(lang), credit: image.credit(lang) },
    image.body(lang, width - pad * 2, theme),
    { document: serverDocument(), width, theme, id: `image-${image.name}`, description: image.alt(lang), padding: pad, fontSize: FONT },
  );
  select(svg).attr('font-family', IMAGE_FONT_FAMILY);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(svg)}`;
}

/** The bare chart (pages and embeds put title and credit in HTML), following the page's CSS theme. */
export function chartMarkup(image: ChartImage, lang: Lang, width: number): string {
  return toMarkup(
    renderBare(serverDocument(), width, image.body(lang, width), {
      id: `${image.name}-${width}`,
      title: image.title(lang),
      description: image.alt(lang),
      fontSize: image.fontSize(width),
    }),
  );
}

/** The catalogue entry for a name, or undefined. */
export function findImage(images: readonly ChartImage[], name: string): ChartImage | undefined {
  return images.find((i) => i.name === name);
}
