/**
 * Which charts' files a title edit makes again (src/data/chart-catalogue.ts, chartFilesKey):
 * a chart kind whose spec says it names no event is keyed by the frame, which holds no title,
 * so each such chart must draw, word and tabulate the same bytes whatever the events' titles
 * are. A kind that says it names events is checked to name them: its answer is not a guess.
 */
import { describe, expect, it } from 'vitest';
import { chartCatalogue, chartData, chartFilesKey, chartImageSvg, type CatalogueChart } from '../../src/data/chart-catalogue.ts';
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
