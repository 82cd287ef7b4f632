import { describe, expect, it } from 'vitest';
import { filterEvents, queryTerms } from '../../src/lib/timeline/filter.ts';
import { buildLanes, NONE_LANE } from '../../src/lib/timeline/lanes.ts';
import { NO_FILTERS } from '../../src/lib/timeline/view.ts';
import { timelineData } from '../support/timeline-fixtures.ts';

const data = timelineData([
  { id: 'a', date: '2021-01-01', actors: ['tencent'], platforms: ['taobao'], surfaces: ['group-chat'], title: 'Group chat opening' },
  { id: 'b', date: '2021-02-01', actors: ['miit', 'tencent'], platforms: ['douyin'], surfaces: ['private-chat'] },
  { id: 'c', date: '2021-03-01', actors: ['alibaba'], platforms: ['taobao', 'douyin'], tags: ['e-commerce'] },
  { id: 'd', date: '2021-04-01', actors: ['bytedance'] },
]);
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const view = (filters: Partial<typeof NO_FILTERS>, query = '') => ({ filters: { ...NO_FILTERS, ...filters }, query });

describe('timeline filters', () => {
  it('show every event when nothing is chosen', () => {
    expect(ids(filterEvents(data.events, view({})))).toEqual(['a', 'b', 'c', 'd']);
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
    const set = buildLanes(data.events, 'actor', data.facets.actor, NO_FILTERS, 'None');
    expect(set.lanes.map((l) => l.id)).toEqual(['tencent', 'miit', 'alibaba', 'bytedance']);
    expect(ids(set.lanes[0]!.events)).toEqual(['a', 'b']);
    expect(ids(set.lanes[1]!.events)).toEqual(['b']);
    // The first lane in lane order is the primary one, whatever order the event names its actors in.
    expect(set.lanesOf.get('b')).toEqual(['tencent', 'miit']);
  });

  it('gather events naming no platform in a last lane', () => {
    const set = buildLanes(data.events, 'platform', data.facets.platform, NO_FILTERS, 'No platform named');
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
    const set = buildLanes(events, 'actor', data.facets.actor, filters, 'None');
    expect(set.lanes.map((l) => l.id)).toEqual(['miit']);
    expect(set.lanesOf.get('b')).toEqual(['miit']);
  });
});
