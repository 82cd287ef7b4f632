/**
 * The timeline's tall layout, for phones (long-image posts): time runs down the page, one
 * event under another, grouped by year — a mark by its precision (dot: a day, bar: a month,
 * hatched bar: a year; dashed when only opinion sources support it), its date, its title
 * wrapped to the width, and its lanes. An effective date different from the announcement
 * gets the wide timeline's diamond under the mark.
 */
import { fill } from '../../lib/text/fill.ts';
import { describeDate } from '../../lib/timeline/describe.ts';
import { wrapText } from '../../lib/text/wrap.ts';
import { ink } from '../shared/ink.ts';
import { drawBlock, round, type TextBlock } from '../shared/text-block.ts';
import { LINE, small, type DrawContext, type Group, type LayoutContext } from '../spec.ts';
import type { TimelineRows } from './rows.ts';

export interface TallLayout {
  readonly tall: true;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly TextBlock[];
  readonly marks: readonly { readonly x: number; readonly y: number; readonly precision: string; readonly opinion: boolean; readonly effective: boolean; readonly href: string }[];
  readonly spine: { readonly x: number; readonly y0: number; readonly y1: number };
}

/**
 * The most events a tall layout lists: the latest ones, under a note counting the rest. At
 * about 70 px an event, a whole history would outgrow any long image and any phone screen;
 * a shorter period lists all.
 */
export const TALL_MAX_EVENTS = 100;

/**
 * …and the most height they may take: a PNG tops out at 32,767 px, and the phone image is
 * drawn at three times its size, with its title and credit around the chart. Long titles
 * (three or four lines each) can reach it before TALL_MAX_EVENTS does: fewer are listed then.
 */
export const TALL_MAX_HEIGHT = 9000;

export function layoutTall(rows: TimelineRows, c: LayoutContext): TallLayout {
  let n = Math.min(TALL_MAX_EVENTS, rows.events.length);
  let layout = placeTall(rows, c, n);
  while (layout.height > TALL_MAX_HEIGHT && n > 1) {
    n = Math.max(1, Math.min(n - 1, Math.floor((n * TALL_MAX_HEIGHT) / layout.height)));
    layout = placeTall(rows, c, n);
  }
  return layout;
}

/** The tall layout of the latest `n` events (a note counts the earlier ones). */
function placeTall(rows: TimelineRows, c: LayoutContext, n: number): TallLayout {
  const { width, measure } = c;
  const fs = c.fontSize;
  const sm = small(fs);
  const gutter = Math.round(fs * 1.6);
  const textWidth = width - gutter;
  const texts: TextBlock[] = [];
  const marks: TallLayout['marks'][number][] = [];
  let y = 0;
  let year = '';
  const top = fs * 0.2;
  const listed = n > 0 ? rows.events.slice(-n) : [];
  const earlier = rows.events.length - listed.length;
  if (earlier > 0) {
    const note = wrapText(measure, fill(rows.strings['timeline.tall.earlier'], { n: earlier }), width, { size: sm });
    texts.push({ x: 0, y, lines: note, size: sm, muted: true });
    y += note.length * sm * LINE + fs * 0.4;
  }
  for (const { event: e, lanes, actors } of listed) {
    const y4 = e.dateLabel.match(/\d{4}/)?.[0] ?? '';
    if (y4 !== year) {
      year = y4;
      y += fs * 0.4;
      texts.push({ x: gutter, y, lines: [rows.lang === 'zh' ? `${year}年` : year], size: Math.round(fs * 1.15), bold: true });
      y += Math.round(fs * 1.15) * LINE + fs * 0.1;
    }
    const date = wrapText(measure, describeDate(e, rows.strings, rows.lang), textWidth, { size: sm });
    marks.push({ x: gutter / 2, y: y + sm * 0.75, precision: e.precision, opinion: e.opinion, effective: e.effective !== undefined, href: rows.eventHref(e.id) });
    texts.push({ x: gutter, y, lines: date, size: sm, muted: true });
    y += date.length * sm * LINE;
    if (e.milestone) {
      // A milestone's label, in full, above its title.
      const label = wrapText(measure, `${rows.strings['timeline.milestone']}${rows.lang === 'zh' ? '：' : ': '}${e.milestone}`, textWidth, { size: sm, bold: true });
      texts.push({ x: gutter, y, lines: label, size: sm, bold: true });
      y += label.length * sm * LINE;
    }
    const title = wrapText(measure, e.title, textWidth, { size: fs, bold: true });
    texts.push({ x: gutter, y, lines: title, size: fs, bold: true });
    y += title.length * fs * LINE;
    // Who or what it concerns: every actor in actor lanes (an event drawn once for many actors lists them all).
    const who = rows.view.lanes === 'actor' ? actors : lanes;
    if (who.length) {
      const lines = wrapText(measure, who.join(rows.lang === 'zh' ? '、' : ' · '), textWidth, { size: sm });
      texts.push({ x: gutter, y, lines, size: sm, muted: true });
      y += lines.length * sm * LINE;
    }
    y += fs * 0.6;
  }
  if (rows.events.length === 0) {
    texts.push({ x: 0, y, lines: wrapText(measure, rows.strings['timeline.empty'], width, { size: fs }), size: fs, muted: true });
    y += fs * LINE;
  }
  return { tall: true, width, height: Math.ceil(y + 2), texts, marks, spine: { x: gutter / 2, y0: top, y1: Math.max(top, y - fs) } };
}

export function drawTall(g: Group, layout: TallLayout, c: DrawContext): void {
  g.attr('class', 'tl-tall');
  // The wide timeline's hatching for a year known only to the year.
  const hatch = g.append('defs').append('pattern').attr('id', `${c.id}-tall-hatch`).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
  ink(hatch.append('rect').attr('width', 6).attr('height', 6), 'background', c.theme);
  ink(hatch.append('rect').attr('width', 2.5).attr('height', 6), 'accent', c.theme);
  ink(g.append('line').attr('x1', layout.spine.x).attr('x2', layout.spine.x).attr('y1', round(layout.spine.y0)).attr('y2', round(layout.spine.y1)), 'rule', c.theme).attr('stroke-width', 2);
  for (const m of layout.marks) {
    const a = g.append('a').attr('href', m.href);
    const shape = (m.precision === 'day' ? a.append('circle').attr('cx', round(m.x)).attr('cy', round(m.y)).attr('r', 5) : a.append('rect').attr('x', round(m.x - 4)).attr('y', round(m.y - 7)).attr('width', 8).attr('height', 14).attr('rx', 2)) as unknown as Group;
    ink(shape, 'accent', c.theme);
    if (m.precision === 'year') shape.attr('fill', `url(#${c.id}-tall-hatch)`).attr('stroke', c.theme?.accent ?? 'currentColor');
    if (m.effective) {
      const d = `M${round(m.x)},${round(m.y + 8)}l5,5l-5,5l-5,-5z`;
      ink(a.append('path').attr('d', d).attr('stroke-width', 2), 'background', c.theme).attr('stroke', c.theme?.accent ?? 'currentColor');
    }
    if (m.opinion) {
      shape.attr('fill', c.theme?.background ?? 'none').attr('stroke-dasharray', '3 2').attr('stroke-width', 2);
      ink(shape, 'rule', c.theme).attr('stroke', c.theme?.accent ?? 'currentColor');
    }
  }
  for (const t of layout.texts) drawBlock(g, t, c.theme);
}
