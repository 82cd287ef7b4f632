/**
 * An event as the timeline sees it: its extent on the day axis, the lanes and filters it
 * belongs to, and the text a reader sees, already in the page's language. Built once from
 * the content (see payload.ts) and never changed.
 */
import type { Precision } from '../../model/calendar-date.ts';

/** The things an event can be filtered by; the names are the URL parameters. */
export const FACETS = ['platform', 'surface', 'actor', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

/** What the lanes stand for. */
export const LANE_MODES = ['actor', 'platform'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** One reference item (an actor, a platform, …) with its name in the page's language. */
export interface FacetItem {
  readonly id: string;
  readonly name: string;
}

export interface TimelineEvent {
  readonly id: string;
  /** Position in the site's time order (the order of the event list). */
  readonly index: number;
  readonly precision: Precision;
  /** First day the date covers (a day number, see calendar-date.ts). */
  readonly start: number;
  /** The day after the last day the date covers: 2021-05 spans [2021-05-01, 2021-06-01). */
  readonly end: number;
  /**
   * When it took effect, as a position on the day axis: the effective day plus its CST time
   * of day as a fraction (00:00 is the start of the day), or midday when no time is given.
   */
  readonly effective?: number | undefined;
  /** The date as readers see it, at its precision ("2021年5月14日", "December 2020"). */
  readonly dateLabel: string;
  readonly effectiveLabel?: string | undefined;
  readonly title: string;
  readonly summary: string;
  /** Ids per facet, in the order the content gives them. */
  readonly facets: Readonly<Record<Facet, readonly string[]>>;
  /** Indexes into the payload's source list. */
  readonly sources: readonly number[];
  /** True when every source the event cites is opinion. */
  readonly opinion: boolean;
  /** The milestone label, when editors marked the event as a key moment: drawn in full, never shortened. */
  readonly milestone?: string | undefined;
  /** A rule for every platform (a treatment for `platforms: all`, or every platform named): its own lane in platform view. */
  readonly allPlatforms?: boolean | undefined;
  /** Lower-cased text the search box matches against (title, summary, names, id). */
  readonly text: string;
}

/** A source as the detail panel shows it. */
export interface TimelineSource {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly dateLabel: string;
  readonly kind: 'news' | 'statement' | 'opinion';
}

/** Where the mark of an event is anchored: the middle of its day, or the start of its period. */
export function anchorDay(e: TimelineEvent): number {
  return e.precision === 'day' ? e.start + 0.5 : e.start;
}

/** The last position the event reaches on the axis (the end of its period or its effective time). */
export function reachDay(e: TimelineEvent): number {
  return Math.max(e.precision === 'day' ? e.start + 0.5 : e.end, e.effective ?? -Infinity);
}
