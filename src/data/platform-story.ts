/**
 * One platform's treatment story as its page and its briefing tell it: the events that
 * set its treatment (numbered as the chart's markers), the events that only mention it,
 * the period table with numbered sources, and the chart's credit line.
 */
import type { SourceNumbering } from '../charts/html/source-numbering.ts';
import type { Vocabulary } from '../charts/html/vocabulary.ts';
import { platformRows } from '../charts/platform-history/rows.ts';
import { historyTable } from '../charts/platform-history/table.ts';
import { t } from '../i18n/ui.ts';
import { formatDate } from '../lib/format-date.ts';
import { sourceShort } from '../lib/source-text.ts';
import { href } from '../lib/urls.ts';
import { isoDay } from '../model/calendar-date.ts';
import { LIST_SEPARATOR } from '../model/lang.ts';
import type { EventEntry, SiteContent } from './content.ts';

export interface NumberedEvent {
  readonly n: number;
  readonly href: string;
  readonly title: string;
}

export interface PlatformStory {
  /** Whether any source says how the platform was treated. */
  readonly described: boolean;
  /** Events with treatment statements for it, in the order their statements take effect (the chart's columns). */
  readonly touched: readonly EventEntry[];
  /** Events that name it without saying how it was treated. */
  readonly mentions: readonly EventEntry[];
  readonly eventNumbers: ReadonlyMap<string, NumberedEvent>;
  /** Sources of its statements. */
  readonly cited: readonly string[];
  /** The chart caption: sources and the date of the latest change. */
  readonly chartCaption: string;
  /** The period-by-period table (HTML), its sources numbered by `numbering`. */
  readonly table: string;
}

/**
 * The events a platform's story tells: those with statements about its treatment, in the
 * order of their statements, then the others that name it.
 */
export function platformEvents(content: SiteContent, platform: string): { readonly touched: readonly EventEntry[]; readonly mentions: readonly EventEntry[] } {
  let byPlatform = platformEventsMade.get(content);
  if (!byPlatform) platformEventsMade.set(content, (byPlatform = everyPlatformsEvents(content)));
  return byPlatform.get(platform) ?? { touched: [], mentions: [] };
}

/** Made once per content: every platform's page, embed and briefing, in both languages, ask (for their cache keys too). */
const platformEventsMade = new WeakMap<SiteContent, Map<string, { touched: EventEntry[]; mentions: EventEntry[] }>>();

/** Each platform's events, in one pass over the statements and one over the events. */
function everyPlatformsEvents(content: SiteContent): Map<string, { touched: EventEntry[]; mentions: EventEntry[] }> {
  const touched = new Map<string, Set<string>>();
  for (const s of content.treatments.statements) {
    let ids = touched.get(s.platform);
    if (!ids) touched.set(s.platform, (ids = new Set()));
    ids.add(s.event);
  }
  const out = new Map<string, { touched: EventEntry[]; mentions: EventEntry[] }>();
  for (const p of content.reference.platforms) out.set(p.id, { touched: [...(touched.get(p.id) ?? [])].map((id) => content.eventById.get(id)!), mentions: [] });
  for (const e of content.events) {
    for (const platform of new Set(e.data.platforms)) {
      if (!touched.get(platform)?.has(e.data.id)) out.get(platform)?.mentions.push(e);
    }
  }
  return out;
}

/** Ids of the events about a platform (those that state its treatment, then those that list it): all its page, embed and briefing name. */
export function platformEventIds(content: SiteContent, platform: string): string[] {
  const { touched, mentions } = platformEvents(content, platform);
  return [...touched, ...mentions].map((e) => e.data.id);
}

export function platformStory(content: SiteContent, platform: string, v: Vocabulary, numbering: SourceNumbering): PlatformStory {
  const lang = v.lang;
  const index = content.treatments;
  const statements = index.statements.filter((s) => s.platform === platform);
  const { touched, mentions } = platformEvents(content, platform);
  const eventNumbers = new Map(touched.map((e, i) => [e.data.id, { n: i + 1, href: href({ page: 'event', id: e.data.id }, lang), title: e.data.title[lang] }]));
  const lastDay = index.changeDates.at(-1);
  const asOf = lastDay === undefined ? '' : formatDate(isoDay(lastDay), lang);
  const cited = [...new Set(statements.flatMap((s) => s.sources))];
  const credit = cited
    .map((id) => content.sourceById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => sourceShort(s, lang))
    .join(LIST_SEPARATOR[lang].clauses);
  const table = historyTable(platformRows(index, platform, v, lastDay), numbering).html;
  return {
    described: statements.length > 0,
    touched,
    mentions,
    eventNumbers,
    cited,
    chartCaption: t(lang, 'platform.chartCaption', { credit, date: asOf }),
    table,
  };
}
