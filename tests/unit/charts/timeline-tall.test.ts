/**
 * The timeline's tall layout (phones, long images) lists at most TALL_MAX_EVENTS events, the
 * latest, under a note counting the rest: a long history would otherwise outgrow what a PNG can
 * hold (32,767 px) and what a phone reader scrolls.
 */
import { describe, expect, it } from 'vitest';
import { measureWithFonts } from '../../../src/charts/node/font-metrics.ts';
import type { TimelineRows } from '../../../src/charts/timeline/rows.ts';
import { layoutTall, TALL_MAX_EVENTS, TALL_MAX_HEIGHT } from '../../../src/charts/timeline/tall.ts';
import { timelineStrings } from '../../../src/data/timeline.ts';
import type { TimelineEvent } from '../../../src/lib/timeline/timeline-event.ts';
import { DEFAULT_VIEW } from '../../../src/lib/timeline/view.ts';
import { LANGS } from '../../../src/model/lang.ts';

const event = (i: number, title = `Event number ${i}, with a title long enough to wrap onto a second line on a phone`): TimelineEvent => ({
  id: `event-${i}`,
  index: i,
  precision: 'day',
  start: 18_000 + i,
  end: 18_001 + i,
  dateLabel: `${2019 + Math.floor(i / 365)}-01-01`,
  title,
  summary: '',
  facets: { platform: [], surface: [], actor: [], tag: [] },
  sources: [],
  opinion: false,
  text: '',
});

const rows = (n: number, lang: (typeof LANGS)[number], title?: (i: number) => string) =>
  ({
    lang,
    view: DEFAULT_VIEW,
    strings: timelineStrings(lang),
    eventHref: (id: string) => `/events/${id}/`,
    events: Array.from({ length: n }, (_, i) => ({ event: event(i, title?.(i)), lanes: ['WeChat'], actors: ['WeChat'] })),
  }) as unknown as TimelineRows;

const layout = (n: number, lang: (typeof LANGS)[number] = 'en') => layoutTall(rows(n, lang), { width: 360, fontSize: 14, measure: measureWithFonts });

describe('the tall timeline', () => {
  it('lists every event of a short history, with no note', () => {
    const l = layout(12);
    expect(l.marks).toHaveLength(12);
    expect(l.texts.some((t) => t.lines.join(' ').includes('earlier events'))).toBe(false);
  });

  for (const lang of LANGS) {
    it(`lists the latest ${TALL_MAX_EVENTS} of a long history under a note counting the rest (${lang})`, () => {
      const l = layout(TALL_MAX_EVENTS + 150, lang);
      expect(l.marks).toHaveLength(TALL_MAX_EVENTS);
      expect(l.marks[0]!.href).toBe('/events/event-150/');
      expect(l.marks.at(-1)!.href).toBe(`/events/event-${TALL_MAX_EVENTS + 149}/`);
      const note = l.texts[0]!.lines.join('');
      expect(note).toContain('150');
      // Three times its height, the tallest a phone image is drawn at, fits in a PNG.
      expect(l.height * 3).toBeLessThan(32_767);
      expect(layout(10_000, lang).height).toBe(l.height);
    });
  }

  it('lists fewer than that when long titles would make the image taller than a PNG can be', () => {
    // Titles of four or five lines on a phone: a hundred of them would pass 10,000 px.
    const long = (i: number) => `Event number ${i}: `.padEnd(260, 'a long title that goes on ');
    const l = layoutTall(rows(300, 'en', long), { width: 360, fontSize: 14, measure: measureWithFonts });
    expect(l.height).toBeLessThanOrEqual(TALL_MAX_HEIGHT);
    expect(l.marks.length).toBeLessThan(TALL_MAX_EVENTS);
    expect(l.marks.length).toBeGreaterThan(TALL_MAX_EVENTS / 3);
    // Still the latest, and the note counts the rest.
    expect(l.marks.at(-1)!.href).toBe('/events/event-299/');
    expect(l.texts[0]!.lines.join(' ')).toContain(String(300 - l.marks.length));
  });
});
