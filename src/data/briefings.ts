/**
 * The briefings of this content, as pages show them: which exist, their titles, whether
 * their PDFs are part of this build, and the key changes the full briefing walks through.
 */
import { EvidenceNotes } from '../charts/html/evidence-notes.ts';
import { h, type Html } from '../charts/html/markup.ts';
import { SourceNumbering } from '../charts/html/source-numbering.ts';
import type { Vocabulary } from '../charts/html/vocabulary.ts';
import { sourceRefs } from '../charts/html/treatment-pieces.ts';
import { t } from '../i18n/ui.ts';
import { briefingCatalogue, type Briefing } from '../lib/briefings/catalogue.ts';
import { dataAsOf } from '../lib/briefings/as-of.ts';
import { dayRange, type DayRange } from '../lib/briefings/range.ts';
import { keyChangeRanges, type Diff } from '../lib/treatments/index.ts';
import type { DayNumber } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { EventEntry, SiteContent } from './content.ts';

const catalogues = new WeakMap<SiteContent, readonly Briefing[]>();
const asOfDays = new WeakMap<SiteContent, DayNumber>();

/** The briefings (worked out once per content: every diff page asks, and each asking read every event). */
export function briefings(content: SiteContent): readonly Briefing[] {
  let made = catalogues.get(content);
  if (!made) catalogues.set(content, (made = briefingCatalogue({ platforms: content.reference.platforms, ranges: content.briefings, events: content.events })));
  return made;
}

export function briefingTitle(content: SiteContent, b: Briefing, lang: Lang): string {
  switch (b.kind) {
    case 'full':
      return t(lang, 'briefing.fullTitle');
    case 'platform':
      return t(lang, 'briefing.platformTitle', { name: content.platforms.get(b.platform)?.name[lang] ?? b.platform });
    case 'range':
      return b.range.title[lang];
  }
}

/**
 * Whether this build renders the briefings' PDFs: scripts/build.ts sets BRIEFING_PDFS=1 when
 * it will (Chromium present, not --no-pdf), so pages never link a PDF that is not there.
 */
export function pdfsInBuild(): boolean {
  return process.env.BRIEFING_PDFS === '1';
}

/** The day the data runs to (falls back to the latest date of change); once per content. */
export function asOfDay(content: SiteContent): DayNumber {
  let day = asOfDays.get(content);
  if (day === undefined) asOfDays.set(content, (day = dataAsOf(content.events) ?? content.treatments.changeDates.at(-1) ?? 0));
  return day;
}

/**
 * Key changes: each date of change compared with the one before it (the first with the day
 * before it, when nothing was known yet), where the diff holds at least one policy change (a
 * `change` row). Dates on which sources only reported something are left out here; what
 * they reported is in the matrix and the events.
 */
export function keyChanges(content: SiteContent): { range: DayRange; diff: Diff }[] {
  return keyChangeRanges(content.treatments).map((k) => ({ range: dayRange(k.from, k.to), diff: k.diff }));
}

/** Each event's sources as [n] links, numbered (in event order) by the briefing's numbering. */
export function eventSourceRefs(events: readonly EventEntry[], numbering: SourceNumbering): Map<string, string> {
  return new Map(events.map((e) => [e.data.id, sourceRefs(numbering.refs(e.data.sources)).html]));
}

/**
 * A briefing's numbering: its sources in reading order, and its evidence as numbered notes
 * (W1, W2 … for the sources' words, C1 … for codebook cases) listed once at the end, not
 * repeated under every cell as on screen.
 */
export function briefingNumbering(v: Vocabulary): SourceNumbering {
  const w = (key: Parameters<typeof t>[1]) => t(v.lang, key);
  return new SourceNumbering(v, 'briefing', {
    notes: new EvidenceNotes('briefing', {
      quotes: w('briefing.wordsRef'),
      cases: w('briefing.casesRef'),
      supports: v.words.supports,
      original: v.words.original,
      opinion: v.words.opinion,
    }),
  });
}

/** The evidence notes' sections (the sources' words, the codebook cases), or nothing when no table cited any. */
export function evidenceNotesSections(numbering: SourceNumbering, lang: Lang): Html | null {
  const notes = numbering.notes;
  if (!notes || notes.empty) return null;
  const section = (id: string, heading: string, intro: string, list: Html) =>
    h('section', { class: 'briefing-section briefing-notes', 'aria-labelledby': id }, h('h2', { id }, heading), h('p', null, intro), list);
  return h(
    'div',
    null,
    section('words-heading', t(lang, 'briefing.words'), t(lang, 'briefing.wordsIntro'), notes.quoteList(lang)),
    notes.hasCases ? section('cases-heading', t(lang, 'briefing.cases'), t(lang, 'briefing.casesIntro'), notes.caseList()) : null,
  );
}
