import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';
import { dayNumber } from '../../src/model/calendar-date.ts';
import { seedData, timelineData } from '../support/timeline-fixtures.ts';
import { content } from '../support/site.ts';

describe('timeline payload', () => {
  const data = timelineData([
    { id: 'year', date: '2018' },
    { id: 'month', date: '2020-12', actors: ['miit', 'tencent'], platforms: ['douyin', 'taobao'] },
    { id: 'day', date: '2021-05-14', effective: '2021-05-19' },
    { id: 'timed', date: '2021-11-29', effective: '2021-11-30 00:00', sources: ['op-1'] },
    { id: 'one', date: '2021-12-01', actors: ['tencent'], platforms: ['taobao'] },
    { id: 'other', date: '2021-12-02', actors: ['miit'], platforms: ['taobao'] },
  ]);
  const e = (id: string) => data.byId.get(id)!;

  it('gives each event the days its date covers, whatever its precision', () => {
    expect([e('year').start, e('year').end]).toEqual([dayNumber(2018, 1, 1), dayNumber(2019, 1, 1)]);
    expect([e('month').start, e('month').end]).toEqual([dayNumber(2020, 12, 1), dayNumber(2021, 1, 1)]);
    expect([e('day').start, e('day').end]).toEqual([dayNumber(2021, 5, 14), dayNumber(2021, 5, 15)]);
    expect(e('year').precision).toBe('year');
    expect(e('day').precision).toBe('day');
  });

  it('places the effective time on the day axis: midday without a time, the stated CST time with one', () => {
    expect(e('day').effective).toBe(dayNumber(2021, 5, 19) + 0.5);
    expect(e('timed').effective).toBe(dayNumber(2021, 11, 30));
    expect(e('year').effective).toBeUndefined();
  });

  it('carries labels formatted by the site’s own date formatting, in the page language', () => {
    expect(e('month').dateLabel).toBe(formatDate('2020-12', 'en'));
    expect(e('timed').effectiveLabel).toBe('30 November 2021, 00:00 CST');
    const zh = timelineData([{ id: 'timed', date: '2021-11-29', effective: '2021-11-30 00:00' }], 'zh');
    expect(zh.byId.get('timed')!.effectiveLabel).toBe('2021年11月30日 00:00（北京时间）');
  });

  it('keeps ids per facet in the content’s order, and the reference lists in theirs', () => {
    expect(e('month').facets.actor).toEqual(['miit', 'tencent']);
    expect(e('month').facets.platform).toEqual(['douyin', 'taobao']);
    // One id or none: read right whether the list is the event's own or shared.
    expect(e('one').facets.actor).toEqual(['tencent']);
    expect(e('other').facets.actor).toEqual(['miit']);
    expect(e('one').facets.platform).toEqual(['taobao']);
    expect(e('other').facets.platform).toEqual(['taobao']);
    expect(e('year').facets.tag).toEqual([]);
    expect(data.facets.actor.map((a) => a.id)).toEqual(['tencent', 'miit', 'alibaba', 'bytedance']);
    expect(data.names.platform.get('jd')).toBe('JD.com');
  });

  it('marks events that rest only on opinion, and lists their sources', () => {
    expect(e('timed').opinion).toBe(true);
    expect(e('day').opinion).toBe(false);
    expect(e('timed').sources.map((i) => data.sources[i]!.kind)).toEqual(['opinion']);
  });

  it('lets the search box match title, summary, names and id, in lower case', () => {
    expect(e('month').text).toContain('event month');
    expect(e('month').text).toContain('summary of month');
    expect(e('month').text).toContain('douyin');
    expect(e('month').text).toContain('miit');
  });

  it('keeps the site’s time order and every seed event', () => {
    const seed = seedData('zh');
    expect(seed.events.map((x) => x.id)).toEqual(content().events.map((x) => x.data.id));
    expect(seed.events.map((x) => x.index)).toEqual(seed.events.map((_, i) => i));
    expect(seed.facets.actor[0]!.id).toBe('tencent');
  });
});
