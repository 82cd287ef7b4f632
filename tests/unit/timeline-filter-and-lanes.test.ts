import { describe, expect, it } from 'vitest';
import { filterEvents, queryTerms } from '../../src/lib/timeline/filter.ts';
import { ALL_LANE, buildLanes, NONE_LANE, OTHERS_LANE, SHARED_AT } from '../../src/lib/timeline/lanes.ts';
import { NO_FILTERS } from '../../src/lib/timeline/view.ts';
import { timelineData, laneNamesFor } from '../support/timeline-fixtures.ts';

const data = timelineData([
  { id: 'a', date: '2021-01-01', actors: ['tencent'], platforms: ['taobao'], surfaces: ['group-chat'], title: 'Group chat opening' },
  { id: 'b', date: '2021-02-01', actors: ['miit', 'tencent'], platforms: ['douyin'], surfaces: ['private-chat'] },
  { id: 'c', date: '2021-03-01', actors: ['alibaba'], platforms: ['taobao', 'douyin'], tags: ['e-commerce'] },
  { id: 'd', date: '2021-04-01', actors: ['bytedance'] },
]);
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const view = (filters: Partial<typeof NO_FILTERS>, query = '') => ({ filters: { ...NO_FILTERS, ...filters }, query });

describe('timeline filters', () => {
  it('show every event when nothing is chosen, in a list of their own', () => {
    const all = filterEvents(data.events, view({}));
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd']);
    expect(all).not.toBe(data.events);
    expect(ids(filterEvents(data.events, view({}, '   ')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('match any chosen id within a facet, and every facet with a choice', () => {
    expect(ids(filterEvents(data.events, view({ platform: ['taobao'] })))).toEqual(['a', 'c']);
    expect(ids(filterEvents(data.events, view({ platform: ['taobao', 'douyin'] })))).toEqual(['a', 'b', 'c']);
    expect(ids(filterEvents(data.events, view({ platform: ['taobao', 'douyin'], actor: ['tencent'] })))).toEqual(['a', 'b']);
    expect(ids(filterEvents(data.events, view({ surface: ['group-chat'], tag: ['e-commerce'] })))).toEqual([]);
  });

  it('match every word of the text, in titles, summaries and names, ignoring case', () => {
    expect(queryTerms('  Group   CHAT ')).toEqual(['group', 'chat']);
    expect(ids(filterEvents(data.events, view({}, 'group chat')))).toEqual(['a']);
    expect(ids(filterEvents(data.events, view({}, 'MIIT')))).toEqual(['b']);
    expect(ids(filterEvents(data.events, view({}, 'summary douyin')))).toEqual(['b', 'c']);
    expect(ids(filterEvents(data.events, view({}, 'nothing-like-this')))).toEqual([]);
  });
});

describe('timeline lanes', () => {
  it('follow the reference order, skip empty lanes, and put an event in each of its lanes', () => {
    const denser = timelineData([
      ...['a', 'b', 'c'].map((id, i) => ({ id, date: `2021-0${i + 1}-01`, actors: ['miit', 'tencent'] })),
      { id: 'd', date: '2021-05-01', actors: ['alibaba'] },
      { id: 'e', date: '2021-06-01', actors: ['alibaba'] },
    ]);
    const set = buildLanes(denser.events, 'actor', denser.facets.actor, NO_FILTERS, laneNamesFor('None'));
    expect(set.lanes.map((l) => l.id)).toEqual(['tencent', 'miit', 'alibaba']);
    expect(ids(set.lanes[0]!.events)).toEqual(['a', 'b', 'c']);
    expect(ids(set.lanes[1]!.events)).toEqual(['a', 'b', 'c']);
    // The first lane in lane order is the primary one, whatever order the event names its actors in.
    expect(set.lanesOf.get('b')).toEqual(['tencent', 'miit']);
  });

  it('fold lanes with a single event into "others", named with how many lanes it holds', () => {
    const set = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, laneNamesFor('None'));
    expect(set.lanes.map((l) => [l.id, l.name])).toEqual([
      ['tencent', 'WeChat / Tencent'],
      [OTHERS_LANE, 'Others (3)'],
    ]);
    expect(set.lanes[1]!.folded).toEqual(['MIIT', 'Alibaba', 'ByteDance']);
    // In time order, and an event in tencent's lane and a folded one is in both.
    expect(ids(set.lanes[1]!.events)).toEqual(['b', 'c', 'd']);
    expect(set.lanesOf.get('b')).toEqual(['tencent', OTHERS_LANE]);
  });

  it('leave a single sparse lane as it is: "others" holds at least two', () => {
    const two = timelineData([
      { id: 'a', date: '2021-01-01', actors: ['tencent'] },
      { id: 'b', date: '2021-02-01', actors: ['tencent'] },
      { id: 'c', date: '2021-03-01', actors: ['miit'] },
    ]);
    const set = buildLanes(two.events, 'actor', two.facets.actor, NO_FILTERS, laneNamesFor('None'));
    expect(set.lanes.map((l) => l.id)).toEqual(['tencent', 'miit']);
  });

  it(`draw an event shared by ${SHARED_AT} or more actors once, in its first actor's lane, naming them all`, () => {
    const meeting = timelineData([
      { id: 'm', date: '2021-09-09', actors: ['miit', 'alibaba', 'tencent', 'bytedance'] },
      { id: 'x', date: '2021-09-10', actors: ['tencent', 'miit'] },
      { id: 'y', date: '2021-09-11', actors: ['tencent', 'miit'] },
    ]);
    const set = buildLanes(meeting.events, 'actor', meeting.facets.actor, NO_FILTERS, laneNamesFor('None'));
    expect(set.lanesOf.get('m')).toEqual(['miit']);
    expect(set.lanes.map((l) => l.id)).toEqual(['tencent', 'miit']);
    expect(set.sharedWith.get('m')).toEqual(['MIIT', 'Alibaba', 'WeChat / Tencent', 'ByteDance']);
    expect(set.sharedWith.has('x')).toBe(false);
    // Three actors still echo in each lane.
    expect(set.lanesOf.get('x')).toEqual(['tencent', 'miit']);
  });

  it('put rules for every platform in a first lane of their own, not in each platform lane', () => {
    const rules = timelineData([
      { id: 'all', date: '2021-05-14', platforms: ['taobao', 'douyin', 'jd'] },
      { id: 't1', date: '2021-06-01', platforms: ['taobao'] },
      { id: 't2', date: '2021-07-01', platforms: ['taobao'] },
      { id: 'none', date: '2021-08-01' },
    ]);
    expect(rules.byId.get('all')!.allPlatforms).toBe(true);
    const set = buildLanes(rules.events, 'platform', rules.facets.platform, NO_FILTERS, laneNamesFor('No platform named'));
    expect(set.lanes.map((l) => [l.id, l.name])).toEqual([
      [ALL_LANE, 'All platforms'],
      ['taobao', 'Taobao'],
      [NONE_LANE, 'No platform named'],
    ]);
    expect(set.lanesOf.get('all')).toEqual([ALL_LANE]);
  });

  it('gather events naming no platform in a last lane', () => {
    const set = buildLanes(data.events, 'platform', data.facets.platform, NO_FILTERS, laneNamesFor('No platform named'));
    expect(data.events.some((e) => e.allPlatforms)).toBe(false);
    expect(set.lanes.map((l) => [l.id, l.name])).toEqual([
      ['taobao', 'Taobao'],
      ['douyin', 'Douyin'],
      [NONE_LANE, 'No platform named'],
    ]);
    expect(ids(set.lanes[2]!.events)).toEqual(['d']);
  });

  it('show only the chosen lanes when the lanes’ own facet is filtered', () => {
    const filters = { ...NO_FILTERS, actor: ['miit'] };
    const events = filterEvents(data.events, { filters, query: '' });
    const set = buildLanes(events, 'actor', data.facets.actor, filters, laneNamesFor('None'));
    expect(set.lanes.map((l) => l.id)).toEqual(['miit']);
    expect(set.lanesOf.get('b')).toEqual(['miit']);
  });
});
