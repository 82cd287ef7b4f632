/**
 * The timeline's data as it travels in the page: everything the browser needs to filter,
 * lay out and describe the events, in the page's language, compact enough for 10,000
 * events. Built at build time from checked content (build-payload.ts, kept apart so the
 * browser does not load the date formatting it uses); read back in the browser and at build
 * time by decodePayload, so both render from identical data.
 */
import type { Lang } from '../../model/lang.ts';
import { FACETS, type Facet, type FacetItem, type TimelineEvent, type TimelineSource } from './timeline-event.ts';

/** Codes in the payload: precision and source kind travel as their index in these lists. */
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const KINDS = ['news', 'statement', 'opinion'] as const;

/**
 * One event: [id, precision, start, end, effective (0 = none), date label, effective label,
 * title, summary, facet indexes (platform, surface, actor, tag), source indexes, opinion,
 * milestone label ("" = not a milestone), concerns every platform (1) or not (0)].
 * Facet and source values are indexes into the payload's lists.
 */
export type EncodedEvent = [
  string, 0 | 1 | 2, number, number, number, string, string, string, string,
  number[], number[], number[], number[], number[], 0 | 1, string, 0 | 1,
];
export type EncodedSource = [id: string, publisher: string, title: string, dateLabel: string, kind: 0 | 1 | 2];

export interface TimelinePayload {
  readonly v: 1;
  readonly lang: Lang;
  /** Reference items per facet, in the content's order (the order of lanes and filters). */
  readonly facets: Readonly<Record<Facet, readonly [string, string][]>>;
  readonly sources: readonly EncodedSource[];
  readonly events: readonly EncodedEvent[];
}

/** The payload as objects the layout works with. */
export interface TimelineData {
  readonly lang: Lang;
  /** Events in time order. */
  readonly events: readonly TimelineEvent[];
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  readonly facets: Readonly<Record<Facet, readonly FacetItem[]>>;
  /** Names by facet and id. */
  readonly names: Readonly<Record<Facet, ReadonlyMap<string, string>>>;
  readonly sources: readonly TimelineSource[];
}

/**
 * An event read from the payload. One class, so every event has the same shape (fast to
 * create and to read at 10,000 events); the search text is put together only when a
 * search first needs it.
 */
class PayloadEvent implements TimelineEvent {
  readonly id: string;
  readonly index: number;
  readonly precision: TimelineEvent['precision'];
  readonly start: number;
  readonly end: number;
  readonly effective: number | undefined;
  readonly dateLabel: string;
  readonly effectiveLabel: string | undefined;
  readonly title: string;
  readonly summary: string;
  readonly facets: Readonly<Record<Facet, readonly string[]>>;
  readonly sources: readonly number[];
  readonly opinion: boolean;
  readonly milestone: string | undefined;
  readonly allPlatforms: boolean;
  readonly #names: Readonly<Record<Facet, ReadonlyMap<string, string>>>;
  #text: string | undefined;

  constructor(row: EncodedEvent, index: number, facets: Readonly<Record<Facet, readonly string[]>>, names: Readonly<Record<Facet, ReadonlyMap<string, string>>>) {
    this.id = row[0];
    this.index = index;
    this.precision = PRECISIONS[row[1]];
    this.start = row[2];
    this.end = row[3];
    this.effective = row[4] ? row[4] : undefined;
    this.dateLabel = row[5];
    this.effectiveLabel = row[4] ? row[6] : undefined;
    this.title = row[7];
    this.summary = row[8];
    this.facets = facets;
    this.sources = row[13];
    this.opinion = row[14] === 1;
    this.milestone = row[15] || undefined;
    this.allPlatforms = row[16] === 1;
    this.#names = names;
  }

  get text(): string {
    if (this.#text === undefined) {
      const words = [this.title, this.summary, this.id];
      for (const facet of FACETS) for (const id of this.facets[facet]) words.push(this.#names[facet].get(id)!);
      this.#text = words.join('\n').toLowerCase();
    }
    return this.#text;
  }
}

export function decodePayload(payload: TimelinePayload): TimelineData {
  const facets = {} as Record<Facet, FacetItem[]>;
  const names = {} as Record<Facet, Map<string, string>>;
  const ids = {} as Record<Facet, string[]>;
  // Most events name none or one item of a facet: those lists are shared, not made per event.
  const single = {} as Record<Facet, (readonly string[])[]>;
  for (const facet of FACETS) {
    facets[facet] = payload.facets[facet].map(([id, name]) => ({ id, name }));
    names[facet] = new Map(payload.facets[facet]);
    ids[facet] = payload.facets[facet].map(([id]) => id);
    single[facet] = ids[facet].map((id) => [id]);
  }
  const none: readonly string[] = [];
  const lookup = (facet: Facet, indexes: number[]): readonly string[] => {
    if (indexes.length === 0) return none;
    const list = ids[facet];
    if (indexes.length === 1) return single[facet][indexes[0]!] ?? [list[indexes[0]!]!];
    return indexes.map((k) => list[k]!);
  };
  const events: TimelineEvent[] = new Array(payload.events.length);
  const byId = new Map<string, TimelineEvent>();
  for (let i = 0; i < payload.events.length; i++) {
    const row = payload.events[i]!;
    const facetIds = { platform: lookup('platform', row[9]), surface: lookup('surface', row[10]), actor: lookup('actor', row[11]), tag: lookup('tag', row[12]) };
    const e = new PayloadEvent(row, i, facetIds, names);
    events[i] = e;
    byId.set(e.id, e);
  }
  return {
    lang: payload.lang,
    events,
    byId,
    facets,
    names,
    sources: payload.sources.map(([id, publisher, title, dateLabel, kind]) => ({ id, publisher, title, dateLabel, kind: KINDS[kind] })),
  };
}
