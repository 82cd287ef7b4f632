import { measureWithFonts } from '../../src/charts/node/font-metrics.ts';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderOverview } from '../../src/charts/timeline/render-overview.ts';
import { renderTimeline, type RenderOptions } from '../../src/charts/timeline/render-timeline.ts';
import { overviewSvg, timelineSvg } from '../../src/charts/timeline/static-svg.ts';
import { timelineEngine } from '../../src/lib/timeline/engine.ts';
import { timelineGeometry } from '../../src/lib/timeline/geometry.ts';
import { overviewGeometry } from '../../src/lib/timeline/overview.ts';
import { DEFAULT_VIEW } from '../../src/lib/timeline/view.ts';
import { wholeRange } from '../../src/lib/timeline/bounds.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { seedData, syntheticEvents, timelineData, timelineStrings, laneNamesFor } from '../support/timeline-fixtures.ts';

const data = seedData('en');
const engine = timelineEngine(data, laneNamesFor('No platform named'), measureWithFonts);
const geometry = timelineGeometry(1120);
const options: RenderOptions = { strings: timelineStrings('en'), eventHref: (id) => `/en/events/${id}/` };

function parse(markup: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
}

/** Everything (the default view opens on the busiest year). */
const ALL = { ...DEFAULT_VIEW, range: wholeRange(engine.bounds) };

describe('timeline renderer', () => {
  const layout = engine.layout(ALL, geometry);
  const lanesOf = engine.shown(ALL).lanes.lanesOf;
  const svg = parse(timelineSvg(layout, options, { id: 'chart' }));

  it('draws one linked mark per event in each of its lanes, the first one named for assistive technology', () => {
    for (const e of data.events) {
      const marks = svg.querySelectorAll(`.tl-mark[data-event-id="${e.id}"]`);
      expect(marks.length, e.id).toBe(lanesOf.get(e.id)!.length);
      const primary = svg.querySelectorAll(`a.tl-mark[data-event-id="${e.id}"]`);
      expect(primary.length).toBe(1);
      expect(primary[0]!.getAttribute('href')).toBe(`/en/events/${e.id}/`);
      expect(primary[0]!.getAttribute('aria-label')).toContain(e.title);
      expect(primary[0]!.getAttribute('aria-label')).toContain(e.dateLabel);
      for (const echo of svg.querySelectorAll(`g.tl-mark[data-event-id="${e.id}"]`)) expect(echo.getAttribute('aria-hidden')).toBe('true');
    }
    expect(svg.getAttribute('id')).toBe('chart');
  });

  it('draws each milestone in view with its label in full and a rule at its date', () => {
    const withLabel = data.events.filter((e) => e.milestone);
    expect(withLabel.length).toBeGreaterThan(0);
    for (const e of withLabel) {
      expect(svg.querySelector(`text.tl-milestone__label[data-event-id="${e.id}"]`)!.textContent).toBe(e.milestone);
      expect(svg.querySelector(`line.tl-milestone__rule[data-event-id="${e.id}"]`)).not.toBeNull();
      expect(svg.querySelector(`a.tl-mark[data-event-id="${e.id}"]`)!.getAttribute('aria-label')).toContain(e.milestone);
    }
  });

  it('draws a mark anew as a link when its lane becomes the event’s first (an echo is never left as the only mark)', () => {
    const chart = parse(timelineSvg(layout, options));
    const echo = layout.marks.find((m) => !m.primary && !m.laneId.startsWith('_'))!;
    expect(chart.querySelector(`g.tl-mark[data-event-id="${echo.event.id}"]`)).not.toBeNull();
    // Filtering to the echo's lane makes it the event's first lane.
    const only = engine.layout({ ...ALL, filters: { ...ALL.filters, actor: [echo.laneId] } }, geometry);
    renderTimeline(chart, only, { ...options, interactive: true });
    const marks = chart.querySelectorAll(`.tl-mark[data-event-id="${echo.event.id}"]`);
    expect(marks.length).toBe(1);
    expect(marks[0]!.tagName.toLowerCase()).toBe('a');
    expect(chart.querySelectorAll('a.tl-mark').length).toBe(new Set(only.marks.map((m) => m.event.id)).size);
  });

  it('shows precision by shape: dots for days, bars for months, hatched bars for years, diamonds for effective dates', () => {
    const mark = (id: string) => svg.querySelector(`a.tl-mark[data-event-id="${id}"]`)!;
    expect(mark('private-chat-opening').querySelector('circle.tl-mark__dot')).not.toBeNull();
    expect(mark('huiju-launch').querySelector('rect.tl-mark__bar--month')).not.toBeNull();
    expect(mark('mini-program-open-app-launch').querySelector('rect.tl-mark__bar--year')!.getAttribute('fill')).toBe('url(#tl-hatch)');
    expect(mark('group-chat-opening').querySelector('path.tl-mark__effective')).not.toBeNull();
    expect(mark('three-paths-opinion').getAttribute('class')).toContain('tl-mark--opinion');
    expect(svg.querySelector('pattern#tl-hatch')).not.toBeNull();
  });

  it('is a picture without a script: hidden from assistive technology, marks out of the tab order', () => {
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('role')).toBeNull();
    expect(svg.querySelectorAll('[tabindex="0"]').length).toBe(0);
    expect(svg.querySelectorAll('[role="button"]').length).toBe(0);
  });

  it('becomes a labelled group of buttons with one tab stop when a script drives it, adopting the same elements', () => {
    const before = [...svg.querySelectorAll('.tl-mark')];
    renderTimeline(svg, layout, { ...options, interactive: true });
    const after = [...svg.querySelectorAll('.tl-mark')];
    expect(after).toHaveLength(before.length);
    after.forEach((node, i) => expect(node).toBe(before[i]));
    expect(svg.getAttribute('aria-hidden')).toBeNull();
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-label')).toBe('Timeline of events');
    expect(svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(svg.querySelectorAll('a.tl-mark[role="button"]')).toHaveLength(data.events.length);
    // Ten events name WeChat / Tencent; the MIIT meeting of ten companies is drawn once, in MIIT's lane.
    expect(svg.querySelector('.tl-lane')!.getAttribute('aria-label')).toBe('WeChat / Tencent: 9 events');
  });

  it('keeps marks that stay in view when re-rendering another range, and drops those that leave', () => {
    const kept = svg.querySelector('a.tl-mark[data-event-id="group-chat-opening"]');
    const gone = svg.querySelector('a.tl-mark[data-event-id="mini-program-open-app-launch"]');
    const zoomed = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 9, 1), end: dayNumber(2021, 12, 15) } }, geometry);
    renderTimeline(svg, zoomed, { ...options, interactive: true });
    expect(svg.querySelector('a.tl-mark[data-event-id="group-chat-opening"]')).toBe(kept);
    expect(gone!.parentNode).toBeNull();
    expect(svg.querySelectorAll('.tl-mark')).toHaveLength(zoomed.marks.length);
    expect(svg.getAttribute('data-unit')).toBe('day7');
    expect([...svg.querySelectorAll('.tl-axis__context-label')].map((t) => t.textContent)).toEqual(['September 2021', 'October 2021', 'November 2021', 'December 2021']);
  });

  it('marks the selected event and says when nothing matches', () => {
    renderTimeline(svg, engine.layout({ ...DEFAULT_VIEW, event: 'group-chat-opening' }, geometry), { ...options, interactive: true });
    const selected = svg.querySelector('a.tl-mark[data-event-id="group-chat-opening"]')!;
    expect(selected.getAttribute('class')).toContain('is-selected');
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.getAttribute('tabindex')).toBe('0');
    renderTimeline(svg, engine.layout({ ...DEFAULT_VIEW, query: 'zzzz' }, geometry), { ...options, interactive: true });
    expect(svg.querySelectorAll('.tl-mark')).toHaveLength(0);
    expect(svg.querySelector('.tl-empty')!.textContent).toBe('No events match these filters.');
  });

  it('pans by moving one group: marks staying in view keep their own attributes, and land where the layout says', () => {
    const chart = parse(timelineSvg(layout, options));
    const a = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 8, 20), end: dayNumber(2021, 12, 20) } }, geometry);
    renderTimeline(chart, a, { ...options, interactive: true });
    const mark = chart.querySelector('a.tl-mark[data-event-id="private-chat-opening"]')!;
    const own = mark.getAttribute('transform');
    const b = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 8, 20) + 3.5, end: dayNumber(2021, 12, 20) + 3.5 } }, geometry);
    renderTimeline(chart, b, { ...options, interactive: true });
    expect(chart.querySelector('a.tl-mark[data-event-id="private-chat-opening"]')).toBe(mark);
    expect(mark.getAttribute('transform')).toBe(own);
    const shift = Number(/translate\(([-\d.]+),0\)/.exec(chart.querySelector('.tl-pan')!.getAttribute('transform')!)![1]);
    const local = Number(/translate\(([-\d.]+),/.exec(own!)![1]);
    const expected = b.marks.find((m) => m.key === mark.getAttribute('data-key'))!.x;
    expect(shift + local).toBeCloseTo(expected, 0);
    // A new zoom re-anchors: the group returns to 0 and marks take their new places.
    const c = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 9, 1), end: dayNumber(2021, 10, 1) } }, geometry);
    renderTimeline(chart, c, { ...options, interactive: true });
    expect(chart.querySelector('.tl-pan')!.getAttribute('transform')).toBe('translate(0,0)');
  });

  it('hides the titles beside marks while the view moves, and brings them back when it stops', () => {
    const chart = parse(timelineSvg(layout, options));
    expect(chart.querySelectorAll('.tl-mark-label').length).toBeGreaterThan(0);
    renderTimeline(chart, layout, { ...options, interactive: true, moving: true });
    expect(chart.querySelector('.tl-mark-labels')!.getAttribute('display')).toBe('none');
    renderTimeline(chart, layout, { ...options, interactive: true });
    expect(chart.querySelector('.tl-mark-labels')!.getAttribute('display')).toBeNull();
    expect([...chart.querySelectorAll('.tl-mark-label')].map((t) => t.textContent)).toEqual(layout.marks.filter((m) => m.label).map((m) => m.label));
  });

  it('draws counted clusters, with their count and a description, when events are dense', () => {
    const dense = timelineEngine(timelineData(syntheticEvents(4000, 3)), laneNamesFor('None'), measureWithFonts);
    const chart = parse(timelineSvg(dense.layout(DEFAULT_VIEW, geometry), options));
    const clusters = chart.querySelectorAll('.tl-cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const first = clusters[0]!;
    expect(first.getAttribute('aria-label')).toMatch(/^\d+ events, .+ to .+; zoom in to see each$/);
    expect(Number(first.querySelector('.tl-cluster__count')!.textContent)).toBeGreaterThan(1);
  });
});

describe('overview renderer', () => {
  it('draws a bar per month with events, year labels and the brush window over the range shown', () => {
    const range = { start: dayNumber(2021, 9, 1), end: dayNumber(2021, 12, 1) };
    const view = { ...DEFAULT_VIEW, range };
    const chart = engine.layout(view, geometry);
    const layout = engine.overview(view, overviewGeometry(1120, chart.plot.x0, chart.plot.x1));
    const svg = parse(overviewSvg(layout));
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const months = new Set(data.events.map((e) => new Date(e.start * 86_400_000).toISOString().slice(0, 7)));
    expect(svg.querySelectorAll('.tl-overview__bar')).toHaveLength(months.size);
    expect([...svg.querySelectorAll('.tl-overview__label')].map((t) => t.textContent)).toEqual(['2018', '2019', '2020', '2021']);
    const win = svg.querySelector('.tl-brush__window')!;
    expect(Number(win.getAttribute('x'))).toBeCloseTo(layout.scale(range.start), 0);
    expect(Number(win.getAttribute('width'))).toBeCloseTo(layout.scale(range.end) - layout.scale(range.start), 0);
    renderOverview(svg, engine.overview(ALL, overviewGeometry(1120, chart.plot.x0, chart.plot.x1)));
    expect(Number(svg.querySelector('.tl-brush__window')!.getAttribute('x'))).toBeCloseTo(chart.plot.x0, 0);
    // The first view's window starts well inside: the earlier events lie left of it.
    renderOverview(svg, engine.overview(DEFAULT_VIEW, overviewGeometry(1120, chart.plot.x0, chart.plot.x1)));
    expect(Number(svg.querySelector('.tl-brush__window')!.getAttribute('x'))).toBeGreaterThan(chart.plot.x0 + (chart.plot.x1 - chart.plot.x0) / 2);
  });
});
