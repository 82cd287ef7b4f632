/**
 * Which briefings exist, and where each lives: the full briefing, one per platform, one
 * per range in content/briefings.yaml. Pages, the PDF renderer and the tests all list
 * briefings through here, so they cannot disagree.
 */
import type { RangeBriefing } from '../../model/briefing.ts';
import type { EventData } from '../../model/event.ts';
import type { Lang } from '../../model/lang.ts';
import type { Route } from '../urls.ts';
import { boundDay, dayRange, type DayRange } from './range.ts';

export type Briefing =
  | { readonly kind: 'full' }
  | { readonly kind: 'platform'; readonly platform: string }
  | { readonly kind: 'range'; readonly range: RangeBriefing; readonly days: DayRange };

/** The page of a briefing. */
export function briefingRoute(b: Briefing): Route {
  switch (b.kind) {
    case 'full':
      return { page: 'briefing-full' };
    case 'platform':
      return { page: 'briefing-platform', id: b.platform };
    case 'range':
      return { page: 'briefing-range', from: b.days.fromIso, to: b.days.toIso };
  }
}

/** The PDF's file name (language-tagged, stable): full.zh.pdf, platform-taobao.en.pdf, range-<id>.zh.pdf. */
export function briefingPdfFile(b: Briefing, lang: Lang): string {
  const name = b.kind === 'full' ? 'full' : b.kind === 'platform' ? `platform-${b.platform}` : `range-${b.range.id}`;
  return `${name}.${lang}.pdf`;
}

/** A range with its bounds resolved to days (the content checks guarantee they resolve). */
export function rangeBriefing(range: RangeBriefing, events: ReadonlyMap<string, Pick<EventData, 'date' | 'effective'>>): Briefing {
  const from = boundDay(range.from, 'from', events);
  const to = boundDay(range.to, 'to', events);
  if (from === undefined || to === undefined) throw new Error(`briefing "${range.id}": a bound names no event`);
  return { kind: 'range', range, days: dayRange(from, to) };
}

/** Every briefing, in the order the list page shows them. */
export function briefingCatalogue(input: {
  readonly platforms: readonly { readonly id: string }[];
  readonly ranges: readonly RangeBriefing[];
  readonly events: readonly { readonly data: EventData }[];
}): Briefing[] {
  const byId = new Map(input.events.map((e) => [e.data.id, e.data]));
  return [
    { kind: 'full' },
    ...input.ranges.map((r) => rangeBriefing(r, byId)),
    ...input.platforms.map((p) => ({ kind: 'platform', platform: p.id }) as const),
  ];
}
