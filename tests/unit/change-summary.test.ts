/**
 * Change summaries in plain language, from real engine output: a small hand-made index (one
 * row, many rows, an ending, a first report, an opinion) and the seed content, in both
 * languages.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryMessages } from '../../src/i18n/summary-messages.ts';
import { changeSummary, listText, type SummaryNames } from '../../src/lib/change-summary.ts';
import { sortEvents } from '../../src/lib/event-order.ts';
import { sourceWho } from '../../src/lib/source-text.ts';
import { diff, dimensionsOf, eventDiff, indexTreatments, keyChangeRanges, latestChange, opinionSourceIds, type Dimensions } from '../../src/lib/treatments/index.ts';
import { isoDay } from '../../src/model/calendar-date.ts';
import { eventSchema, type EventData } from '../../src/model/event.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { TreatmentData } from '../../src/model/treatment.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';

const dims: Dimensions = {
  platforms: ['taobao', 'douyin', 'jd', 'pdd', 'ks', 'bili', 'meituan'],
  surfaces: ['group-chat', 'mp-app'],
  linkKinds: ['general', 'product'],
  levels: ['plain', 'blocked'],
  capabilities: ['opens', 'pays'],
};
const fixtureNames = (lang: Lang): SummaryNames => {
  const zh = lang === 'zh';
  return {
    lang,
    platforms: [
      { id: 'taobao', name: zh ? '淘宝' : 'Taobao' },
      { id: 'douyin', name: zh ? '抖音' : 'Douyin' },
      { id: 'jd', name: zh ? '京东' : 'JD.com' },
      { id: 'pdd', name: zh ? '拼多多' : 'Pinduoduo' },
      { id: 'ks', name: zh ? '快手' : 'Kuaishou' },
      { id: 'bili', name: zh ? '哔哩哔哩' : 'Bilibili' },
      { id: 'meituan', name: zh ? '美团' : 'Meituan' },
    ],
    surfaces: [
      { id: 'group-chat', name: zh ? '群聊' : 'Group chat' },
      { id: 'mp-app', name: zh ? '小程序打开 App' : 'Mini program → App' },
    ],
    linkKinds: [
      { id: 'general', name: zh ? '链接（未区分）' : 'Links (any kind)' },
      { id: 'product', name: zh ? '商品链接' : 'Product links' },
    ],
    levels: [
      { id: 'plain', name: zh ? '普通网页' : 'Plain page' },
      { id: 'blocked', name: zh ? '屏蔽' : 'Blocked' },
    ],
    capabilities: [
      { id: 'opens', name: zh ? '可直接打开' : 'Opens directly' },
      { id: 'pays', name: zh ? '需“在浏览器打开”' : 'Needs "open in browser"' },
    ],
    sources: { s: { who: zh ? '某报' : 'A Daily' }, op: { who: zh ? '裴培' : 'Pei Pei' } },
  };
};

type T = Partial<TreatmentData> & Pick<TreatmentData, 'platforms' | 'surfaces'>;
function event(id: string, date: string, treatments: T[], sources = ['s']): EventData {
  return eventSchema.parse({
    id,
    date,
    title: { zh: id, en: id },
    summary: { zh: id, en: id },
    actors: ['x'],
    sources,
    treatments: treatments.map((t) => ({ basis: 'change', sources: [sources[0]], evidence: [{ source: sources[0], quote: `words of ${sources[0]}` }], ...t })),
  });
}
const index = indexTreatments(
  sortEvents(
    [
      event('blocked', '2021-11-01', [{ platforms: ['taobao'], surfaces: ['group-chat'], level: 'blocked', capabilities: { opens: 'no' } }]),
      event('opening', '2021-11-30', [{ platforms: ['taobao'], surfaces: ['group-chat'], level: 'plain', capabilities: { opens: 'yes' } }]),
      event('all-mp', '2021-05-20', [{ platforms: 'all', surfaces: ['mp-app'], capabilities: { opens: 'no' } }]),
      event('reported', '2021-12-01', [{ platforms: ['jd'], surfaces: ['group-chat'], basis: 'report', capabilities: { opens: 'yes', pays: 'yes' } }]),
      event('opinion', '2021-09-19', [{ platforms: ['douyin'], surfaces: ['group-chat'], link: 'product', basis: 'report', capabilities: { opens: 'no' } }], ['op']),
      event('ends', '2021-12-05', [{ platforms: ['taobao'], surfaces: ['group-chat'], ends: true }]),
    ].map((data) => ({ data })),
  ).map((e) => e.data),
  dims,
  { opinionSources: new Set(['op']) },
);
const summary = (lang: Lang, from: string, to: string, limit?: number) => changeSummary(diff(index, from, to), fixtureNames(lang), summaryMessages(lang), limit ? { limit } : {});
const ofEvent = (lang: Lang, id: string) => changeSummary(eventDiff(index, id)!, fixtureNames(lang), summaryMessages(lang), { tableBelow: false });

describe('change summaries on a small index', () => {
  it('one row changed: the day, the platform, the surface, from and to, in both languages', () => {
    expect(summary('en', '2021-11-29', '2021-11-30')).toEqual({
      lead: 'On 30 November 2021:',
      items: ['Links to Taobao in group chat: the treatment went from “Blocked” to “Plain page”; “Opens directly” went from “no” to “yes”.'],
      hidden: 0,
      text: 'On 30 November 2021: Links to Taobao in group chat: the treatment went from “Blocked” to “Plain page”; “Opens directly” went from “no” to “yes”.',
    });
    expect(summary('zh', '2021-11-29', '2021-11-30')!.text).toBe('2021年11月30日：淘宝的链接在群聊中：待遇由“屏蔽”变为“普通网页”；“可直接打开”由“否”变为“是”。');
  });

  it('many platforms alike are one sentence, the list capped (serial comma; 、 and 等 in Chinese; a space before Latin)', () => {
    expect(summary('en', '2021-05-19', '2021-05-20')!.items).toEqual([
      'Links to Taobao, Douyin, JD.com, Pinduoduo, Kuaishou, and 2 other platforms in mini program → App: “Opens directly” became “no”.',
    ]);
    expect(summary('zh', '2021-05-19', '2021-05-20')!.items).toEqual(['淘宝、抖音、京东、拼多多、快手等 7 个平台的链接在小程序打开 App 中：“可直接打开”变为“否”。']);
  });

  it('a first report is never called a change; values alike are told together; quotes inside names become single', () => {
    const en = ofEvent('en', 'reported')!;
    expect(en.items).toEqual(['Links to JD.com in group chat: “Opens directly” and “Needs ‘open in browser’” were first reported as “yes”.']);
    expect(en.text).not.toMatch(/chang|became|went/);
    expect(ofEvent('zh', 'reported')!.items).toEqual(['京东的链接在群聊中：首次报道“可直接打开”、“需‘在浏览器打开’”为“是”。']);
  });

  it('a value resting on opinion alone says whose opinion it is; the link kind is named', () => {
    expect(ofEvent('en', 'opinion')!.items).toEqual(['Links to Douyin in group chat (Product links): “Opens directly” was first reported as “no” (in the opinion of Pei Pei).']);
    expect(ofEvent('zh', 'opinion')!.items).toEqual(['抖音的链接在群聊中（商品链接）：首次报道“可直接打开”为“否”（这是裴培的观点）。']);
  });

  it('an ending is said plainly, never as a new value', () => {
    const en = ofEvent('en', 'ends')!;
    expect(en.items).toEqual(['Links to Taobao in group chat: no source describes the treatment and “Opens directly” after this.']);
    expect(en.text).not.toMatch(/became|went from|“no source”/i);
    expect(ofEvent('zh', 'ends')!.items).toEqual(['淘宝的链接在群聊中：此后没有来源再说明待遇、“可直接打开”。']);
  });

  it('a long diff is capped: the rest is counted, pointing at the table below (or not)', () => {
    const s = summary('en', '2021-05-19', '2021-12-01', 1)!;
    expect(s.lead).toBe('Between 19 May 2021 and 1 December 2021:');
    expect(s.items).toEqual(['Links to Taobao in group chat: the treatment became “Plain page”; “Opens directly” became “yes”.']);
    // Taobao's two rows are told; the other ten (seven platforms' mini programs, JD.com's two reports, Douyin's opinion) are counted.
    expect(diff(index, '2021-05-19', '2021-12-01').rows).toHaveLength(12);
    expect(s.hidden).toBe(10);
    expect(s.more).toBe(`And ${s.hidden} more in the table below.`);
    expect(summary('zh', '2021-05-19', '2021-12-01', 1)!.more).toBe(`另有 ${s.hidden} 项，见下表。`);
    expect(changeSummary(diff(index, '2021-05-19', '2021-12-01'), fixtureNames('en'), summaryMessages('en'), { limit: 1, tableBelow: false })!.more).toBe(`And ${s.hidden} more.`);
  });

  it('a longer range whose changes all took effect on its last day is told as that day', () => {
    expect(summary('en', '2021-11-10', '2021-11-30')!.lead).toBe('On 30 November 2021:');
    expect(summary('zh', '2021-11-10', '2021-11-30')!.lead).toBe('2021年11月30日：');
    expect(summary('zh', '2021-10-10', '2021-11-30')!.lead).toBe('2021年10月10日至2021年11月30日之间：');
  });

  it('nothing differs: no summary', () => {
    expect(summary('en', '2021-06-01', '2021-06-02')).toBeUndefined();
  });

  it('lists read as lists in each language', () => {
    expect(listText(['A'], 'en')).toBe('A');
    expect(listText(['A', 'B'], 'en')).toBe('A and B');
    expect(listText(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(listText(['甲', '乙', '丙'], 'zh')).toBe('甲、乙、丙');
  });
});

describe('change summaries of the seed content', () => {
  const result = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
  if (!result.ok) throw new Error('seed content invalid');
  const content = result.content;
  const seed = indexTreatments(sortEvents(content.events).map((e) => e.data), dimensionsOf(content.reference), { opinionSources: opinionSourceIds(content.sources) });
  const names = (lang: Lang): SummaryNames => {
    const named = (items: readonly { id: string; name: { zh: string; en: string } }[]) => items.map((i) => ({ id: i.id, name: i.name[lang] }));
    const r = content.reference;
    return {
      lang,
      platforms: named(r.platforms),
      surfaces: named(r.surfaces),
      linkKinds: named(r.linkKinds),
      levels: named(r.levels),
      capabilities: named(r.capabilities),
      sources: Object.fromEntries(content.sources.map((s) => [s.id, { who: sourceWho(s, lang) }])),
      events: Object.fromEntries(content.events.map((e) => [e.data.id, { title: e.data.title[lang] }])),
    };
  };
  const ofSeedEvent = (lang: Lang, id: string) => changeSummary(eventDiff(seed, id)!, names(lang), summaryMessages(lang))!;

  it('the latest change (where the diff page opens) is the update of 30 November: 1 December only reported', () => {
    const latest = latestChange(seed)!;
    expect([isoDay(latest.from), isoDay(latest.to)]).toEqual(['2021-11-29', '2021-11-30']);
    expect(keyChangeRanges(seed).map((k) => isoDay(k.to))).toEqual(['2021-05-20', '2021-09-17', '2021-11-30']);
  });

  it('the latest change, found from the latest date back, is the last key change of every history the seed events make, one event added at a time', () => {
    const events = sortEvents(content.events).map((e) => e.data);
    let skipped = 0;
    for (let n = 1; n <= events.length; n++) {
      const index = indexTreatments(events.slice(0, n), dimensionsOf(content.reference), { opinionSources: opinionSourceIds(content.sources) });
      const ms = index.changeDates;
      const last = keyChangeRanges(index).at(-1);
      if (last && last.to !== ms.at(-1)) skipped++;
      // Without a key change: the two latest dates of change, or the one with the day before it.
      const expected = last ? { from: last.from, to: last.to } : ms.length ? { from: ms.at(-2) ?? ms.at(-1)! - 1, to: ms.at(-1)! } : undefined;
      expect(latestChange(index), `the first ${n} events`).toEqual(expected);
    }
    // Some of them end in dates that only report, which the search steps back over.
    expect(skipped).toBeGreaterThan(0);
  });

  it('the end of mini-program app jumps: eleven platforms in one sentence', () => {
    expect(ofSeedEvent('en', 'mini-program-open-app-ends').text).toBe(
      'On 20 May 2021: Links to Taobao, Douyin, JD.com, Pinduoduo, Kuaishou, and 6 other platforms in mini program → App: “Offers to open the app” became “no”.',
    );
    expect(ofSeedEvent('zh', 'mini-program-open-app-ends').text).toBe('2021年5月20日：淘宝、抖音、京东、拼多多、快手等 11 个平台的链接在小程序打开 App 中：“可唤起 App”变为“否”。');
  });

  it('one-to-one chats on 17 September rest on Pei Pei’s commentary alone, and say so once', () => {
    expect(ofSeedEvent('en', 'private-chat-opening').items).toEqual([
      'Links to Taobao and Douyin in one-to-one chat: the treatment became “Plain page”; “Opens directly” became “yes”; “Offers to open the app” became “no” (all in the opinion of Internet Phantom Thieves (WeChat public account)).',
    ]);
    expect(ofSeedEvent('zh', 'private-chat-opening').items).toEqual(['淘宝、抖音的链接在一对一聊天中：待遇变为“普通网页”；“可直接打开”变为“是”；“可唤起 App”变为“否”（均为裴培的观点）。']);
  });

  it('the group-chat update of 30 November ends what was known: said as endings, capped, the rest counted', () => {
    const en = ofSeedEvent('en', 'group-chat-opening');
    expect(en.lead).toBe('On 30 November 2021:');
    expect(en.items[0]).toBe('Links to Taobao in one-to-one chat: no source describes the treatment, “Opens directly”, “Card preview”, and 3 other values after this.');
    expect(en.items.every((i) => i.includes('no source describes'))).toBe(true);
    expect(en.items).toHaveLength(5);
    expect(en.more).toBe('And 4 more in the table below.');
    expect(ofSeedEvent('zh', 'group-chat-opening').items[0]).toBe('淘宝的链接在一对一聊天中：此后没有来源再说明待遇、“可直接打开”、“卡片展示”等 6 项。');
  });

  it('a diff names the general change that ended values (an event’s own summary says “this”)', () => {
    const latest = latestChange(seed)!;
    const d = diff(seed, latest.from, latest.to);
    const title = (lang: Lang) => content.events.find((e) => e.data.id === 'group-chat-opening')!.data.title[lang];
    const en = changeSummary(d, names('en'), summaryMessages('en'), { causes: true })!;
    expect(en.items[0]).toBe(`Links to Taobao in one-to-one chat: no source describes the treatment, “Opens directly”, “Card preview”, and 3 other values after “${title('en')}”.`);
    const zh = changeSummary(d, names('zh'), summaryMessages('zh'), { causes: true })!;
    expect(zh.items[0]).toBe(`淘宝的链接在一对一聊天中：“${title('zh')}”之后，没有来源再说明待遇、“可直接打开”、“卡片展示”等 6 项。`);
    // Without the option (event pages, story steps), "after this".
    expect(changeSummary(d, names('en'), summaryMessages('en'))!.items[0]).toMatch(/after this\.$/);
  });

  it('the hands-on report of 1 December is first reported, never a change', () => {
    const en = ofSeedEvent('en', 'taobao-login-douyin-token');
    expect(en.items[0]).toBe('Links to Taobao in one-to-one chat: “Opens directly”, “Must log in again”, “Alipay”, and “Bank card” were first reported as “yes”.');
    expect(en.text).not.toMatch(/became|went from/);
    expect(ofSeedEvent('zh', 'taobao-login-douyin-token').text).not.toMatch(/变为/);
  });
});
