/**
 * The chart catalogue remembers its last drawings (a layout's SVG, PNG and PNG @2x are three
 * files of one drawing) and the size of every drawing: what it hands back must be exactly
 * what drawing afresh gives, and never another content's chart of the same name.
 */
import { describe, expect, it } from 'vitest';
import { measureWithFonts } from '../../src/charts/node/font-metrics.ts';
import { bareChart } from '../../src/charts/render.ts';
import { serverDocument, toMarkup } from '../../src/charts/shared/server-document.ts';
import { chartCatalogue, chartImagePixelSize, chartImageSvg, chartMarkup, chartMarkupSize, chartRowsToDraw, specOf, svgPixelSize } from '../../src/data/chart-catalogue.ts';
import type { SiteContent } from '../../src/data/content.ts';
import { PAGE_SIZES } from '../../src/charts/sizes.ts';
import { IMAGE_LAYOUTS } from '../../src/lib/chart-id.ts';
import { LANGS } from '../../src/model/lang.ts';
import { siteContentForTests } from '../support/chart-rows.ts';

const content = () => siteContentForTests();
const matrixCharts = (c: SiteContent) => chartCatalogue(c).filter((chart) => chart.key.kind === 'matrix');

describe('the catalogue’s drawings', () => {
  it('are the same when asked again, after many others have been drawn in between', () => {
    const [first, ...others] = chartCatalogue(content()).filter((chart) => chart.key.kind === 'matrix' || chart.key.kind === 'diff');
    const svg = chartImageSvg(content(), first!, 'en', 'article', undefined);
    const page = chartMarkup(first!, 'zh', PAGE_SIZES.wide);
    expect(chartImageSvg(content(), first!, 'en', 'article', undefined)).toBe(svg);
    // Enough other drawings to push these out of memory: drawn again, they come out the same.
    for (const chart of others) for (const lang of LANGS) for (const layout of IMAGE_LAYOUTS) chartImageSvg(content(), chart, lang, layout, undefined);
    for (const chart of others) for (const lang of LANGS) chartMarkup(chart, lang, PAGE_SIZES.wide);
    expect(others.length * LANGS.length * IMAGE_LAYOUTS.length).toBeGreaterThan(32);
    expect(chartImageSvg(content(), first!, 'en', 'article', undefined)).toBe(svg);
    expect(chartMarkup(first!, 'zh', PAGE_SIZES.wide)).toBe(page);
  });

  it('state the size of the drawing they stand for', () => {
    const chart = matrixCharts(content()).at(-1)!;
    const site = new URL('https://wechat-link-policy.example/');
    for (const layout of IMAGE_LAYOUTS) {
      expect(chartImagePixelSize(content(), chart, 'zh', layout, site)).toEqual(svgPixelSize(chartImageSvg(content(), chart, 'zh', layout, site)));
    }
    expect(chartMarkupSize(chart, 'en', PAGE_SIZES.narrow)).toEqual(svgPixelSize(chartMarkup(chart, 'en', PAGE_SIZES.narrow)));
  });

  it('are never another content’s chart of the same name', () => {
    const a = content();
    const b = {
      ...a,
      sources: a.sources.map((s) => ({ ...s, publisher: { zh: '改名的出版者', en: 'Renamed Publisher' } })),
    } as SiteContent;
    (b as { sourceById: SiteContent['sourceById'] }).sourceById = new Map(b.sources.map((s) => [s.id, s]));
    const chartA = matrixCharts(a).at(-1)!;
    const chartB = matrixCharts(b).find((c) => c.id === chartA.id)!;
    const fromA = chartImageSvg(a, chartA, 'en', 'natural', undefined);
    const fromB = chartImageSvg(b, chartB, 'en', 'natural', undefined);
    expect(fromA).not.toContain('Renamed Publisher');
    expect(fromB).toContain('Renamed Publisher');
  });

  it('come out the same from the rows a page carries for the browser, which leave out the sources’ words', () => {
    const c = content();
    const charts = chartCatalogue(c).filter((chart) => chart.key.kind !== 'timeline');
    expect(new Set(charts.map((chart) => chart.key.kind))).toEqual(new Set(['platform', 'matrix', 'diff']));
    const quotes = [...new Set(c.treatments.statements.flatMap((s) => s.evidence.map((e) => JSON.stringify(e.quote).slice(1, -1))))];
    expect(quotes.length).toBeGreaterThan(0);
    let quoted = 0;
    for (const chart of charts) {
      for (const lang of LANGS) {
        const rows = chart.rows(lang);
        const carried = chartRowsToDraw(chart, lang);
        for (const at of [PAGE_SIZES.wide, PAGE_SIZES.narrow]) {
          const draw = (r: typeof rows) => toMarkup(bareChart(serverDocument(), specOf(r), r, at, measureWithFonts, { id: 'chart', fontFamily: 'sans-serif' }));
          expect(draw(carried), `${chart.id} (${lang}, ${at.width} px)`).toBe(draw(rows));
        }
        const [full, slim] = [JSON.stringify(rows), JSON.stringify(carried)];
        if (quotes.some((q) => full.includes(q))) quoted++;
        expect(quotes.filter((q) => slim.includes(q)), `${chart.id} (${lang}) carries the sources' words`).toEqual([]);
        // Every cell is still cited: the sources' ids stay.
        expect(slim.match(/"sources":\[[^\]]/g)?.length ?? 0).toBe(full.match(/"sources":\[[^\]]/g)?.length ?? 0);
      }
    }
    // The rows the table reads do hold the words, so the check above is not empty.
    expect(quoted).toBeGreaterThan(charts.length);
  });
});
