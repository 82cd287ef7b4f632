/**
 * Events and sources as exported records, and the events CSV.
 */
import { calendarDate } from '../../model/calendar-date.ts';
import type { EventData } from '../../model/event.ts';
import type { EventsFile } from '../../model/exports.ts';
import type { Source } from '../../model/source.ts';
import { csvList, toCsv } from './csv.ts';

type EventExport = EventsFile['events'][number];
type SourceExport = EventsFile['sources'][number];

export function eventRecord(e: EventData, url: { zh: string; en: string }): EventExport {
  return {
    id: e.id,
    date: e.date,
    datePrecision: calendarDate(e.date).precision,
    effective: e.effective ?? null,
    title: e.title,
    summary: e.summary,
    actors: e.actors,
    platforms: e.platforms,
    surfaces: e.surfaces,
    tags: e.tags,
    sources: e.sources,
    url,
  };
}

export function sourceRecord(s: Source): SourceExport {
  return {
    id: s.id,
    publisher: s.publisher,
    author: s.author ?? null,
    title: s.title,
    published: s.published,
    kind: s.kind,
    url: s.url ?? null,
  };
}

export function eventsCsv(events: readonly EventExport[]): string {
  const header = ['id', 'date', 'date_precision', 'effective', 'title_zh', 'title_en', 'summary_zh', 'summary_en', 'actors', 'platforms', 'surfaces', 'tags', 'sources', 'url_zh', 'url_en'];
  return toCsv(
    header,
    events.map((e) => [e.id, e.date, e.datePrecision, e.effective, e.title.zh, e.title.en, e.summary.zh, e.summary.en, csvList(e.actors), csvList(e.platforms), csvList(e.surfaces), csvList(e.tags), csvList(e.sources), e.url.zh, e.url.en]),
  );
}
