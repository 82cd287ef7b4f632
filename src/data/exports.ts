/**
 * The downloadable files' content, built once per build from the site's content.
 */
import { t } from '../i18n/ui.ts';
import { eventRecord, sourceRecord } from '../lib/exports/event-records.ts';
import { treatmentRecords } from '../lib/exports/treatment-records.ts';
import { publicHref } from '../lib/urls.ts';
import { isoDay } from '../model/calendar-date.ts';
import type { EventsFile, TreatmentsFile } from '../model/exports.ts';
import type { SiteContent } from './content.ts';

export const LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

function about(site: URL | undefined, title: string, content: SiteContent) {
  const home = publicHref({ page: 'home' }, 'en', site);
  const latestSource = content.sources.map((s) => s.published).sort().at(-1);
  const lastChangeDate = content.treatments.changeDates.at(-1);
  const asOf = [latestSource?.slice(0, 10), lastChangeDate === undefined ? undefined : isoDay(lastChangeDate)].filter((d): d is string => d?.length === 10).sort().at(-1) ?? null;
  return {
    title,
    licence: LICENCE,
    citation: `${t('en', 'site.name')} (${t('zh', 'site.name')}), ${publicHref({ page: 'data' }, 'en', site)}. Cite the original sources for facts.`,
    site: home,
    asOf,
  };
}

export function eventsFile(content: SiteContent, site: URL | undefined): EventsFile {
  return {
    ...about(site, 'WeChat link policy events', content),
    events: content.events.map(({ data: e }) =>
      eventRecord(e, { zh: publicHref({ page: 'event', id: e.id }, 'zh', site), en: publicHref({ page: 'event', id: e.id }, 'en', site) }),
    ),
    sources: content.sources.map(sourceRecord),
  };
}

export function treatmentsFile(content: SiteContent, site: URL | undefined): TreatmentsFile {
  const named = (items: readonly { id: string; name: { zh: string; en: string } }[]) => items.map((i) => ({ id: i.id, name: i.name }));
  return {
    ...about(site, 'WeChat link treatment by platform, surface and period', content),
    levels: named(content.reference.levels),
    capabilities: named(content.reference.capabilities),
    linkKinds: named(content.reference.linkKinds),
    records: treatmentRecords(content.treatments),
  };
}
