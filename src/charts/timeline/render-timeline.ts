/**
 * Draws a timeline layout (src/lib/timeline/layout.ts) into an <svg> element, with data joins
 * keyed by lane, mark and tick (svg.ts). The same function renders the static SVG at build time
 * (in linkedom) and re-renders in the browser on every zoom, pan and filter: the browser
 * adopts the build-time elements by their data-key attributes instead of drawing anew.
 *
 * Styling is by class (src/styles/timeline.css); shapes carry meaning without colour:
 * a dot is an exact day, a bar a month, a hatched bar a year, a diamond the effective date,
 * a dashed outline an event resting on opinion only, a box with a number a counted cluster.
 *
 * Speed at 10,000 events: marks, clusters, titles, grid lines and axis labels sit in groups
 * positioned relative to an anchor that changes only with the zoom, so panning moves those
 * groups and leaves their contents alone; every element remembers what it last drew and is
 * not touched when nothing changed; titles beside marks are hidden while the view moves.
 */
import type { AxisLabel, AxisTick } from '../../lib/timeline/axis.ts';
import { describeCluster, describeEvent } from '../../lib/timeline/describe.ts';
import type { ClusterLayout, LaneLayout, MarkLayout, MilestoneLayout, TimelineLayout } from '../../lib/timeline/layout.ts';
import { fill, type TimelineStrings } from '../../lib/timeline/strings.ts';
import { changed, join, layer, px, setAttrs, setText, svgElement } from './svg.ts';

export interface RenderOptions {
  readonly strings: TimelineStrings;
  /** The URL of an event's page (marks link to it, so they work without JavaScript). */
  readonly eventHref: (id: string) => string;
  /** Prefix for ids inside the SVG (patterns, clipping), unique per chart on a page. */
  readonly idPrefix?: string;
  /**
   * Whether a script drives the chart. Without one (the build-time render) the chart is a
   * picture for sighted readers and marks are plain links out of the tab order; assistive
   * technology reads the event list instead. With one, the chart is a labelled group whose
   * marks are buttons with one tab stop, moved by the arrow keys.
   */
  readonly interactive?: boolean;
  /** The view is moving (drag, pinch, wheel, animation): titles beside marks wait until it stops. */
  readonly moving?: boolean;
  /**
   * False while something else draws the marks (the canvas, during pointer gestures): the
   * SVG's marks, clusters and titles are hidden and left untouched until it is true again.
   */
  readonly marks?: boolean;
}

/** What each element last drew (position and state; a mark's shapes separately). */
const drawn = new WeakMap<Element, string>();
const shaped = new WeakMap<Element, string>();

/** Where the pan group's coordinates are anchored, per chart: kept while the zoom stays the same. */
interface Anchor {
  readonly ppd: number;
  readonly day: number;
  readonly x: number;
}
const anchors = new WeakMap<Element, Anchor>();

/** The pan group's offset for this frame: 0 when the zoom changed (a new anchor), else how far the anchor moved. */
function panOffset(svg: Element, layout: TimelineLayout): number {
  const { scale } = layout;
  const previous = anchors.get(svg);
  if (previous && Math.abs(previous.ppd - scale.ppd) <= 1e-9 * scale.ppd) return scale(previous.day) - previous.x;
  anchors.set(svg, { ppd: scale.ppd, day: layout.range.start, x: scale(layout.range.start) });
  return 0;
}

function defs(svg: SVGSVGElement, prefix: string, layout: TimelineLayout) {
  const d = layer(svg, 'defs', 'tl-defs');
  const add = <K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attributes: Record<string, string | number>) => {
    const el = svgElement(parent, name);
    setAttrs(el, attributes);
    return parent.appendChild(el);
  };
  if (!d.querySelector('pattern')) {
    const pattern = add(d, 'pattern', { id: `${prefix}-hatch`, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
    add(pattern, 'rect', { class: 'tl-hatch__bg', width: 6, height: 6 });
    add(pattern, 'rect', { class: 'tl-hatch__line', width: 2.5, height: 6 });
    add(add(d, 'clipPath', { id: `${prefix}-plot` }), 'rect', {});
  }
  setAttrs(d.querySelector('clipPath rect')!, {
    x: px(layout.plot.x0 - 1),
    y: 0,
    width: px(layout.plot.x1 - layout.plot.x0 + 2),
    height: px(layout.height),
  });
}

function bands(g: SVGGElement, lanes: readonly LaneLayout[], layout: TimelineLayout) {
  join<LaneLayout, SVGRectElement>(g, 'rect', lanes, {
    update: (el, d) => setAttrs(el, { class: d.index % 2 ? 'tl-band tl-band--odd' : 'tl-band', x: 0, y: px(d.y), width: layout.width, height: px(d.height) }),
  });
}

/** Grid lines, placed like marks relative to the pan anchor (`dx`), so panning leaves them alone. */
function grid(g: SVGGElement, ticks: readonly AxisTick[], layout: TimelineLayout, dx: number) {
  join<AxisTick & { key: string }, SVGLineElement>(
    g,
    'line',
    ticks.map((t) => ({ ...t, key: String(t.day) })),
    {
      update(el, d) {
        const x = px(d.x - dx);
        if (!changed(el, `${x} ${d.major} ${layout.plot.y0} ${layout.plot.y1}`, drawn)) return;
        el.setAttribute('class', d.major ? 'tl-grid__line tl-grid__line--major' : 'tl-grid__line');
        el.setAttribute('x1', String(x));
        el.setAttribute('x2', String(x));
        el.setAttribute('y1', String(layout.plot.y0 - 6));
        el.setAttribute('y2', String(px(layout.plot.y1)));
      },
    },
  );
}

/** Axis labels relative to the pan anchor; only those whose place really changes are touched (text layout is costly). */
function texts(g: SVGGElement, labels: readonly AxisLabel[], y: number, className: string, dx: number) {
  join<AxisLabel, SVGTextElement>(g, 'text', labels, {
    enter: (el) => setAttrs(el, { class: className, y }),
    update(el, d) {
      const x = px(d.x - dx);
      if (!changed(el, `${x} ${d.anchor} ${d.text}`, drawn)) return;
      el.setAttribute('x', String(x));
      el.setAttribute('text-anchor', d.anchor);
      el.textContent = d.text;
    },
  });
}

function laneNames(g: SVGGElement, lanes: readonly LaneLayout[]) {
  join<LaneLayout, SVGTextElement>(g, 'text', lanes, {
    update(el, d) {
      setAttrs(el, { class: 'tl-lane-name', x: d.labelX, y: px(d.labelY), 'dominant-baseline': 'middle' });
      setText(el, d.label);
    },
  });
}

/**
 * Milestones: a rule at the date through the lanes, and the label in full in the band above
 * them. A rule starts below any label lying across it (milestone-labels.ts), and labels sit
 * in a layer over the rules with a halo in the chart's background. Few and cheap, so they are placed afresh each
 * frame, in the chart's own coordinates.
 */
function milestones(g: SVGGElement, list: readonly MilestoneLayout[], layout: TimelineLayout) {
  join<MilestoneLayout, SVGLineElement>(layer(g, 'g', 'tl-milestone__rules'), 'line', list, {
    enter: (el) => el.setAttribute('class', 'tl-milestone__rule'),
    update(el, d) {
      if (!changed(el, `${px(d.x)} ${px(d.ruleY)} ${px(layout.plot.y1)}`, drawn)) return;
      setAttrs(el, { 'data-event-id': d.eventId, x1: px(d.x), x2: px(d.x), y1: px(d.ruleY), y2: px(layout.plot.y1) });
    },
  });
  join<MilestoneLayout, SVGTextElement>(layer(g, 'g', 'tl-milestone__labels'), 'text', list, {
    update(el, d) {
      if (!changed(el, `${px(d.labelX)} ${px(d.labelY)} ${d.label} ${d.selected}`, drawn)) return;
      setAttrs(el, { class: d.selected ? 'tl-milestone__label is-selected' : 'tl-milestone__label', 'data-event-id': d.eventId, x: px(d.labelX), y: px(d.labelY), 'paint-order': 'stroke' });
      el.textContent = d.label;
    },
  });
}

/**
 * A cluster is a group placed at its box's centre, holding the box and the count: moving it
 * changes one transform, and the count's text never needs laying out again.
 */
function clusters(g: SVGGElement, list: readonly ClusterLayout[], layout: TimelineLayout, strings: TimelineStrings, dx: number) {
  join<ClusterLayout, SVGGElement>(g, 'g', list, {
    enter(el) {
      el.setAttribute('class', 'tl-cluster');
      el.setAttribute('role', 'img');
      const rect = svgElement(el, 'rect');
      rect.setAttribute('class', 'tl-cluster__box');
      rect.setAttribute('rx', '3');
      const text = svgElement(el, 'text');
      text.setAttribute('class', 'tl-cluster__count');
      text.setAttribute('text-anchor', 'middle');
      text.setAttribute('dominant-baseline', 'central');
      el.append(rect, text);
    },
    update(el, d) {
      const [rect, text] = el.children as unknown as [SVGRectElement, SVGTextElement];
      const shown = d.label;
      if (changed(el, `${d.count} ${d.first} ${d.last} ${shown}`, shaped)) {
        el.setAttribute('data-first', String(d.first));
        el.setAttribute('data-last', String(d.last));
        el.setAttribute('aria-label', describeCluster(d.count, d.first, d.last, strings, layout.lang));
        text.textContent = shown;
      }
      if (changed(rect, `${px(d.width)} ${px(d.height)}`, shaped)) {
        rect.setAttribute('x', String(px(-d.width / 2)));
        rect.setAttribute('y', String(px(-d.height / 2)));
        rect.setAttribute('width', String(px(d.width)));
        rect.setAttribute('height', String(px(d.height)));
      }
      const cx = d.x - dx + d.width / 2;
      const cy = d.y + d.height / 2;
      if (changed(el, `${px(cx)} ${px(cy)}`, drawn)) el.setAttribute('transform', `translate(${px(cx)},${px(cy)})`);
    },
  });
}

/** Builds a mark's shapes once; their sizes are set when they change. */
function buildMark(node: SVGElement, d: MarkLayout, prefix: string) {
  const add = (name: 'rect' | 'circle' | 'line' | 'path', className: string) => {
    const el = svgElement(node, name);
    el.setAttribute('class', className);
    node.appendChild(el);
    return el;
  };
  add('rect', 'tl-mark__hit');
  if (d.effectiveX !== undefined) add('line', 'tl-mark__link');
  if (d.event.precision === 'day') add('circle', 'tl-mark__dot').setAttribute('r', '5');
  else {
    const bar = add('rect', `tl-mark__bar tl-mark__bar--${d.event.precision}`);
    bar.setAttribute('y', '-6');
    bar.setAttribute('height', '12');
    bar.setAttribute('rx', '2');
    if (d.event.precision === 'year') bar.setAttribute('fill', `url(#${prefix}-hatch)`);
  }
  if (d.effectiveX !== undefined) add('path', 'tl-mark__effective');
  add('rect', 'tl-mark__ring').setAttribute('rx', '5');
}

/** Sizes of a mark's shapes, relative to its position: they change only when the zoom does. */
function shapeMark(node: SVGElement, d: MarkLayout) {
  const end = d.event.precision === 'day' ? 6 : d.width;
  const ex = d.effectiveX === undefined ? undefined : d.effectiveX - d.x;
  const left = d.event.precision === 'day' ? -6 : 0;
  const right = Math.max(end, ex === undefined ? end : ex + 7);
  if (!changed(node, `${px(d.width)} ${ex === undefined ? '' : px(ex)}`, shaped)) return;
  for (const el of node.children) {
    const cls = el.getAttribute('class') ?? '';
    if (cls === 'tl-mark__hit') {
      // As tall as a row and as wide as the mark plus half the gap packing keeps on each
      // side, so neighbouring marks' hit areas never overlap.
      el.setAttribute('x', String(px(left - 2)));
      el.setAttribute('y', '-12');
      el.setAttribute('width', String(px(right - left + 4)));
      el.setAttribute('height', '24');
    } else if (cls.startsWith('tl-mark__bar')) {
      el.setAttribute('width', String(px(d.width)));
    } else if (cls === 'tl-mark__link' && ex !== undefined) {
      el.setAttribute('x1', String(px(end)));
      el.setAttribute('x2', String(px(ex)));
      el.setAttribute('y1', '0');
      el.setAttribute('y2', '0');
    } else if (cls === 'tl-mark__effective' && ex !== undefined) {
      el.setAttribute('d', `M${px(ex)},-6l6,6l-6,6l-6,-6z`);
    } else if (cls === 'tl-mark__ring') {
      el.setAttribute('x', String(px(left - 4)));
      el.setAttribute('y', '-10');
      el.setAttribute('width', String(px(right - left + 8)));
      el.setAttribute('height', '20');
    }
  }
}

function marks(laneGroup: SVGGElement, list: readonly MarkLayout[], options: RenderOptions, layout: TimelineLayout, prefix: string, dx: number) {
  const interactive = options.interactive === true;
  // A lane's group holds its marks and nothing else.
  join<MarkLayout, SVGElement>(laneGroup, '*', list, {
    create: (d) => svgElement(laneGroup, d.primary ? 'a' : 'g'),
    enter(el, d) {
      el.setAttribute('data-event-id', d.event.id);
      el.setAttribute('data-kind', d.event.precision);
      if (d.primary) {
        el.setAttribute('href', options.eventHref(d.event.id));
        el.setAttribute('aria-label', describeEvent(d.event, options.strings, layout.lang, d.sharedWith));
      } else {
        el.setAttribute('aria-hidden', 'true');
      }
      buildMark(el, d, prefix);
    },
    update(el, d) {
      const x = d.x - dx;
      shapeMark(el, d);
      if (!changed(el, `${px(x)} ${px(d.y)} ${d.tabStop} ${d.selected} ${d.pinned} ${interactive}`, drawn)) return;
      el.setAttribute('transform', `translate(${px(x)},${px(d.y)})`);
      const cls = ['tl-mark'];
      if (!d.primary) cls.push('tl-mark--echo');
      if (d.event.opinion) cls.push('tl-mark--opinion');
      if (d.effectiveX !== undefined) cls.push('tl-mark--effective');
      if (d.selected) cls.push('is-selected');
      if (d.pinned) cls.push('is-pinned');
      if (el.classList.contains('is-related')) cls.push('is-related');
      el.setAttribute('class', cls.join(' '));
      if (d.primary) {
        if (interactive) el.setAttribute('role', 'button');
        else el.removeAttribute('role');
        el.setAttribute('tabindex', d.tabStop && interactive ? '0' : '-1');
        if (d.selected) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
    },
  });
}

/**
 * Titles beside marks, in a layer of their own: they are often cut short ("WeChat op…"),
 * and a control's visible text must be part of its name, so they stay outside the marks
 * (whose names carry the full title) and out of the accessibility tree.
 */
function markLabels(g: SVGGElement, list: readonly MarkLayout[], dx: number) {
  join<MarkLayout, SVGTextElement>(
    g,
    'text',
    list.filter((m) => m.label),
    {
      update(el, d) {
        const x = d.labelX - dx;
        if (!changed(el, `${px(x)} ${px(d.y)} ${d.selected} ${d.label}`, drawn)) return;
        el.setAttribute('class', d.selected ? 'tl-mark-label is-selected' : 'tl-mark-label');
        el.setAttribute('x', String(px(x)));
        el.setAttribute('y', String(px(d.y + 4)));
        el.textContent = d.label;
      },
    },
  );
}

export function renderTimeline(svg: SVGSVGElement, layout: TimelineLayout, options: RenderOptions): void {
  const prefix = options.idPrefix ?? 'tl';
  const s = options.strings;
  const interactive = options.interactive === true;
  setAttrs(svg, {
    class: 'tl',
    viewBox: `0 0 ${layout.width} ${px(layout.height)}`,
    width: layout.width,
    height: px(layout.height),
    role: interactive ? 'group' : null,
    'aria-label': interactive ? s['timeline.chart.label'] : null,
    'aria-hidden': interactive ? null : 'true',
    'data-from': layout.range.start,
    'data-to': layout.range.end,
    'data-unit': `${layout.axis.unit}${layout.axis.step}`,
    'data-marks': layout.marks.length,
  });
  defs(svg, prefix, layout);
  const hidden = { 'aria-hidden': 'true' };
  const bandLayer = layer(svg, 'g', 'tl-bands');
  setAttrs(bandLayer, hidden);
  bands(bandLayer, layout.lanes, layout);
  // One pan offset for everything that moves with time (grid, axis labels, marks).
  const dx = panOffset(svg, layout);
  const shift = `translate(${px(dx)},0)`;
  const gridLayer = layer(svg, 'g', 'tl-grid');
  setAttrs(gridLayer, { ...hidden, transform: shift });
  grid(gridLayer, layout.axis.ticks, layout, dx);
  const axisNode = layer(svg, 'g', 'tl-axis');
  setAttrs(axisNode, hidden);
  const labelsNode = layer(axisNode, 'g', 'tl-axis__labels');
  setAttrs(labelsNode, { transform: shift });
  texts(layer(labelsNode, 'g', 'tl-axis__context'), layout.axis.context, 16, 'tl-axis__context-label', dx);
  texts(layer(labelsNode, 'g', 'tl-axis__ticks'), layout.axis.labels, 34, 'tl-axis__label', dx);
  setAttrs(layer(axisNode, 'line', 'tl-axis__rule'), { x1: layout.plot.x0, x2: layout.plot.x1, y1: layout.plot.y0 - 0.5, y2: layout.plot.y0 - 0.5 });
  const milestoneLayer = layer(svg, 'g', 'tl-milestones');
  setAttrs(milestoneLayer, hidden);
  milestones(milestoneLayer, layout.milestones, layout);
  const names = layer(svg, 'g', 'tl-lane-names');
  setAttrs(names, hidden);
  laneNames(names, layout.lanes);

  // Everything that moves with time, clipped to the plot and shifted as one when panning.
  const plot = layer(svg, 'g', 'tl-plot');
  setAttrs(plot, { 'clip-path': `url(#${prefix}-plot)`, display: options.marks === false ? 'none' : null });
  if (options.marks !== false) drawPlot(plot, layout, options, prefix, dx);

  const empty = layer(svg, 'text', 'tl-empty');
  setAttrs(empty, { x: px((layout.plot.x0 + layout.plot.x1) / 2), y: layout.plot.y0 + 28, 'text-anchor': 'middle' });
  setText(empty, layout.empty ? s['timeline.empty'] : '');
}

/** Clusters, lanes of marks, and titles: the part of the chart that moves with time. */
function drawPlot(plot: SVGGElement, layout: TimelineLayout, options: RenderOptions, prefix: string, dx: number) {
  const s = options.strings;
  const interactive = options.interactive === true;
  const pan = layer(plot, 'g', 'tl-pan');
  setAttrs(pan, { transform: `translate(${px(dx)},0)` });
  clusters(layer(pan, 'g', 'tl-clusters'), layout.clusters, layout, s, dx);

  const byLane = new Map<string, MarkLayout[]>();
  for (const m of layout.marks) {
    const list = byLane.get(m.laneId);
    if (list) list.push(m);
    else byLane.set(m.laneId, [m]);
  }
  // Time order within each lane, which is also the order assistive technology reads them in.
  // Existing elements are never moved (moving a focused element would drop keyboard focus);
  // marks do not overlap, so document order does not matter for painting.
  for (const list of byLane.values()) list.sort((a, b) => a.event.index - b.event.index);
  join<LaneLayout, SVGGElement>(layer(pan, 'g', 'tl-lanes'), 'g', layout.lanes, {
    update(el, lane) {
      const list = byLane.get(lane.id) ?? [];
      // Nothing in the lane changed (the usual case while panning, when only the group
      // moves): skip its join entirely.
      const state = list.map((m) => `${m.key} ${px(m.x - dx)} ${px(m.y)} ${m.tabStop ? 1 : 0}${m.selected ? 1 : 0}${m.pinned ? 1 : 0} ${px(m.width)}`).join('|');
      if (!changed(el, `${lane.name} ${lane.count} ${interactive} ${state}`, drawn)) return;
      if (changed(el, `${lane.name} ${lane.count} ${interactive}`, shaped)) {
        el.setAttribute('data-lane', lane.id);
        el.setAttribute('class', 'tl-lane');
        if (interactive) {
          el.setAttribute('role', 'group');
          el.setAttribute('aria-label', fill(s['timeline.lane.label'], { name: lane.name, n: lane.count }));
        } else {
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
      marks(el, list, options, layout, prefix, dx);
    },
  });

  const labels = layer(pan, 'g', 'tl-mark-labels');
  setAttrs(labels, { 'aria-hidden': 'true', display: options.moving ? 'none' : null });
  if (!options.moving) markLabels(labels, layout.marks, dx);
}
