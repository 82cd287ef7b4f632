/**
 * Story mode's steps: the milestones (events marked `milestone:`) in time order, each with
 * what a reader needs at that step — its label, date, title, summary, sources, what it
 * changed in plain language, and the stretch of the timeline to zoom to.
 */
import { changeSummaryHtml } from '../charts/html/change-summary.ts';
import { summaryMessages } from '../i18n/summary-messages.ts';
import { changeSummary } from '../lib/change-summary.ts';
import { datetimeAttribute, formatDate } from '../lib/format-date.ts';
import { eventDiff } from '../lib/treatments/index.ts';
import { href } from '../lib/urls.ts';
import { calendarDate, firstDay, isoDay, lastDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { vocabulary } from './vocabulary.ts';
import { timelineFor } from './timeline.ts';
import { snapRange } from '../lib/timeline/bounds.ts';

/** Days shown either side of a milestone when the timeline zooms to it. */
const MARGIN_DAYS = 45;

export interface StoryStep {
  readonly id: string;
  readonly label: string;
  /** The date as readers see it, and as <time datetime>. */
  readonly date: string;
  readonly datetime: string;
  readonly title: string;
  readonly summary: string;
  readonly href: string;
  readonly sources: readonly { readonly id: string; readonly text: string; readonly href: string; readonly opinion: boolean }[];
  /** What it changed, in plain language (HTML), and the diff page for it; absent when it changed no treatment. */
  readonly changes?: { readonly html: string; readonly diffHref: string };
  /** The timeline's range at this step (first and last day, YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
}

export function storySteps(content: SiteContent, lang: Lang): StoryStep[] {
  const v = vocabulary(content, lang);
  const bounds = timelineFor(content, lang).engine.bounds;
  return content.events
    .filter((e) => e.data.milestone)
    .map(({ data: e }) => {
      const d = eventDiff(content.treatments, e.id);
      // The moment with a margin, moved inside what the timeline can show.
      const zoom = (first: number, last: number) => {
        const r = snapRange({ start: first, end: last + 1 }, bounds);
        return { from: isoDay(r.start), to: isoDay(r.end - 1) };
      };
      const summary = d && changeSummary(d, v, summaryMessages(lang), { limit: 3, tableBelow: false });
      return {
        id: e.id,
        label: e.milestone![lang],
        date: formatDate(e.effective ?? e.date, lang),
        datetime: datetimeAttribute(e.effective ?? e.date),
        title: e.title[lang],
        summary: e.summary[lang],
        href: href({ page: 'event', id: e.id }, lang),
        sources: e.sources.map((id) => ({ id, text: v.sources[id]?.short ?? id, href: href({ page: 'source', id }, lang), opinion: v.sources[id]?.opinion ?? false })),
        ...(d && summary ? { changes: { html: changeSummaryHtml(summary).html, diffHref: href({ page: 'diff', from: d.fromIso, to: d.toIso }, lang) } } : {}),
        ...zoom(firstDay(calendarDate(e.date)) - MARGIN_DAYS, lastDay(calendarDate(e.effective ?? e.date)) + MARGIN_DAYS),
      };
    });
}
