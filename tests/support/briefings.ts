/**
 * What each briefing must contain, worked out from the content for the tests: its title,
 * the events it tells and the sources they cite, where its page and PDF are.
 */
import { join } from 'node:path';
import { t } from '../../src/i18n/ui.ts';
import { briefingCatalogue, briefingPdfFile, briefingRoute, type Briefing } from '../../src/lib/briefings/catalogue.ts';
import { eventsInRange } from '../../src/lib/briefings/range.ts';
import { absoluteHref } from '../../src/lib/urls.ts';
import type { EventData } from '../../src/model/event.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { Source } from '../../src/model/source.ts';
import { BASE, builtSite, content, DIST, treatmentIndex, url } from './site.ts';

/** The public address the site was built with; '' for a build without one (no QR codes, no printed addresses). */
export const SITE = builtSite() ?? '';

export function briefings(): Briefing[] {
  const c = content();
  return briefingCatalogue({ platforms: c.reference.platforms, ranges: c.briefings, events: c.events });
}

export function find(kind: 'full'): Briefing;
export function find(kind: 'platform' | 'range', id: string): Briefing;
export function find(kind: Briefing['kind'], id?: string): Briefing {
  const b = briefings().find((x) => x.kind === kind && (x.kind === 'full' || (x.kind === 'platform' ? x.platform : x.range.id) === id));
  if (!b) throw new Error(`no ${kind} briefing ${id ?? ''}`);
  return b;
}

export interface Expected {
  readonly title: string;
  /** The page's path under the base, and its published address (what the QR code holds). */
  readonly page: string;
  readonly online: string;
  readonly pdf: string;
  readonly events: readonly EventData[];
  readonly sources: readonly Source[];
}

export function expected(b: Briefing, lang: Lang): Expected {
  const c = content();
  const index = treatmentIndex();
  let events: EventData[];
  let title: string;
  switch (b.kind) {
    case 'full':
      title = t(lang, 'briefing.fullTitle');
      events = c.events.map((e) => e.data);
      break;
    case 'platform': {
      const name = c.reference.platforms.find((p) => p.id === b.platform)!.name[lang];
      title = t(lang, 'briefing.platformTitle', { name });
      const touched = new Set(index.statements.filter((s) => s.platform === b.platform).map((s) => s.event));
      events = c.events.map((e) => e.data).filter((e) => touched.has(e.id) || e.platforms.includes(b.platform));
      break;
    }
    case 'range':
      title = b.range.title[lang];
      events = eventsInRange(c.events, b.days).map((e) => e.data);
      break;
  }
  const cited = new Set(events.flatMap((e) => e.sources));
  return {
    title,
    page: url(briefingRoute(b), lang),
    online: SITE ? absoluteHref(briefingRoute(b), lang, SITE, BASE) : '',
    pdf: join(DIST, 'briefings', briefingPdfFile(b, lang)),
    events,
    sources: c.sources.filter((s) => cited.has(s.id)),
  };
}
