/**
 * Builds the timeline's payload (payload.ts) from checked content, at build time. Apart from
 * payload.ts because it formats dates (date-fns and its locales), which the browser's
 * timeline never needs: the labels travel in the payload.
 */
import { calendarDate, firstDay, lastDay } from '../../model/calendar-date.ts';
import type { EventData } from '../../model/event.ts';
import type { Lang } from '../../model/lang.ts';
import type { Source } from '../../model/source.ts';
import { formatDate } from '../format-date.ts';
import { KINDS, PRECISIONS, type EncodedEvent, type EncodedSource, type TimelinePayload } from './payload.ts';
import { FACETS, type Facet } from './timeline-event.ts';

/** What the payload is built from: checked content, events already in time order. */
export interface PayloadInput {
  readonly lang: Lang;
  readonly events: readonly EventData[];
  readonly sources: Iterable<Source>;
  readonly reference: Readonly<Record<Facet, Iterable<{ readonly id: string; readonly name: { readonly zh: string; readonly en: string } }>>>;
}

const FACET_FIELD = { platform: 'platforms', surface: 'surfaces', actor: 'actors', tag: 'tags' } as const satisfies Record<Facet, keyof EventData>;

/** A position on the day axis for an instant given as a CST date (midday when no time is given). */
function instant(text: string): number {
  const d = calendarDate(text);
  return firstDay(d) + (d.minutes ?? 720) / 1440;
}

/** A rule for every platform: a treatment for `platforms: all`, or an event naming every platform there is. */
function concernsAllPlatforms(e: EventData, platformCount: number): boolean {
  if ((e.treatments ?? []).some((t) => t.platforms === 'all')) return true;
  return platformCount > 1 && new Set(e.platforms).size >= platformCount;
}

export function buildPayload(input: PayloadInput): TimelinePayload {
  const { lang } = input;
  const facets = {} as Record<Facet, [string, string][]>;
  const index = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    facets[facet] = [...input.reference[facet]].map((item) => [item.id, item.name[lang]]);
    index[facet] = new Map(facets[facet].map(([id], i) => [id, i]));
  }
  const sourceList = [...input.sources];
  const sourceIndex = new Map(sourceList.map((s, i) => [s.id, i]));
  const sources = sourceList.map((s): EncodedSource => [s.id, s.publisher[lang], s.title[lang], formatDate(s.published, lang), KINDS.indexOf(s.kind) as 0 | 1 | 2]);
  const events = input.events.map((e): EncodedEvent => {
    const date = calendarDate(e.date);
    const cited = e.sources.map((id) => sourceIndex.get(id)!);
    const ids = (facet: Facet) => (e[FACET_FIELD[facet]] as readonly string[]).map((id) => index[facet].get(id)!);
    return [
      e.id,
      PRECISIONS.indexOf(date.precision) as 0 | 1 | 2,
      firstDay(date),
      lastDay(date) + 1,
      e.effective ? instant(e.effective) : 0,
      formatDate(date, lang),
      e.effective ? formatDate(e.effective, lang) : '',
      e.title[lang],
      e.summary[lang],
      ids('platform'),
      ids('surface'),
      ids('actor'),
      ids('tag'),
      cited,
      cited.every((i) => sourceList[i]!.kind === 'opinion') ? 1 : 0,
      e.milestone?.[lang] ?? '',
      concernsAllPlatforms(e, facets.platform.length) ? 1 : 0,
    ];
  });
  return { v: 1, lang, facets, sources, events };
}

