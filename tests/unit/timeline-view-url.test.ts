import { describe, expect, it } from 'vitest';
import { timelineBounds } from '../../src/lib/timeline/bounds.ts';
import { MAX_QUERY_LENGTH, parseView, viewQuery, type ViewContext } from '../../src/lib/timeline/view-url.ts';
import { DEFAULT_VIEW, type TimelineView } from '../../src/lib/timeline/view.ts';
import { FACETS } from '../../src/lib/timeline/timeline-event.ts';
import { href } from '../../src/lib/urls.ts';
import { dayNumber, isoDay } from '../../src/model/calendar-date.ts';
import { seedData } from '../support/timeline-fixtures.ts';

const data = seedData('en');
const bounds = timelineBounds(data.events);
const ctx: ViewContext = {
  bounds,
  ids: Object.fromEntries(FACETS.map((f) => [f, data.names[f]])) as unknown as ViewContext['ids'],
  events: data.byId,
};
const first = isoDay(bounds.start);
const last = isoDay(bounds.end - 1);

describe('timeline view in the URL', () => {
  it('is empty for the default view, so the plain page URL is the default view', () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
    expect(href({ page: 'home', view: DEFAULT_VIEW }, 'en', '/')).toBe('/en/');
    expect(parseView('', ctx)).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('round-trips every part of a view, with readable comma-separated ids', () => {
    const view: TimelineView = {
      range: { start: dayNumber(2021, 9, 1), end: dayNumber(2022, 1, 1) - 20 },
      lanes: 'platform',
      filters: { platform: ['taobao', 'douyin'], surface: ['group-chat'], actor: ['tencent'], tag: ['e-commerce', 'statement'] },
      query: '群聊 links',
      event: 'group-chat-opening',
    };
    const query = viewQuery(view);
    expect(query).toBe(
      '?from=2021-09-01&to=2021-12-11&lanes=platform&platform=taobao,douyin&surface=group-chat&actor=tencent&tag=e-commerce,statement&q=%E7%BE%A4%E8%81%8A%20links&event=group-chat-opening',
    );
    expect(parseView(query, ctx)).toEqual({ view, problems: [] });
    expect(href({ page: 'home', view }, 'zh', '/wechat-links/')).toBe(`/wechat-links/${query}`);
  });

  it('accepts repeated parameters as well as comma lists, and drops repeats', () => {
    const { view, problems } = parseView('platform=taobao&platform=douyin,taobao', ctx);
    expect(view.filters.platform).toEqual(['taobao', 'douyin']);
    expect(problems).toEqual([]);
  });

  it('fills a missing edge of the range from the timeline’s own', () => {
    expect(parseView('from=2021-01-01', ctx).view.range).toEqual({ start: dayNumber(2021, 1, 1), end: bounds.end });
    expect(parseView('to=2020-12-31', ctx).view.range).toEqual({ start: bounds.start, end: dayNumber(2021, 1, 1) });
    expect(parseView(`from=${first}&to=${last}`, ctx).view.range).toEqual({ start: bounds.start, end: bounds.end });
    // The first view's own range is the default view: no range in the view, none in the URL.
    expect(parseView(`from=${isoDay(bounds.first.start)}&to=${isoDay(bounds.first.end - 1)}`, ctx).view.range).toBeUndefined();
  });

  it.each([
    ['from=2021-02-30&to=2021-12-01', ['from: "2021-02-30" is not a real date: February 2021 has 28 days — ignored']],
    ['from=2021-09-01&to=2021-09', ['to: "2021-09" is not a single day in the form YYYY-MM-DD — ignored']],
    ['from=yesterday', ['from: "yesterday" is not a date in a supported form: write it as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time may follow a day: "YYYY-MM-DD HH:mm", China Standard Time) — ignored']],
    ['from=2021-12-15&to=2021-09-01', ['from 2021-12-15 is after to 2021-09-01 — the two were swapped']],
    ['from=2021-09-01&to=2021-09-02', ['from/to: 2021-09-01 to 2021-09-02 is shorter than the narrowest view (10 days) — showing 2021-08-28 to 2021-09-06']],
    ['from=1999-01-01&to=1999-12-31', [`from/to: 1999-01-01 to 1999-12-31 reaches outside the timeline (${first} to ${last}) — showing ${first} to ${isoDay(bounds.start + 364)}`]],
    ['lanes=time', ['lanes: "time" is not a lane mode (use actor or platform) — showing actor lanes']],
    ['platform=taobo,douyin', ['platform: "taobo" is not a known platform id — ignored']],
    ['surface=moment', ['surface: "moment" is not a known surface id — ignored']],
    ['actor=Tencent', ['actor: "Tencent" is not a known actor id — ignored']],
    ['tag=regulations', ['tag: "regulations" is not a known tag id — ignored']],
    ['event=nope', ['event: "nope" is not a known event id — ignored']],
    [`q=${'x'.repeat(MAX_QUERY_LENGTH + 5)}`, ['q: longer than 200 characters — cut to the first 200']],
  ])('reports ?%s and uses what it can', (query, problems) => {
    const parsed = parseView(query, ctx);
    expect(parsed.problems).toEqual(problems);
    // What is left is a valid view: serialising and reading it again changes nothing.
    expect(parseView(viewQuery(parsed.view), ctx)).toEqual({ view: parsed.view, problems: [] });
  });

  it('keeps the usable parts of a partly bad URL', () => {
    const { view } = parseView('from=2021-09-01&to=2021-12-15&platform=taobo,douyin&lanes=x&event=nope&q=%20group%20%20chat%20', ctx);
    expect(view).toEqual({
      range: { start: dayNumber(2021, 9, 1), end: dayNumber(2021, 12, 16) },
      lanes: 'actor',
      filters: { platform: ['douyin'], surface: [], actor: [], tag: [] },
      query: 'group chat',
    });
  });
});
