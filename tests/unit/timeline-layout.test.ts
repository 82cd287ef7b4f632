import { measureWithFonts } from '../../src/charts/node/font-metrics.ts';
import { describe, expect, it } from 'vitest';
import { timelineBounds, wholeRange, type DayRange } from '../../src/lib/timeline/bounds.ts';
import { timelineEngine } from '../../src/lib/timeline/engine.ts';
import { timelineGeometry, type TimelineGeometry } from '../../src/lib/timeline/geometry.ts';
import { buildLanes, OTHERS_LANE, SHARED_AT } from '../../src/lib/timeline/lanes.ts';
import { layoutTimeline, levelFor, packLanes, type MarkLayout, type TimelineLayout } from '../../src/lib/timeline/layout.ts';
import { placeMilestones } from '../../src/lib/timeline/milestone-labels.ts';
import { levelDensity, markExtent, packLane } from '../../src/lib/timeline/packing.ts';
import { anchorDay, reachDay, type TimelineEvent } from '../../src/lib/timeline/timeline-event.ts';
import { DEFAULT_VIEW, NO_FILTERS, type TimelineView } from '../../src/lib/timeline/view.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { seedData, syntheticEvents, timelineData, laneNamesFor } from '../support/timeline-fixtures.ts';

const WIDE = timelineGeometry(1120);
const PHONE = timelineGeometry(343);

/** Left and right pixel edges of a mark as drawn (bars at least minBarWidth, dots and diamonds with their radius). */
function edges(m: MarkLayout, g: TimelineGeometry): [number, number] {
  const left = m.width ? m.x : m.x - g.markRadius;
  const right = Math.max(m.width ? m.x + m.width : m.x + g.markRadius, m.effectiveX === undefined ? -Infinity : m.effectiveX + g.markRadius);
  return [left, right];
}

/** Marks sharing a lane and row, left to right. */
function rows(layout: TimelineLayout): MarkLayout[][] {
  const byRow = new Map<string, MarkLayout[]>();
  for (const m of layout.marks) byRow.set(`${m.laneId}:${m.y}`, [...(byRow.get(`${m.laneId}:${m.y}`) ?? []), m]);
  return [...byRow.values()].map((r) => r.sort((a, b) => a.x - b.x));
}

function expectNoOverlaps(layout: TimelineLayout, g: TimelineGeometry) {
  for (const row of rows(layout)) {
    for (let i = 1; i < row.length; i++) {
      if (row[i]!.pinned || row[i - 1]!.pinned) continue;
      expect(edges(row[i]!, g)[0], `${row[i - 1]!.key} then ${row[i]!.key}`).toBeGreaterThanOrEqual(edges(row[i - 1]!, g)[1] + g.gap - 1e-6);
    }
  }
}

describe('timeline layout of the seed events', () => {
  const data = seedData('en');
  const engine = timelineEngine(data, laneNamesFor('No platform named'), measureWithFonts);

  it('draws every event as its own mark, once in each of its lanes, over everything', () => {
    for (const lanes of ['actor', 'platform'] as const) {
      const view = { ...DEFAULT_VIEW, lanes, range: wholeRange(engine.bounds) };
      const layout = engine.layout(view, WIDE);
      const lanesOf = engine.shown(view).lanes.lanesOf;
      expect(layout.clusters).toEqual([]);
      for (const e of data.events) {
        const marks = layout.marks.filter((m) => m.event.id === e.id);
        const expected = lanesOf.get(e.id)!.length;
        expect(expected, e.id).toBeGreaterThan(0);
        if (lanes === 'actor' && e.facets.actor.length >= SHARED_AT) expect(expected, e.id).toBe(1);
        expect(marks, e.id).toHaveLength(expected);
        expect(marks.filter((m) => m.primary), e.id).toHaveLength(1);
      }
      expect(layout.marks.filter((m) => m.tabStop)).toHaveLength(1);
      expect(layout.marks.find((m) => m.tabStop)!.event.id).toBe(data.events[0]!.id);
      expectNoOverlaps(layout, WIDE);
    }
  });

  it('puts lanes in the reference lists’ order, one band after another, "others" last', () => {
    const layout = engine.layout(DEFAULT_VIEW, WIDE);
    const order = data.facets.actor.map((a) => a.id);
    const ids = layout.lanes.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['tencent', 'miit']);
    expect(ids.at(-1)).toBe(OTHERS_LANE);
    const named = ids.filter((id) => id !== OTHERS_LANE).map((id) => order.indexOf(id));
    expect(named).toEqual([...named].sort((a, b) => a - b));
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    expect(layout.height).toBeGreaterThan(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });

  it('places marks by their dates: dots mid-day, bars over their whole period, diamonds at the effective time', () => {
    const view: TimelineView = { ...DEFAULT_VIEW, range: { start: dayNumber(2021, 11, 1), end: dayNumber(2021, 12, 10) } };
    const layout = engine.layout(view, WIDE);
    const mark = (id: string) => layout.marks.find((m) => m.event.id === id && m.primary)!;
    const x = layout.scale;
    expect(mark('group-chat-opening').x).toBeCloseTo(x(dayNumber(2021, 11, 29) + 0.5), 6);
    expect(mark('group-chat-opening').effectiveX).toBeCloseTo(x(dayNumber(2021, 11, 30)), 6);
    expect(mark('alibaba-share-cart').x).toBeCloseTo(x(dayNumber(2021, 11, 1)), 6);
    expect(mark('alibaba-share-cart').width).toBeCloseTo(x(dayNumber(2021, 12, 1)) - x(dayNumber(2021, 11, 1)), 6);
  });

  it('keeps marks apart in their rows at every zoom and width', () => {
    for (const g of [WIDE, PHONE]) {
      for (let span = 10; span < 1600; span *= 1.37) {
        const range = { start: dayNumber(2021, 12, 15) - span, end: dayNumber(2021, 12, 15) };
        expectNoOverlaps(engine.layout({ ...DEFAULT_VIEW, range }, g), g);
      }
    }
  });

  it('shows titles only where they fit before the next mark', () => {
    const layout = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 8, 25), end: dayNumber(2021, 12, 10) } }, WIDE);
    expect(layout.marks.filter((m) => m.label).length).toBeGreaterThan(3);
    for (const row of rows(layout)) {
      row.forEach((m, i) => {
        if (!m.label) return;
        const next = row[i + 1];
        const limit = next ? edges(next, WIDE)[0] : layout.plot.x1;
        expect(m.labelX + measureWithFonts(m.label, { size: WIDE.fontSize }), m.key).toBeLessThanOrEqual(limit);
      });
    }
  });

  it('culls to the range: marks only for events reaching into it', () => {
    const range = { start: dayNumber(2021, 9, 10), end: dayNumber(2021, 9, 18) };
    const layout = engine.layout({ ...DEFAULT_VIEW, range }, WIDE);
    const ids = new Set(layout.marks.map((m) => m.event.id));
    expect([...ids].sort()).toEqual(['companies-respond', 'fold-group-chat', 'miit-press-conference', 'private-chat-opening']);
  });

  it('names lanes above each lane on a phone, and beside it on wider screens', () => {
    const wide = engine.layout(DEFAULT_VIEW, WIDE);
    const phone = engine.layout(DEFAULT_VIEW, PHONE);
    expect(wide.plot.x0).toBe(WIDE.gutter);
    expect(phone.plot.x0).toBe(PHONE.marginLeft);
    expect(phone.lanes[0]!.labelY).toBeLessThan(phone.lanes[0]!.y + PHONE.laneHeader);
  });

  // Ids are lower-case slugs (src/model/id.ts), for which code-point order and a locale's agree;
  // code points keep it so whatever locale a browser or the build runs in.
  it('places milestones at the same spot in the order of their ids, however they arrive', () => {
    const at = (id: string) => ({ id, x: 100, label: id, width: 40 });
    for (const items of [[at('b'), at('a2'), at('a10')], [at('a10'), at('b'), at('a2')]]) {
      expect(placeMilestones(items, 0, 1000).placed.map((m) => [m.id, m.row])).toEqual([['a10', 0], ['a2', 1], ['b', 2]]);
    }
  });

  it('labels every milestone in view in full, in a band above the lanes, at every zoom and width, without collisions', () => {
    const withLabel = data.events.filter((e) => e.milestone);
    expect(withLabel.length).toBeGreaterThan(3);
    for (const g of [WIDE, PHONE]) {
      for (let span = 10; span < 1600; span *= 1.37) {
        for (const end of [dayNumber(2021, 9, 20), dayNumber(2021, 12, 15)]) {
          const layout = engine.layout({ ...DEFAULT_VIEW, range: { start: end - span, end } }, g);
          const inView = withLabel.filter((e) => {
            const x = layout.scale(anchorDay(e));
            return x >= layout.plot.x0 && x <= layout.plot.x1;
          });
          expect(layout.milestones.map((m) => m.eventId).sort()).toEqual(inView.map((e) => e.id).sort());
          for (const m of layout.milestones) {
            expect(m.label).toBe(data.byId.get(m.eventId)!.milestone);
            expect(m.labelX).toBeGreaterThanOrEqual(layout.plot.x0);
            expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(layout.plot.x1 + 0.01);
            expect(m.labelY).toBeLessThanOrEqual(layout.band.y1);
            expect(m.labelY).toBeGreaterThan(layout.band.y0);
          }
          for (const a of layout.milestones) {
            for (const b of layout.milestones) {
              if (a === b || a.labelY !== b.labelY) continue;
              expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX, `${a.key} and ${b.key}`).toBe(true);
            }
          }
          expect(layout.lanes[0]!.y).toBe(layout.band.y1);
        }
      }
    }
  });

  it('says when no event matches', () => {
    const layout = engine.layout({ ...DEFAULT_VIEW, query: 'no such words anywhere' }, WIDE);
    expect(layout.empty).toBe(true);
    expect(layout.lanes).toEqual([]);
    expect(layout.marks).toEqual([]);
  });
});

describe('timeline axis', () => {
  const data = seedData('en');
  const engine = timelineEngine(data, laneNamesFor(''), measureWithFonts);
  const axisFor = (days: number, lang: 'zh' | 'en' = 'en', g = WIDE) => {
    const end = dayNumber(2021, 10, 1);
    return timelineEngine(lang === 'en' ? data : seedData('zh'), laneNamesFor(''), measureWithFonts).layout({ ...DEFAULT_VIEW, range: { start: end - days, end } }, g).axis;
  };

  it('adapts from years to months to days as the reader zooms in', () => {
    expect(axisFor(1400).unit).toBe('month');
    expect(axisFor(1400).step).toBeGreaterThan(1);
    expect(axisFor(365)).toMatchObject({ unit: 'month', step: 1 });
    expect(axisFor(60)).toMatchObject({ unit: 'day' });
    expect(axisFor(10)).toMatchObject({ unit: 'day', step: 1 });
    // A phone has less room per day: the same range gets coarser ticks.
    const days = (a: { unit: string; step: number }) => a.step * { day: 1, month: 30, year: 365 }[a.unit as 'day']!;
    expect(days(axisFor(1400, 'en', PHONE))).toBeGreaterThan(days(axisFor(1400)));
  });

  it('puts ticks on the first of the period, labels in the middle of it, and the year above months', () => {
    const a = axisFor(365);
    for (const t of a.ticks) expect(new Date(t.day * 86_400_000).getUTCDate()).toBe(1);
    expect(a.labels.map((l) => l.text)).toContain('Jan');
    expect(a.context.map((l) => l.text)).toEqual(['2020', '2021']);
    const x = engine.layout({ ...DEFAULT_VIEW, range: { start: dayNumber(2021, 10, 1) - 365, end: dayNumber(2021, 10, 1) } }, WIDE).scale;
    const jan = a.labels.find((l) => l.text === 'Jan')!;
    expect(jan.x).toBeCloseTo((x(dayNumber(2021, 1, 1)) + x(dayNumber(2021, 2, 1))) / 2, 6);
  });

  it('writes Chinese labels on Chinese pages', () => {
    expect(axisFor(365, 'zh').labels.map((l) => l.text)).toContain('1月');
    expect(axisFor(365, 'zh').context.map((l) => l.text)).toContain('2021年');
    expect(axisFor(10, 'zh').labels.map((l) => l.text)).toContain('25日');
    expect(axisFor(10, 'zh').context.map((l) => l.text)).toEqual(['2021年9月']);
  });
});

describe('timeline packing', () => {
  const events = timelineData(syntheticEvents(3000, 7)).events;
  const g = WIDE;

  it('packs each event into a row or exactly one cluster, within the row limit, without overlaps at the level’s density', () => {
    for (const ppd of [0.1, 0.3, 1, 4, 20]) {
      const p = packLane(events, ppd, g);
      expect(p.rows).toBeLessThanOrEqual(g.maxRows);
      const seen = [...p.marks.map((m) => m.event.id), ...p.clusters.flatMap((c) => c.events.map((e) => e.id))];
      expect(seen.length).toBe(events.length);
      expect(new Set(seen).size).toBe(events.length);
      const byRow = new Map<number, { lo: number; hi: number }[]>();
      for (const m of p.marks) byRow.set(m.row, [...(byRow.get(m.row) ?? []), m]);
      for (const row of byRow.values()) {
        for (let i = 1; i < row.length; i++) expect(row[i]!.lo).toBeGreaterThanOrEqual(row[i - 1]!.hi + g.gap / ppd - 1e-9);
      }
      // No drawn mark reaches into a cluster's box.
      for (const m of p.marks) for (const c of p.clusters) expect(m.hi < c.lo || m.lo >= c.hi, `${m.event.id} in ${c.bucket}`).toBe(true);
    }
  });

  it('gives marks their real extent: dots by radius, bars over their period and at least the minimum width', () => {
    const byId = timelineData([{ id: 'd', date: '2021-09-09' }, { id: 'm', date: '2021-09' }, { id: 'y', date: '2021' }]).byId;
    const [dot, month, year] = [byId.get('d'), byId.get('m'), byId.get('y')];
    expect(markExtent(dot!, 2, g)).toEqual([anchorDay(dot!) - 3, anchorDay(dot!) + 3]);
    expect(markExtent(month!, 2, g)).toEqual([month!.start, month!.end]);
    expect(markExtent(month!, 0.01, g)).toEqual([month!.start, month!.start + 600]);
    expect(markExtent(year!, 1, g)[1]).toBe(reachDay(year!));
  });

  it('lets a lone event stay a mark however far out the reader zooms', () => {
    const one = timelineData([{ id: 'x', date: '2021-09-09' }]).events;
    for (const ppd of [0.001, 0.1, 10]) expect(packLane(one, ppd, g).marks).toHaveLength(1);
  });
});

describe('timeline at 10,000 events', () => {
  const data = timelineData(syntheticEvents(10_000, 1));
  const engine = timelineEngine(data, laneNamesFor('None'), measureWithFonts);
  const all = engine.layout(DEFAULT_VIEW, WIDE);

  it('counts dense stretches instead of drawing thousands of marks', () => {
    expect(all.clusters.length).toBeGreaterThan(0);
    expect(all.marks.length + all.clusters.length).toBeLessThan(1500);
    for (const lane of all.lanes) expect(lane.height).toBeLessThanOrEqual(WIDE.lanePadding * 2 + WIDE.maxRows * WIDE.rowHeight);
  });

  it('accounts for every event in view in each of its lanes: drawn, or counted in a cluster over it', () => {
    const view: TimelineView = { ...DEFAULT_VIEW, range: { start: dayNumber(2020, 3, 1), end: dayNumber(2020, 9, 1) } };
    const range = view.range!;
    const layout = engine.layout(view, WIDE);
    const level = levelFor(range, WIDE);
    const lanes = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor('None'));
    const packings = packLanes(lanes, level, WIDE);
    let counted = 0;
    for (const lane of lanes.lanes) {
      const p = packings.get(lane.id)!;
      const drawn = new Set(layout.marks.filter((m) => m.laneId === lane.id).map((m) => m.event.id));
      for (const e of lane.events) {
        const [lo, hi] = markExtent(e, levelDensity(level), WIDE);
        if (hi < range.start || lo > range.end) continue;
        const cluster = p.clusterOf.get(e.id);
        if (!cluster) {
          expect(drawn.has(e.id), e.id).toBe(true);
          continue;
        }
        counted++;
        expect(cluster.lo <= hi && cluster.hi >= lo, `${e.id} counted in a cluster that overlaps it`).toBe(true);
      }
      // Every cluster reaching into the view is drawn with all its events counted.
      for (const c of p.clusters.filter((c) => c.hi >= range.start && c.lo <= range.end)) {
        expect(layout.clusters.find((x) => x.key === `${lane.id}#${c.bucket}`)?.count).toBe(c.events.length);
      }
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('does not move marks between rows while the reader pans', () => {
    const span = 200;
    const a: DayRange = { start: dayNumber(2019, 1, 1), end: dayNumber(2019, 1, 1) + span };
    const b: DayRange = { start: a.start + 37.25, end: a.end + 37.25 };
    expect(levelFor(a, WIDE)).toBe(levelFor(b, WIDE));
    const la = engine.layout({ ...DEFAULT_VIEW, range: a }, WIDE);
    const lb = engine.layout({ ...DEFAULT_VIEW, range: b }, WIDE);
    const ya = new Map(la.marks.map((m) => [m.key, m.y]));
    let shared = 0;
    for (const m of lb.marks) {
      if (!ya.has(m.key)) continue;
      shared++;
      expect(m.y).toBe(ya.get(m.key));
    }
    expect(shared).toBeGreaterThan(20);
    expect(lb.lanes.map((l) => l.height)).toEqual(la.lanes.map((l) => l.height));
  });

  it('draws the focused and the selected event on their own even inside a cluster', () => {
    const cluster = all.clusters[0]!;
    const bounds = timelineBounds(data.events);
    const lanes = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor('None'));
    const packings = packLanes(lanes, levelFor(bounds, WIDE), WIDE);
    const inside: TimelineEvent = packings.get(cluster.laneId)!.clusters.find((c) => `${cluster.laneId}#${c.bucket}` === cluster.key)!.events[0]!;
    const pinned = layoutTimeline({ lanes, packings, range: bounds, geometry: WIDE, lang: 'en', measure: measureWithFonts, focused: inside.id });
    const mark = pinned.marks.find((m) => m.event.id === inside.id && m.laneId === cluster.laneId)!;
    expect(mark.pinned).toBe(true);
    expect(pinned.clusters.find((c) => c.key === cluster.key)!.count).toBe(cluster.count - 1);
    // Pins apply in every lane, so the focused event's primary mark exists and takes the one tab stop.
    expect(pinned.marks.filter((m) => m.tabStop).map((m) => m.event.id)).toEqual([inside.id]);
  });

  it('while the view moves, lets a coarser packing stand in (never overlapping), and packs coarser levels ahead', () => {
    const fresh = timelineEngine(data, laneNamesFor('None'), measureWithFonts);
    const start = dayNumber(2020, 1, 1);
    const settled: TimelineView = { ...DEFAULT_VIEW, range: { start, end: start + 400 } };
    fresh.layout(settled, WIDE);
    // Zooming in while moving: this level is not packed yet; the settled one stands in.
    const closer: TimelineView = { ...DEFAULT_VIEW, range: { start, end: start + 250 } };
    expect(levelFor(closer.range!, WIDE)).toBeGreaterThan(levelFor(settled.range!, WIDE));
    const moving = fresh.layout(closer, WIDE, undefined, true);
    expectNoOverlaps(moving, WIDE);
    const exact = fresh.layout(closer, WIDE);
    expectNoOverlaps(exact, WIDE);
    expect(exact.marks.length).toBeGreaterThanOrEqual(moving.marks.length);
    const drawnOf = (l: TimelineLayout) => ({ marks: l.marks, clusters: l.clusters, lanes: l.lanes, axis: l.axis });
    expect(drawnOf(exact)).toEqual(drawnOf(timelineEngine(data, laneNamesFor('None'), measureWithFonts).layout(closer, WIDE)));
    // Levels for zooming out are packed one per call until all are ready.
    let calls = 0;
    while (fresh.prepare(closer, WIDE)) calls++;
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(7);
    expect(fresh.prepare(closer, WIDE)).toBe(false);
  });

  it('keeps its level density at or below the real one, so packed marks never overlap on screen', () => {
    for (const span of [30, 100, 1000, 4000]) {
      const range = { start: dayNumber(2020, 1, 1), end: dayNumber(2020, 1, 1) + span };
      const level = levelFor(range, WIDE);
      expect(levelDensity(level)).toBeLessThanOrEqual((WIDE.width - WIDE.marginRight - WIDE.gutter) / span);
      expectNoOverlaps(engine.layout({ ...DEFAULT_VIEW, range }, WIDE), WIDE);
    }
  });
});
