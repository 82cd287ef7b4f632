/** The treatment engine against the real seed dataset. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../src/lib/event-order.ts';
import { cellStateAt, diff, dimensionsOf, eventDiff, history, indexTreatments, opinionSourceIds, stateAt } from '../../src/lib/treatments/index.ts';
import { isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';

const result = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
if (!result.ok) throw new Error('seed content invalid');
const content = result.content;
const index = indexTreatments(sortEvents(content.events).map((e) => e.data), dimensionsOf(content.reference), { opinionSources: opinionSourceIds(content.sources) });
const cell = (platform: string, surface: string, day: string, link = 'general') =>
  cellStateAt(index, { platform, surface, link }, parseIsoDay(day));

describe('treatment state from the seed data', () => {
  it('Taobao in group chat: not opening directly before 2021-11-30, a plain page from that day', () => {
    const before = cell('taobao', 'group-chat', '2021-11-29');
    expect(before.level).toBeUndefined();
    expect(before.capabilities['opens-directly']).toMatchObject({ value: 'no', since: parseIsoDay('2021-09-17') });
    expect(before.capabilities['opens-directly']!.origin.basis).toBe('report');

    const after = cell('taobao', 'group-chat', '2021-11-30');
    expect(after.level).toMatchObject({ value: 'plain-page', since: parseIsoDay('2021-11-30') });
    expect(after.level!.origin).toMatchObject({ event: 'group-chat-opening', basis: 'change', date: '2021-11-30 00:00' });
    expect(after.level!.sources).toEqual(['cnbeta-2021-11-29', 'dianshang-2021-12-01']);
    expect(after.capabilities['opens-directly']!.value).toBe('yes');
  });

  it('Douyin product links are still a text token after the group-chat opening', () => {
    for (const surface of ['private-chat', 'group-chat']) {
      const s = cell('douyin', surface, '2021-12-01', 'product');
      expect(s.level?.value).toBe('token-only');
      expect(s.capabilities['opens-directly']?.value).toBe('no');
    }
    // Nothing is claimed for the day of the opening itself: the report came on 1 December.
    expect(cell('douyin', 'group-chat', '2021-11-30', 'product').level).toBeUndefined();
  });

  it('the mini-program surface closes for every platform from 2021-05-19', () => {
    const platforms = content.reference.platforms.map((p) => p.id);
    for (const p of platforms) {
      expect(cell(p, 'mini-program', '2021-05-18').level?.value).toBe('mini-program');
      expect(cell(p, 'mini-program', '2021-05-19').level?.value).toBe('blocked');
      expect(cell(p, 'mini-program', '2021-05-19').capabilities['offers-open-app']?.value).toBe('no');
    }
    const d = diff(index, '2021-05-18', '2021-05-19');
    expect(d.rows).toHaveLength(platforms.length * 2);
    expect(new Set(d.rows.map((r) => r.platform))).toEqual(new Set(platforms));
    expect(d.rows.every((r) => r.basis === 'change' && r.statements[0]!.event === 'mini-program-open-app-ends')).toBe(true);
  });

  it('counts a year-precision change only from the end of its year', () => {
    expect(cell('jd', 'mini-program', '2018-06-01').level).toBeUndefined();
    expect(cell('jd', 'mini-program', '2018-12-31').level?.value).toBe('mini-program');
    expect(isoDay(cell('jd', 'mini-program', '2019-01-01').level!.origin.uncertainFrom)).toBe('2018-01-01');
  });

  it('knows nothing before the first event', () => {
    const m = stateAt(index, '2017-06-01');
    expect(m.cells.length).toBeGreaterThan(0);
    expect(m.cells.every((c) => c.level === undefined && Object.keys(c.capabilities).length === 0)).toBe(true);
  });

  it('keeps "since" at the change when later reports confirm it, and gathers their sources', () => {
    const s = cell('taobao', 'private-chat', '2021-12-01');
    expect(s.capabilities['opens-directly']).toMatchObject({ value: 'yes', since: parseIsoDay('2021-09-17') });
    expect(s.capabilities['opens-directly']!.sources).toEqual(['pei-2021-09-19', 'cnbeta-2021-11-29', 'dianshang-2021-12-01']);
  });

  it('records link kinds separately instead of blurring them', () => {
    expect(cell('taobao', 'group-chat', '2021-12-01', 'app-share').level?.value).toBe('token-only');
    expect(cell('taobao', 'group-chat', '2021-12-01', 'product').capabilities['opens-directly']?.value).toBe('yes');
    expect(cell('taobao', 'group-chat', '2021-12-01').level?.value).toBe('plain-page');
  });

  it('never fills a cell no source speaks to', () => {
    for (const platform of ['eleme', 'youku', 'beike']) {
      for (const surface of ['private-chat', 'group-chat']) {
        const s = cell(platform, surface, '2021-12-31');
        expect(s.level).toBeUndefined();
        expect(s.capabilities).toEqual({});
      }
    }
  });
});

describe('diff on the seed data', () => {
  it('2021-11-29 → 2021-11-30 is exactly the Taobao group-chat opening', () => {
    const d = diff(index, '2021-11-29', '2021-11-30');
    expect(d.rows.map((r) => [r.platform, r.surface, r.link, r.attribute, r.before, r.after, r.basis])).toEqual([
      ['taobao', 'group-chat', 'general', 'level', undefined, 'plain-page', 'change'],
      ['taobao', 'group-chat', 'general', 'opens-directly', 'no', 'yes', 'change'],
    ]);
    expect(d.rows[0]!.statements.map((s) => s.event)).toEqual(['group-chat-opening']);
  });

  it('is empty between two days with nothing in between, and refuses from after to', () => {
    expect(diff(index, '2020-01-01', '2020-06-01').rows).toEqual([]);
    expect(() => diff(index, '2021-12-01', '2021-11-01')).toThrow('from (2021-12-01) is after to (2021-11-01)');
  });

  it('orders rows by platform, surface, link kind, then level before capabilities', () => {
    const d = diff(index, '2021-01-01', '2021-12-31');
    const platformOrder = content.reference.platforms.map((p) => p.id);
    const positions = d.rows.map((r) => platformOrder.indexOf(r.platform));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const taobao = d.rows.filter((r) => r.platform === 'taobao' && r.surface === 'private-chat' && r.link === 'general');
    expect(taobao[0]!.attribute).toBe('level');
  });

  it('gives each event its own small diff', () => {
    const d = eventDiff(index, 'group-chat-opening')!;
    expect(d.fromIso).toBe('2021-11-29');
    expect(d.rows.every((r) => r.statements.some((s) => s.event === 'group-chat-opening'))).toBe(true);
    expect(eventDiff(index, 'huiju-launch')).toBeUndefined();
  });
});

describe('history', () => {
  it('gives Taobao a period per change on each surface and link kind', () => {
    const h = history(index, 'taobao');
    const group = h.find((c) => c.surface === 'group-chat' && c.link === 'general')!;
    expect(group.periods.map((p) => [isoDay(p.from), p.until === undefined ? null : isoDay(p.until), p.state.level?.value ?? null])).toEqual([
      ['2021-09-17', '2021-11-30', null],
      ['2021-11-30', '2021-12-01', 'plain-page'],
      ['2021-12-01', null, 'plain-page'],
    ]);
    // Every surface appears, even with no data; link kinds only where sources distinguish them.
    expect(new Set(h.map((c) => c.surface))).toEqual(new Set(content.reference.surfaces.map((s) => s.id)));
    expect(h.filter((c) => c.surface === 'group-chat').map((c) => c.link)).toEqual(['general', 'product', 'content', 'app-share']);
  });
});
