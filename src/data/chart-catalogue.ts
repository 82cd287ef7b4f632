/**
 * Every chart the site publishes, built from the chart specs: the timeline (whole and per
 * year), each described platform's history, the matrix at each date of change and the diff
 * between consecutive dates of change. Pages, embeds, oEmbed files, images, chart data and
 * PDF figures all take their charts — rows, words, drawing and file names — from here.
 */
import { diffRows, type DiffRows } from '../charts/diff/rows.ts';
import { diffSpec } from '../charts/diff/spec.ts';
import { matrixRows, type MatrixRows } from '../charts/matrix/rows.ts';
import { matrixSpec } from '../charts/matrix/spec.ts';
import { IMAGE_FONT_FAMILY } from '../charts/node/bundled-fonts.ts';
import { measureWithFonts } from '../charts/node/font-metrics.ts';
import { platformRows, type PlatformRows } from '../charts/platform-history/rows.ts';
import { platformSpec } from '../charts/platform-history/spec.ts';
import { creditLine, sourceNames, type CreditWords } from '../charts/credit.ts';
import { bareChart, framedChart, framedContext, type ChartSize } from '../charts/render.ts';
import { serverDocument, toMarkup } from '../charts/shared/server-document.ts';
import { FONT_FAMILY, LIGHT, type ChartTheme } from '../charts/shared/theme.ts';
import { imageSize, NATURAL_WIDTH } from '../charts/sizes.ts';
import type { ChartData, ChartSpec } from '../charts/spec.ts';
import { timelineRows, type TimelineRows } from '../charts/timeline/rows.ts';
import { timelineSpec } from '../charts/timeline/spec.ts';
import { t } from '../i18n/ui.ts';
import { chartEmbed, chartId, chartPage, yearView, type ChartKey, type ImageLayout } from '../lib/chart-id.ts';
import { formatDate } from '../lib/format-date.ts';
import { recentlyUsed } from '../lib/recently-used.ts';
import { DEFAULT_VIEW } from '../lib/timeline/view.ts';
import { wholeRange } from '../lib/timeline/bounds.ts';
import { eventsReachingYear } from '../lib/timeline/year-reach.ts';
import { prebuiltImageDates } from '../lib/treatments/image-dates.ts';
import { diff, stateAt } from '../lib/treatments/index.ts';
import { absoluteHref, href, type Route } from '../lib/urls.ts';
import { calendarDate, isoDay } from '../model/calendar-date.ts';
import { LANGS, LIST_SEPARATOR, type Lang } from '../model/lang.ts';
import type { CacheKeys } from './cache-keys.ts';
import type { SiteContent } from './content.ts';
import { timelineFor } from './timeline.ts';
import { vocabulary } from './vocabulary.ts';

type Rows = TimelineRows | PlatformRows | MatrixRows | DiffRows;

export interface CatalogueChart {
  readonly key: ChartKey;
  /** chartId(key): "platform-taobao", "matrix-2021-11-30" … */
  readonly id: string;
  /** The page it belongs to, and its embed page (light theme, the embed code's default). */
  readonly page: Route;
  readonly embed: Route;
  /** Width of its natural layout, in pixels. */
  readonly natural: number;
  /** Its rows in a language (made once). */
  rows(lang: Lang): Rows;
  /** Ids of the sources it draws on, for its credit. */
  readonly sources: readonly string[];
  /**
   * The events whose titles it may show, when its kind names events but this chart not every
   * one (a platform's history, a year's timeline); absent, any event's.
   */
  readonly names?: readonly string[];
  /**
   * Whether its image files are prebuilt: every chart's but the matrix and diff of the dates
   * of change that are neither among the latest nor a milestone's (prebuiltImageDates()),
   * whose images the reader's browser draws when asked for.
   */
  readonly images: boolean;
}

const SPECS = { timeline: timelineSpec, platform: platformSpec, matrix: matrixSpec, diff: diffSpec } as const;

/** The spec that draws a kind of rows. */
export function specOf(rows: Rows): ChartSpec<Rows, { height: number }> {
  return SPECS[rows.kind] as unknown as ChartSpec<Rows, { height: number }>;
}

/**
 * The cache key of a chart's files (images, data, oEmbed): the frame if its kind names no
 * event, so that a title edit leaves, say, every matrix image as it was; else the titles of
 * the events it may name, or all of them (the structure).
 */
export function chartFilesKey(chart: CatalogueChart, keys: Pick<CacheKeys, 'frame' | 'structure' | 'titles'>): string {
  if (!SPECS[chart.key.kind].namesEvents) return keys.frame;
  return chart.names ? keys.titles(chart.names) : keys.structure;
}

/** The events each image of a chart names, by language and layout, when its spec can say (made once). */
const imageNames = new WeakMap<CatalogueChart, Map<string, readonly string[]>>();

/**
 * The cache key of an image file: the titles of the events its drawing names, when its spec
 * can say which (a timeline image draws some events as marks and clusters the rest, or lists
 * the latest: a title edit elsewhere leaves it as it was); else the key of the chart's files.
 */
export function chartImageKey(chart: CatalogueChart, lang: Lang, layout: ImageLayout, keys: Pick<CacheKeys, 'frame' | 'structure' | 'titles'>): string {
  const names = chartImageNames(chart, lang, layout);
  return names ? keys.titles(names) : chartFilesKey(chart, keys);
}

/**
 * The events an image of a chart names, laid out as the image is, when its kind's spec can
 * say and the catalogue lists no narrower set for the chart (the whole timeline; a year's
 * list is already short, and laying out every year's images for their keys cost 0.3-0.6 s
 * of every build at 1,000 events); else undefined.
 */
export function chartImageNames(chart: CatalogueChart, lang: Lang, layout: ImageLayout): readonly string[] | undefined {
  // The kind's spec first: the rows of a kind that cannot say are not made for a key.
  if (!SPECS[chart.key.kind].named || chart.names) return undefined;
  const rows = chart.rows(lang);
  const spec = specOf(rows);
  let made = imageNames.get(chart);
  if (!made) imageNames.set(chart, (made = new Map()));
  let names = made.get(`${lang}\0${layout}`);
  if (!names) made.set(`${lang}\0${layout}`, (names = spec.named!(rows, framedContext(imageSize(layout, chart.natural), measureWithFonts))));
  return names;
}

const catalogues = new WeakMap<SiteContent, CatalogueChart[]>();

/** The catalogue for the content (made once per content). */
export function chartCatalogue(content: SiteContent): CatalogueChart[] {
  let charts = catalogues.get(content);
  if (!charts) catalogues.set(content, (charts = build(content)));
  return charts;
}

const byId = new WeakMap<CatalogueChart[], Map<string, CatalogueChart>>();

/** The chart for a key, if the site publishes it (looked up by id in a map made once per catalogue). */
export function findChart(content: SiteContent, key: ChartKey): CatalogueChart | undefined {
  const charts = chartCatalogue(content);
  let map = byId.get(charts);
  if (!map) {
    byId.set(charts, (map = new Map()));
    for (const c of charts) if (!map.has(c.id)) map.set(c.id, c);
  }
  return map.get(chartId(key));
}

const imageDatesOf = new WeakMap<readonly CatalogueChart[], readonly string[]>();

/**
 * The dates of change whose matrix and diff have prebuilt images (the pages' scripts offer the
 * others' made in the browser). Every matrix and diff page asks: listed once per catalogue.
 */
export function imageDates(content: SiteContent): readonly string[] {
  const charts = chartCatalogue(content);
  let dates = imageDatesOf.get(charts);
  if (!dates) imageDatesOf.set(charts, (dates = charts.flatMap((c) => (c.key.kind === 'matrix' && c.images ? [c.key.at] : []))));
  return dates;
}

/** A value made the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function entry(key: ChartKey, sources: readonly string[], rows: (lang: Lang) => Rows, names?: readonly string[], images = true): CatalogueChart {
  const made = new Map<Lang, Rows>();
  return {
    key,
    id: chartId(key),
    page: chartPage(key),
    embed: chartEmbed(key, 'light'),
    natural: NATURAL_WIDTH[key.kind],
    sources,
    images,
    ...(names ? { names } : {}),
    rows(lang) {
      let r = made.get(lang);
      if (!r) made.set(lang, (r = rows(lang)));
      return r;
    },
  };
}

function build(content: SiteContent): CatalogueChart[] {
  const index = content.treatments;
  const last = index.changeDates.at(-1);
  const asOf = (lang: Lang) => (last === undefined ? undefined : t(lang, 'chart.asOf', { date: formatDate(isoDay(last), lang) }));
  const charts: CatalogueChart[] = [];

  const years = [...new Set(content.events.map((e) => calendarDate(e.data.date).year))].sort((a, b) => a - b);
  for (const year of [undefined, ...years]) {
    const key: ChartKey = year === undefined ? { kind: 'timeline' } : { kind: 'timeline', year };
    charts.push(
      entry(key, content.sources.map((s) => s.id), (lang) => {
        const { engine, strings } = timelineFor(content, lang);
        return timelineRows(engine, strings, year === undefined ? { ...DEFAULT_VIEW, range: wholeRange(engine.bounds) } : yearView(year), {
          lang,
          ...(year === undefined ? {} : { year }),
          ...(asOf(lang) ? { asOf: asOf(lang)! } : {}),
          eventHref: (id) => href({ page: 'event', id }, lang),
        });
      }, year === undefined ? undefined : eventsReachingYear(content.events.map((e) => e.data), year)),
    );
  }
  for (const p of content.reference.platforms) {
    const statements = index.statements.filter((s) => s.platform === p.id);
    if (statements.length === 0) continue;
    charts.push(
      entry(
        { kind: 'platform', id: p.id },
        [...new Set(statements.flatMap((s) => s.sources))],
        (lang) => platformRows(index, p.id, vocabulary(content, lang), last),
        // It names the events that state the platform's treatment.
        [...new Set(statements.map((s) => s.event))],
      ),
    );
  }
  // Each date's state and diff are worked out when a chart's rows are first asked for (every
  // build lists every chart, for its routes and keys; a rebuild draws few of them).
  const milestones = new Set(content.events.filter((e) => e.data.milestone).map((e) => e.id));
  const withImages = prebuiltImageDates(index, (id) => milestones.has(id));
  for (const day of index.changeDates) {
    const m = once(() => stateAt(index, day));
    charts.push(entry({ kind: 'matrix', at: isoDay(day) }, [], (lang) => matrixRows(m(), vocabulary(content, lang)), undefined, withImages.has(day)));
  }
  index.changeDates.slice(1).forEach((to, i) => {
    const from = index.changeDates[i]!;
    const d = once(() => diff(index, from, to));
    charts.push(entry({ kind: 'diff', from: isoDay(from), to: isoDay(to) }, [], (lang) => diffRows(d(), vocabulary(content, lang)), undefined, withImages.has(to)));
  });
  return charts;
}

/** A language's words for an image's credit: the site by name, and by address when it has a public one. */
export function creditWords(lang: Lang, site: URL | undefined): CreditWords {
  const name = t(lang, 'site.name');
  const line = site ? t(lang, 'chart.credit', { site: name }) : t(lang, 'chart.creditName', { site: name });
  return { line, more: t(lang, 'chart.creditMore'), separator: LIST_SEPARATOR[lang].clauses };
}

/** The one-line credit of an image: the site (and its address, when it has a public one) and the sources. */
export function chartCredit(content: SiteContent, chart: CatalogueChart, lang: Lang, site: URL | undefined): string {
  const rows = chart.rows(lang);
  const ids = chart.sources.length ? chart.sources : 'sources' in rows ? rows.sources : [];
  // A long history's timeline draws on hundreds of sources: the credit names the first few (the chart's page lists them all).
  return creditLine(sourceNames(ids, vocabulary(content, lang).sources), creditWords(lang, site), site && absoluteHref(chart.page, lang, site));
}

/**
 * Image drawings made last, and the pixel size of every image drawn. A chart is asked for
 * several times in a row: each image layout comes as three files (SVG, PNG, PNG at twice the
 * pixels) rendered one after another. Kept for those moments, the chart is drawn once. The
 * number kept is bounded (a tall matrix's SVG is megabytes); sizes are small and all kept,
 * for the pages and oEmbed files that only state a drawing's size.
 */
const recentDrawings = recentlyUsed<string, { chart: CatalogueChart; theme: ChartTheme | undefined; markup: string }>(32);
const drawingSizes = new WeakMap<CatalogueChart, Map<string, { width: number; height: number }>>();

function remembered(chart: CatalogueChart, key: string, theme: ChartTheme | undefined, draw: () => string): string {
  const recent = recentDrawings.get(key);
  // The chart itself is compared, not only its id: another content's chart may share the id.
  if (recent && recent.chart === chart && recent.theme === theme) return recent.markup;
  const markup = draw();
  recentDrawings.set(key, { chart, theme, markup });
  let sizes = drawingSizes.get(chart);
  if (!sizes) drawingSizes.set(chart, (sizes = new Map()));
  // Colours do not change a drawing's size: the key leaves the theme out.
  sizes.set(key, svgPixelSize(markup));
  return markup;
}

const imageKey = (chart: CatalogueChart, lang: Lang, layout: ImageLayout, site: URL | undefined) => `image\0${chart.id}\0${lang}\0${layout}\0${site?.href ?? ''}`;
const markupKey = (chart: CatalogueChart, lang: Lang, at: ChartSize, suffix: string) => `page\0${chart.id}\0${lang}\0${at.width}\0${at.fontSize}\0${at.scale ?? 1}\0${suffix}`;

/** An image file's SVG: the chart framed, in a layout, with fixed colours and the bundled fonts. */
export function chartImageSvg(content: SiteContent, chart: CatalogueChart, lang: Lang, layout: ImageLayout, site: URL | undefined, theme: ChartTheme = LIGHT): string {
  return remembered(chart, imageKey(chart, lang, layout, site), theme, () => {
    const rows = chart.rows(lang);
    const svg = framedChart(serverDocument(), specOf(rows), rows, imageSize(layout, chart.natural), measureWithFonts, {
      id: `image-${chart.id}`,
      fontFamily: IMAGE_FONT_FAMILY,
      theme,
      credit: chartCredit(content, chart, lang, site),
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(svg)}`;
  });
}

/** Pixel size (1×) of an image file: remembered once the image is drawn, drawn otherwise. */
export function chartImagePixelSize(content: SiteContent, chart: CatalogueChart, lang: Lang, layout: ImageLayout, site: URL | undefined): { width: number; height: number } {
  return drawingSizes.get(chart)?.get(imageKey(chart, lang, layout, site)) ?? svgPixelSize(chartImageSvg(content, chart, lang, layout, site));
}

/** Pixel size of an SVG document or element, from its root's width and height. */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)![0];
  return { width: Number(/\swidth="(\d+)"/.exec(root)![1]), height: Number(/\sheight="(\d+)"/.exec(root)![1]) };
}

/**
 * Every page drawing of this build, by chart. A chart's page and its embed draw the same
 * markup (and a figure its wide layout again for the embed code's height), but Astro renders
 * a page and its embed routes apart: every matrix embed, then 20,000 event pages, then every
 * matrix page, at 10,000 events. Kept, each is drawn once (the second drawings were 12.5 s
 * of the main thread at 10,000 events, in a profile; about 300 MB of markup is held until the
 * build ends).
 */
const pageDrawings = new WeakMap<CatalogueChart, Map<string, string>>();

/** The chart alone, for a page or an embed at a size; colours follow the page's CSS. */
export function chartMarkup(chart: CatalogueChart, lang: Lang, at: ChartSize, suffix = ''): string {
  const key = markupKey(chart, lang, at, suffix);
  let drawn = pageDrawings.get(chart);
  if (!drawn) pageDrawings.set(chart, (drawn = new Map()));
  let markup = drawn.get(key);
  if (markup === undefined) {
    const rows = chart.rows(lang);
    markup = toMarkup(bareChart(serverDocument(), specOf(rows), rows, at, measureWithFonts, { id: `${chart.id}-${at.width}${suffix}`, fontFamily: PAGE_FONT_FAMILY }));
    drawn.set(key, markup);
  }
  return markup;
}

/** Pixel size of the chart alone at a size. */
export function chartMarkupSize(chart: CatalogueChart, lang: Lang, at: ChartSize): { width: number; height: number } {
  return svgPixelSize(chartMarkup(chart, lang, at));
}

/** The font stack of charts on pages: the bundled families first, so the build's measures hold where they are installed. */
export const PAGE_FONT_FAMILY = `'Noto Sans', 'Noto Sans SC', ${FONT_FAMILY}`;

/** A chart's rows as its page carries them for the browser to draw again: what its spec draws from. */
export function chartRowsToDraw(chart: CatalogueChart, lang: Lang): Rows {
  const rows = chart.rows(lang);
  return specOf(rows).drawing?.(rows) ?? rows;
}

/** A chart's own data (the CSV and JSON downloads). */
export function chartData(chart: CatalogueChart, lang: Lang): ChartData {
  const rows = chart.rows(lang);
  return specOf(rows).data(rows);
}

/** Every chart in every language: what the data and oEmbed routes publish (the image routes, those with `images`). */
export function everyChart(content: SiteContent): { chart: CatalogueChart; lang: Lang }[] {
  return chartCatalogue(content).flatMap((chart) => LANGS.map((lang) => ({ chart, lang })));
}

