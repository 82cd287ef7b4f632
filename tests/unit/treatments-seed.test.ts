/**
 * The treatment engine against the real seed dataset, re-coded by the codebook: the dates and
 * values asserted here are what the five sources say (see content/events and
 * /work/shared/sources), cell by cell — nothing from the 2018 launch, opinion where only Pei
 * Pei's commentary speaks, everything known of private and group chats ended by the update
 * of 30 November, and only what E-commerce Online tested after it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../src/lib/event-order.ts';
import { cellStateAt, diff, dimensionsOf, eventDiff, history, indexTreatments, opinionSourceIds, stateAt, type CellState } from '../../src/lib/treatments/index.ts';
import { isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';

const result = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
if (!result.ok) throw new Error('seed content invalid');
const content = result.content;
const index = indexTreatments(sortEvents(content.events).map((e) => e.data), dimensionsOf(content.reference), { opinionSources: opinionSourceIds(content.sources) });
const platforms = content.reference.platforms.map((p) => p.id);
const cell = (platform: string, surface: string, day: string, link = 'general') => cellStateAt(index, { platform, surface, link }, parseIsoDay(day));
/** Nothing known: no level, no capability. */
const unknown = (c: CellState) => c.level === undefined && Object.keys(c.capabilities).length === 0;
const PEI = 'pei-2021-09-19';
const CNBETA = 'cnbeta-2021-11-29';
const DIANSHANG = 'dianshang-2021-12-01';

describe('the mini-program surface', () => {
  it('knows nothing before 2021-05-20: the 2018 launch codes no platform', () => {
    expect(index.statements.some((s) => s.event === 'mini-program-open-app-launch')).toBe(false);
    for (const p of platforms) {
      for (const day of ['2018-12-31', '2019-06-01', '2021-05-19']) expect(unknown(cell(p, 'mini-program', day)), `${p} on ${day}`).toBe(true);
    }
  });

  it('from 2021-05-20 no platform can offer to open its app, and no level is known', () => {
    for (const p of platforms) {
      const s = cell(p, 'mini-program', '2021-05-20');
      expect(s.capabilities['offers-open-app']).toMatchObject({ value: 'no', since: parseIsoDay('2021-05-20'), opinion: false });
      expect(s.capabilities['offers-open-app']!.origin).toMatchObject({ event: 'mini-program-open-app-ends', basis: 'change' });
      expect(s.level).toBeUndefined();
      // Still so on the last day of the data: nothing ended or changed it.
      expect(cell(p, 'mini-program', '2021-12-01').capabilities['offers-open-app']?.value).toBe('no');
    }
  });

  it('the diff 2021-05-19 → 2021-05-20 is one row per platform, a change, caused by the shutdown', () => {
    const d = diff(index, '2021-05-19', '2021-05-20');
    expect(d.rows).toHaveLength(platforms.length);
    expect(d.rows.map((r) => r.platform)).toEqual(platforms);
    for (const r of d.rows) {
      expect(r).toMatchObject({ surface: 'mini-program', link: 'general', attribute: 'offers-open-app', after: 'no', basis: 'change', opinion: false });
      expect(r.before).toBeUndefined();
      expect(r.statements.map((s) => s.event)).toEqual(['mini-program-open-app-ends']);
    }
  });
});

describe('Taobao in one-to-one chat (links of any kind)', () => {
  it('is unknown on 2021-09-16', () => {
    expect(unknown(cell('taobao', 'private-chat', '2021-09-16'))).toBe(true);
  });

  it('from 2021-09-17: a plain page that opens directly, resting on Pei Pei’s opinion piece alone', () => {
    const s = cell('taobao', 'private-chat', '2021-09-17');
    expect(s.level).toMatchObject({ value: 'plain-page', since: parseIsoDay('2021-09-17'), sources: [PEI], opinion: true });
    expect(s.capabilities['opens-directly']).toMatchObject({ value: 'yes', since: parseIsoDay('2021-09-17'), sources: [PEI], opinion: true });
    expect(s.level!.origin).toMatchObject({ event: 'private-chat-opening', basis: 'change' });
  });

  it('on 2021-11-29 cnBeta confirms it opens (no longer opinion alone) and adds what it reports', () => {
    const s = cell('taobao', 'private-chat', '2021-11-29');
    expect(s.capabilities['opens-directly']).toMatchObject({ value: 'yes', since: parseIsoDay('2021-09-17'), sources: [PEI, CNBETA], opinion: false });
    expect(s.capabilities['needs-open-in-browser']).toMatchObject({ value: 'yes', sources: [CNBETA], opinion: false });
    expect(s.capabilities['card-preview']).toMatchObject({ value: 'no', sources: [CNBETA] });
    expect(s.capabilities['wechat-pay']).toMatchObject({ value: 'no', sources: [CNBETA] });
    // The level still rests on Pei Pei alone: cnBeta says it opens, not which interfaces it has.
    expect(s.level).toMatchObject({ value: 'plain-page', opinion: true });
  });

  it('on 2021-11-30 the update ends every value', () => {
    expect(unknown(cell('taobao', 'private-chat', '2021-11-30'))).toBe(true);
  });

  it('on 2021-12-01 E-commerce Online’s test: opens directly, must log in again, Alipay and bank cards; no WeChat Pay, no level', () => {
    const s = cell('taobao', 'private-chat', '2021-12-01');
    expect(s.capabilities['opens-directly']).toMatchObject({ value: 'yes', since: parseIsoDay('2021-12-01'), sources: [DIANSHANG], opinion: false });
    expect(s.capabilities['opens-directly']!.origin).toMatchObject({ event: 'taobao-login-douyin-token', basis: 'report' });
    for (const capability of ['must-relogin', 'alipay', 'bank-card']) expect(s.capabilities[capability], capability).toMatchObject({ value: 'yes', sources: [DIANSHANG] });
    expect(s.capabilities['wechat-pay']).toBeUndefined();
    expect(s.level).toBeUndefined();
    expect(Object.keys(s.capabilities).sort()).toEqual(['alipay', 'bank-card', 'must-relogin', 'opens-directly']);
  });
});

describe('Taobao and Douyin in group chats', () => {
  it('do not open directly from 2021-09-19, a report resting on opinion alone, ended on 2021-11-30', () => {
    for (const p of ['taobao', 'douyin']) {
      expect(unknown(cell(p, 'group-chat', '2021-09-18')), p).toBe(true);
      const s = cell(p, 'group-chat', '2021-09-19');
      expect(s.capabilities['opens-directly'], p).toMatchObject({ value: 'no', since: parseIsoDay('2021-09-19'), sources: [PEI], opinion: true });
      expect(s.capabilities['opens-directly']!.origin).toMatchObject({ event: 'three-paths-opinion', basis: 'report' });
      expect(cell(p, 'group-chat', '2021-11-29').capabilities['opens-directly']?.value, p).toBe('no');
      expect(unknown(cell(p, 'group-chat', '2021-11-30')), p).toBe(true);
    }
  });

  it('Taobao opens again from 2021-12-01', () => {
    expect(cell('taobao', 'group-chat', '2021-12-01').capabilities['opens-directly']).toMatchObject({ value: 'yes', since: parseIsoDay('2021-12-01'), sources: [DIANSHANG], opinion: false });
  });

  it('Douyin’s links of any kind stay unknown after 2021-11-30; its product links are a text token that does not open, from 2021-12-01', () => {
    for (const surface of ['private-chat', 'group-chat']) {
      expect(unknown(cell('douyin', surface, '2021-12-01')), surface).toBe(true);
      expect(unknown(cell('douyin', surface, '2021-11-30', 'product')), surface).toBe(true);
      const product = cell('douyin', surface, '2021-12-01', 'product');
      expect(product.level, surface).toMatchObject({ value: 'token-only', since: parseIsoDay('2021-12-01'), sources: [DIANSHANG] });
      expect(product.capabilities['opens-directly'], surface).toMatchObject({ value: 'no', sources: [DIANSHANG] });
    }
  });
});

describe('JD in one-to-one chat', () => {
  it('on 2021-11-29: opens directly, a card, offers its app, no Alipay (and nothing said of bank cards)', () => {
    const s = cell('jd', 'private-chat', '2021-11-29');
    expect(s.capabilities['opens-directly']).toMatchObject({ value: 'yes', sources: [CNBETA] });
    expect(s.capabilities['card-preview']?.value).toBe('yes');
    expect(s.capabilities['offers-open-app']?.value).toBe('yes');
    expect(s.capabilities.alipay?.value).toBe('no');
    expect(s.capabilities['bank-card']).toBeUndefined();
    expect(s.level).toBeUndefined();
    expect(unknown(cell('jd', 'private-chat', '2021-11-28'))).toBe(true);
  });

  it('is unknown from 2021-11-30', () => {
    expect(unknown(cell('jd', 'private-chat', '2021-11-30'))).toBe(true);
    expect(unknown(cell('jd', 'private-chat', '2021-12-01'))).toBe(true);
  });
});

describe('Moments, own mini programs, and cells no source speaks to', () => {
  it('product links cannot be shared directly to Moments, for every platform, from 2021-09-19 (opinion), and the update of 30 November does not end it', () => {
    for (const p of platforms) {
      expect(unknown(cell(p, 'moments', '2021-09-18', 'product')), p).toBe(true);
      for (const day of ['2021-09-19', '2021-11-30', '2021-12-01']) {
        expect(cell(p, 'moments', day, 'product').capabilities['direct-share'], `${p} on ${day}`).toMatchObject({ value: 'no', since: parseIsoDay('2021-09-19'), sources: [PEI], opinion: true });
      }
    }
  });

  it('from 2021-12-01 Ele.me’s and Youku’s own mini programs are open in WeChat, Taobao’s not', () => {
    for (const p of ['eleme', 'youku']) {
      expect(cell(p, 'own-mini-program', '2021-12-01').capabilities['has-mini-program'], p).toMatchObject({ value: 'yes', since: parseIsoDay('2021-12-01'), sources: [DIANSHANG] });
      expect(unknown(cell(p, 'own-mini-program', '2021-11-30')), p).toBe(true);
    }
    expect(cell('taobao', 'own-mini-program', '2021-12-01').capabilities['has-mini-program']).toMatchObject({ value: 'no', sources: [DIANSHANG] });
    for (const p of platforms.filter((x) => !['eleme', 'youku', 'taobao'].includes(x))) expect(unknown(cell(p, 'own-mini-program', '2021-12-01')), p).toBe(true);
  });

  it('Beike in private and group chats is unknown on every day, for every kind of link', () => {
    const first = parseIsoDay('2018-01-01');
    const last = parseIsoDay('2022-12-31');
    for (let day = first; day <= last; day++) {
      for (const surface of ['private-chat', 'group-chat']) {
        for (const link of index.dims.linkKinds) expect(unknown(cellStateAt(index, { platform: 'beike', surface, link }, day)), `${surface}/${link} on ${isoDay(day)}`).toBe(true);
      }
    }
  });

  it('knows nothing before the first event', () => {
    const m = stateAt(index, '2017-06-01');
    expect(m.cells.length).toBeGreaterThan(0);
    expect(m.cells.every(unknown)).toBe(true);
  });
});

describe('diff on the seed data', () => {
  it('2021-11-29 → 2021-11-30: every row is a value the group-chat update ended, none in Moments or mini programs', () => {
    const d = diff(index, '2021-11-29', '2021-11-30');
    expect(d.rows.length).toBeGreaterThan(0);
    for (const r of d.rows) {
      const where = `${r.platform}/${r.surface}/${r.link}/${r.attribute}`;
      expect(r.before, where).toBeDefined();
      expect(r.after, where).toBeUndefined();
      expect(r.ended, where).toBe(true);
      expect(r.statements.map((s) => s.event), where).toEqual(['group-chat-opening']);
      expect(r.support.map((s) => s.event), where).toEqual(['group-chat-opening']);
      expect(['private-chat', 'group-chat'], where).toContain(r.surface);
    }
    // Exactly the values known on the 29th in private and group chats.
    const known = stateAt(index, '2021-11-29').cells.filter((c) => c.surface === 'private-chat' || c.surface === 'group-chat');
    expect(d.rows).toHaveLength(known.reduce((n, c) => n + (c.level ? 1 : 0) + Object.keys(c.capabilities).length, 0));
    expect(d.rows.some((r) => r.surface === 'moments' || r.surface === 'mini-program')).toBe(false);
  });

  it('is empty between two days with nothing in between, and refuses from after to', () => {
    expect(diff(index, '2020-01-01', '2020-06-01').rows).toEqual([]);
    expect(() => diff(index, '2021-12-01', '2021-11-01')).toThrow('from (2021-12-01) is after to (2021-11-01)');
  });

  it('orders rows by platform, surface, link kind, then level before capabilities', () => {
    const d = diff(index, '2021-01-01', '2021-11-29');
    const platformOrder = content.reference.platforms.map((p) => p.id);
    const positions = d.rows.map((r) => platformOrder.indexOf(r.platform));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const taobao = d.rows.filter((r) => r.platform === 'taobao' && r.surface === 'private-chat' && r.link === 'general');
    expect(taobao.map((r) => r.attribute)).toEqual(['level', ...index.dims.capabilities.filter((c) => taobao.some((r) => r.attribute === c))]);
  });

  it('gives each event its own small diff, and none to events without treatments', () => {
    const d = eventDiff(index, 'group-chat-opening')!;
    expect(d.fromIso).toBe('2021-11-29');
    expect(d.rows.every((r) => r.statements.some((s) => s.event === 'group-chat-opening'))).toBe(true);
    expect(eventDiff(index, 'mini-program-open-app-launch')).toBeUndefined();
    expect(eventDiff(index, 'huiju-launch')).toBeUndefined();
  });
});

describe('history', () => {
  it('Taobao in group chats: not opening from 2021-09-19 to the update, nothing known on 30 November, open again from 1 December', () => {
    const h = history(index, 'taobao');
    const group = h.find((c) => c.surface === 'group-chat' && c.link === 'general')!;
    expect(group.periods.map((p) => [isoDay(p.from), p.until === undefined ? null : isoDay(p.until), p.state.capabilities['opens-directly']?.value ?? null])).toEqual([
      ['2021-09-19', '2021-11-30', 'no'],
      ['2021-12-01', null, 'yes'],
    ]);
    // Every surface appears, even with no data; link kinds only where sources distinguish them.
    expect(new Set(h.map((c) => c.surface))).toEqual(new Set(content.reference.surfaces.map((s) => s.id)));
    expect(h.filter((c) => c.surface === 'group-chat').map((c) => c.link)).toEqual(['general', 'product', 'content', 'app-share']);
  });
});
