/**
 * Timeline data for unit tests, always made the way the site makes it (buildPayload then
 * decodePayload): small hand-written events, the real seed content, or many synthetic ones.
 */
import { sortEvents } from '../../src/lib/event-order.ts';
import { timelineStrings } from '../../src/data/timeline.ts';
import { buildPayload } from '../../src/lib/timeline/build-payload.ts';
import { decodePayload, type TimelineData } from '../../src/lib/timeline/payload.ts';
import type { EventData } from '../../src/model/event.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { Source } from '../../src/model/source.ts';
import { random } from '../../bench/generate-content.ts';
import { content } from './site.ts';

export { timelineStrings };

export interface FixtureEvent {
  readonly id: string;
  readonly date: string;
  readonly effective?: string;
  readonly actors?: string[];
  readonly platforms?: string[];
  readonly surfaces?: string[];
  readonly tags?: string[];
  readonly sources?: string[];
  readonly title?: string;
  readonly order?: number;
  /** A milestone label (the same in both languages). */
  readonly milestone?: string;
}

const item = (id: string, en: string, zh = en) => ({ id, name: { zh, en } });

export const FIXTURE_REFERENCE = {
  actor: [item('tencent', 'WeChat / Tencent', '微信 / 腾讯'), item('miit', 'MIIT', '工业和信息化部'), item('alibaba', 'Alibaba', '阿里巴巴'), item('bytedance', 'ByteDance', '字节跳动')],
  platform: [item('taobao', 'Taobao', '淘宝'), item('douyin', 'Douyin', '抖音'), item('jd', 'JD.com', '京东')],
  surface: [item('private-chat', 'One-to-one chat', '一对一聊天'), item('group-chat', 'Group chat', '群聊')],
  tag: [item('regulation', 'Regulation', '监管'), item('e-commerce', 'E-commerce', '电商')],
};

const source = (id: string, kind: Source['kind']): Source => ({
  id,
  publisher: { zh: `出版方${id}`, en: `Publisher ${id}` },
  title: { zh: `标题${id}`, en: `Title ${id}` },
  language: 'zh',
  published: '2021-09-01',
  publishedApproximate: false,
  kind,
});
export const FIXTURE_SOURCES = [source('news-1', 'news'), source('op-1', 'opinion')];

export function eventData(e: FixtureEvent): EventData {
  return {
    id: e.id,
    date: e.date,
    ...(e.effective ? { effective: e.effective } : {}),
    ...(e.milestone ? { milestone: { zh: e.milestone, en: e.milestone } } : {}),
    title: { zh: `事件${e.title ?? e.id}`, en: `Event ${e.title ?? e.id}` },
    summary: { zh: `摘要${e.id}`, en: `Summary of ${e.id}` },
    actors: e.actors ?? ['tencent'],
    platforms: e.platforms ?? [],
    surfaces: e.surfaces ?? [],
    tags: e.tags ?? [],
    sources: e.sources ?? ['news-1'],
    treatments: [],
    figures: [],
    order: e.order ?? 0,
  };
}

/** Timeline data for hand-written events (put in time order, as the site does). */
export function timelineData(events: readonly FixtureEvent[], lang: Lang = 'en'): TimelineData {
  const sorted = sortEvents(events.map((e) => ({ data: eventData(e) }))).map((e) => e.data);
  return decodePayload(buildPayload({ lang, events: sorted, sources: FIXTURE_SOURCES, reference: FIXTURE_REFERENCE }));
}

/** Timeline data for the site's own content (the seed events), reference lists in file order. */
export function seedData(lang: Lang = 'en'): TimelineData {
  const c = content();
  return decodePayload(
    buildPayload({
      lang,
      events: c.events.map((e) => e.data),
      sources: c.sources,
      reference: { platform: c.reference.platforms, surface: c.reference.surfaces, actor: c.reference.actors, tag: c.reference.tags },
    }),
  );
}

/** n events over 2015–2025 with the same mix as bench/generate-content.ts: exact days, months, years, effective dates. */
export function syntheticEvents(n: number, seed = 1): FixtureEvent[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];
  const pad = (k: number) => String(k).padStart(2, '0');
  return Array.from({ length: n }, (_, i) => {
    const y = 2015 + Math.floor(rnd() * 11);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const r = rnd();
    const date = r < 0.05 ? `${y}` : r < 0.2 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    return {
      id: `e${i + 1}`,
      date,
      ...(r > 0.85 && d < 24 ? { effective: `${y}-${pad(m)}-${pad(d + 1 + Math.floor(rnd() * 4))}` } : {}),
      actors: some(FIXTURE_REFERENCE.actor.map((a) => a.id), 2),
      platforms: some(FIXTURE_REFERENCE.platform.map((p) => p.id), 2),
      tags: some(FIXTURE_REFERENCE.tag.map((t) => t.id), 1),
    };
  });
}

/** Lane names for tests: `none` as given, the others as the English page names them. */
export function laneNamesFor(none: string): { none: string; all: string; others: string } {
  return { none, all: 'All platforms', others: 'Others ({n})' };
}
