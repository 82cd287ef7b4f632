/**
 * The view in the page's URL: ?from=2021-09-01&to=2021-12-31&lanes=platform&platform=taobao,douyin
 * &surface=…&actor=…&tag=…&q=…&event=<id>. Anything at its default is left out, so the plain
 * page URL is the default view. Reading a URL checks every parameter: bad ones are ignored or
 * corrected, each with a message saying what was wrong and what was done instead.
 */
import { isoDay, parseIsoDay } from '../../model/calendar-date.ts';
import type { DayRange, TimelineBounds } from './bounds.ts';
import { clampRange, sameRange } from './bounds.ts';
import { FACETS, LANE_MODES, type Facet, type LaneMode } from './timeline-event.ts';
import { DEFAULT_VIEW, type TimelineView } from './view.ts';

/** The longest text query kept. */
export const MAX_QUERY_LENGTH = 200;

/** Query parameters for a view, in a fixed order; ids stay readable (commas are not escaped). */
export function viewParams(view: TimelineView): [string, string][] {
  const params: [string, string][] = [];
  if (view.range) {
    params.push(['from', isoDay(Math.floor(view.range.start))], ['to', isoDay(Math.ceil(view.range.end) - 1)]);
  }
  if (view.lanes !== DEFAULT_VIEW.lanes) params.push(['lanes', view.lanes]);
  for (const facet of FACETS) if (view.filters[facet].length) params.push([facet, view.filters[facet].join(',')]);
  const q = view.query.trim();
  if (q) params.push(['q', q]);
  if (view.event) params.push(['event', view.event]);
  return params;
}

const escape = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

/** "?from=…&to=…", or "" for the default view. */
export function viewQuery(view: TimelineView): string {
  const params = viewParams(view);
  return params.length ? `?${params.map(([k, v]) => `${k}=${escape(v)}`).join('&')}` : '';
}

/** What a URL's ids and dates are checked against. */
export interface ViewContext {
  readonly bounds: TimelineBounds;
  readonly ids: Readonly<Record<Facet, { has(id: string): boolean }>>;
  readonly events: { has(id: string): boolean };
}

export interface ParsedView {
  readonly view: TimelineView;
  /** One message per parameter that could not be used as given. */
  readonly problems: string[];
}

function readDay(name: string, value: string | null, problems: string[]): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  try {
    return parseIsoDay(value.trim());
  } catch (error) {
    problems.push(`${name}: ${(error as Error).message} — ignored`);
    return undefined;
  }
}

const span = (r: DayRange) => `${isoDay(Math.floor(r.start))} to ${isoDay(Math.ceil(r.end) - 1)}`;

function readRange(params: URLSearchParams, bounds: TimelineBounds, problems: string[]): DayRange | undefined {
  const from = readDay('from', params.get('from'), problems);
  const to = readDay('to', params.get('to'), problems);
  if (from === undefined && to === undefined) return undefined;
  let start = from ?? Math.floor(bounds.start);
  let last = to ?? Math.ceil(bounds.end) - 1;
  if (start > last) {
    problems.push(`from ${isoDay(start)} is after to ${isoDay(last)} — the two were swapped`);
    [start, last] = [last, start];
  }
  const asked: DayRange = { start, end: last + 1 };
  const whole = { ...bounds, start: Math.floor(bounds.start), end: Math.ceil(bounds.end) };
  const range = clampRange(asked, whole);
  if (!sameRange(asked, range)) {
    const why =
      asked.end - asked.start < bounds.minSpan
        ? `is shorter than the narrowest view (${bounds.minSpan} days)`
        : `reaches outside the timeline (${span(whole)})`;
    problems.push(`from/to: ${span(asked)} ${why} — showing ${span(range)}`);
  }
  return sameRange(range, bounds.first) ? undefined : range;
}

function readList(params: URLSearchParams, facet: Facet, ctx: ViewContext, problems: string[]): string[] {
  const ids: string[] = [];
  for (const value of params.getAll(facet)) {
    for (const raw of value.split(',')) {
      const id = raw.trim();
      if (!id || ids.includes(id)) continue;
      if (ctx.ids[facet].has(id)) ids.push(id);
      else problems.push(`${facet}: "${id}" is not a known ${facet} id — ignored`);
    }
  }
  return ids;
}

/** The view a URL's query describes, with every unusable parameter reported. */
export function parseView(search: URLSearchParams | string, ctx: ViewContext): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  const range = readRange(params, ctx.bounds, problems);

  let lanes: LaneMode = DEFAULT_VIEW.lanes;
  const lanesParam = params.get('lanes');
  if (lanesParam !== null && lanesParam !== '') {
    if ((LANE_MODES as readonly string[]).includes(lanesParam)) lanes = lanesParam as LaneMode;
    else problems.push(`lanes: "${lanesParam}" is not a lane mode (use ${LANE_MODES.join(' or ')}) — showing ${lanes} lanes`);
  }

  const filters = {} as Record<Facet, string[]>;
  for (const facet of FACETS) filters[facet] = readList(params, facet, ctx, problems);

  let query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    problems.push(`q: longer than ${MAX_QUERY_LENGTH} characters — cut to the first ${MAX_QUERY_LENGTH}`);
    query = query.slice(0, MAX_QUERY_LENGTH).trim();
  }

  let event: string | undefined = params.get('event')?.trim() || undefined;
  if (event !== undefined && !ctx.events.has(event)) {
    problems.push(`event: "${event}" is not a known event id — ignored`);
    event = undefined;
  }

  const view: TimelineView = { lanes, filters, query, ...(range ? { range } : {}), ...(event ? { event } : {}) };
  return { view, problems };
}
