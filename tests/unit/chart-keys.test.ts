/**
 * Which charts' files a title edit makes again (src/data/chart-catalogue.ts, chartFilesKey):
 * a chart kind whose spec says it names no event is keyed by the frame, which holds no title,
 * so each such chart must draw, word and tabulate the same bytes whatever the events' titles
 * are. A kind that says it names events is checked to name them: its answer is not a guess.
 */
import { describe, expect, it } from 'vitest';
import { chartCatalogue, chartData, chartFilesKey, chartImageKey, chartImageNames, chartImageSvg, type CatalogueChart } from '../../src/data/chart-catalogue.ts';
import { dataCsv, dataJson } from '../../src/charts/data-files.ts';
import type { SiteContent } from '../../src/data/content.ts';
import { IMAGE_LAYOUTS } from '../../src/lib/chart-id.ts';
import { LANGS } from '../../src/model/lang.ts';
import { siteContentForTests } from '../support/chart-rows.ts';

/** The content with every event's title changed (or those `only` names), in both languages. */
function retitled(a: SiteContent, only?: (id: string) => boolean): SiteContent {
  const events = a.events.map((e) =>
    only && !only(e.data.id) ? e : { ...e, data: { ...e.data, title: { zh: `${e.data.title.zh}（改）`, en: `${e.data.title.en} (retitled)` } } },
  );
  return { ...a, events, eventById: new Map(events.map((e) => [e.data.id, e])) } as SiteContent;
}

/** Everything a chart's files hold, in every language and layout. */
const files = (content: SiteContent, chart: CatalogueChart) =>
  LANGS.flatMap((lang) => {
    const data = chartData(chart, lang);
    return [JSON.stringify(chart.rows(lang).text), dataCsv(data), dataJson(data, { title: chart.rows(lang).text.title, source: '' }), ...IMAGE_LAYOUTS.map((layout) => chartImageSvg(content, chart, lang, layout, undefined))];
  });

describe("a chart's files", () => {
  it('are keyed by the frame when their kind names no event, and then stay the same when every title changes', () => {
    const a = siteContentForTests();
    const b = retitled(a);
    const KEYS = { frame: 'frame', structure: 'structure', titles: () => 'titles' };
    const kinds = new Map<string, { namesEvents: boolean; changed: string[]; charts: number }>();
    for (const chart of chartCatalogue(a)) {
      const other = chartCatalogue(b).find((c) => c.id === chart.id)!;
      const kind = kinds.get(chart.key.kind) ?? { namesEvents: chartFilesKey(chart, KEYS) !== 'frame', changed: [], charts: 0 };
      kind.charts++;
      const retitledFiles = files(b, other);
      if (files(a, chart).some((file, i) => file !== retitledFiles[i])) kind.changed.push(chart.id);
      kinds.set(chart.key.kind, kind);
    }
    expect([...kinds.keys()].sort()).toEqual(['diff', 'matrix', 'platform', 'timeline']);
    // The matrix and the diff draw and tabulate sources, not events: a title edit leaves them as they were.
    expect(kinds.get('matrix')!.namesEvents).toBe(false);
    expect(kinds.get('diff')!.namesEvents).toBe(false);
    for (const [name, kind] of kinds) {
      expect(kind.charts, name).toBeGreaterThan(0);
      if (kind.namesEvents) expect(kind.changed.length, `${name}: says it names events, but no chart changed with the titles`).toBeGreaterThan(0);
      else expect(kind.changed, `${name}: says it names no event, but these charts changed with the titles`).toEqual([]);
    }
  });

  it("are keyed by the titles of the events they may name, and stay the same when any other event's title changes", () => {
    const a = siteContentForTests();
    const named = chartCatalogue(a).filter((c) => c.names);
    // Each platform's history and each year's timeline names some events, not all.
    expect(new Set(named.map((c) => c.key.kind))).toEqual(new Set(['platform', 'timeline']));
    expect(named.filter((c) => c.key.kind === 'timeline')).toHaveLength(chartCatalogue(a).filter((c) => c.key.kind === 'timeline').length - 1);
    const KEYS = { frame: 'frame', structure: 'structure', titles: (ids: readonly string[]) => `titles:${ids.join(' ')}` };
    let changedWithTheirOwn = 0;
    for (const chart of named) {
      const names = new Set(chart.names);
      expect(names.size, chart.id).toBeLessThan(a.events.length);
      expect(chartFilesKey(chart, KEYS)).toBe(`titles:${chart.names!.join(' ')}`);
      const others = retitled(a, (id) => !names.has(id));
      const own = retitled(a, (id) => names.has(id));
      const find = (c: SiteContent) => chartCatalogue(c).find((x) => x.id === chart.id)!;
      expect(files(others, find(others)), `${chart.id}: changed with the title of an event it does not name`).toEqual(files(a, chart));
      if (files(own, find(own)).some((file, i) => file !== files(a, chart)[i])) changedWithTheirOwn++;
    }
    // The list is not empty for show: retitling the events a chart names changes it.
    expect(changedWithTheirOwn).toBeGreaterThan(named.length / 2);
  });
});

/**
 * The content with each of its first half of events `copies` times more, on its own day:
 * dense enough there for the timeline to cluster them and for its phone layout to list only
 * the latest, while the later events stand alone as marks.
 */
function denser(a: SiteContent, copies: number): SiteContent {
  const half = Math.ceil(a.events.length / 2);
  const events = a.events.flatMap((e, i) => [e, ...Array.from({ length: i < half ? copies : 0 }, (_, k) => ({ ...e, data: { ...e.data, id: `${e.data.id}-copy-${k + 1}` } }))]);
  return { ...a, events, eventById: new Map(events.map((e) => [e.data.id, e])) } as SiteContent;
}

describe("a timeline image's key", () => {
  it('holds the titles of the events its layout draws, and the image stays the same when any other title changes', () => {
    const a = denser(siteContentForTests(), 30);
    // The whole timeline: a year's has a list of its own (chart.names), which its images share.
    const timelines = chartCatalogue(a).filter((c) => c.key.kind === 'timeline' && !c.names);
    expect(timelines.map((c) => c.id)).toEqual(['timeline']);
    const whole = timelines[0]!;
    const KEYS = { frame: 'frame', structure: 'structure', titles: (ids: readonly string[]) => `titles:${ids.join(' ')}` };
    let fewer = 0;
    let changedWithTheirOwn = 0;
    let naming = 0;
    for (const chart of timelines) {
      for (const lang of LANGS) {
        for (const layout of IMAGE_LAYOUTS) {
          const names = chartImageNames(chart, lang, layout)!;
          expect(chartImageKey(chart, lang, layout, KEYS)).toBe(`titles:${names.join(' ')}`);
          const named = new Set(names);
          if (named.size < a.events.length) fewer++;
          const find = (c: SiteContent) => chartCatalogue(c).find((x) => x.id === chart.id)!;
          const others = retitled(a, (id) => !named.has(id));
          const own = retitled(a, (id) => named.has(id));
          const image = chartImageSvg(a, chart, lang, layout, undefined);
          expect(chartImageSvg(others, find(others), lang, layout, undefined), `${chart.id} ${lang} ${layout}: changed with the title of an event it does not draw`).toBe(image);
          if (chartImageSvg(own, find(own), lang, layout, undefined) !== image) changedWithTheirOwn++;
          if (named.size) naming++;
        }
      }
    }
    // The whole timeline's images name some of its events, not all: dense periods are clusters, the phone lists the latest.
    for (const lang of LANGS) {
      for (const layout of IMAGE_LAYOUTS) {
        const n = chartImageNames(whole, lang, layout)!.length;
        expect(n, `${lang} ${layout}`).toBeGreaterThan(0);
        expect(n, `${lang} ${layout}`).toBeLessThan(a.events.length);
      }
    }
    expect(fewer).toBeGreaterThan(0);
    // And the list is what the image shows: retitling those events changes every image that names any.
    expect(changedWithTheirOwn).toBe(naming);
  });

  it("is the key of the chart's files for a kind whose spec cannot say which events an image names, and for a chart with a list of its own", () => {
    const a = siteContentForTests();
    const KEYS = { frame: 'frame', structure: 'structure', titles: (ids: readonly string[]) => `titles:${ids.join(' ')}` };
    const others = chartCatalogue(a).filter((c) => c.key.kind !== 'timeline' || c.names);
    expect(new Set(others.map((c) => c.key.kind))).toEqual(new Set(['timeline', 'platform', 'matrix', 'diff']));
    for (const chart of others) {
      expect(chartImageNames(chart, 'en', 'natural'), chart.id).toBeUndefined();
      expect(chartImageKey(chart, 'en', 'natural', KEYS), chart.id).toBe(chartFilesKey(chart, KEYS));
    }
  });
});
