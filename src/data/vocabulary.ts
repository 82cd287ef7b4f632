/**
 * The treatment tables' vocabulary for one language, built from the content (names,
 * sources, events) and the interface strings.
 */
import type { Vocabulary } from '../charts/html/vocabulary.ts';
import { levelSwatches } from '../charts/shared/level-style.ts';
import { t } from '../i18n/ui.ts';
import { formatDate } from '../lib/format-date.ts';
import { sourceFull, sourceShort, sourceWho } from '../lib/source-text.ts';
import { href } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { oncePerLanguage } from './once-per-language.ts';

/**
 * The vocabulary of a language, made once per content: it names every event and source, so
 * making it for each chart would cost time in proportion to the whole history, for every
 * chart (at 10,000 events, most of the build).
 */
export const vocabulary: (content: SiteContent, lang: Lang) => Vocabulary = oncePerLanguage(makeVocabulary);

/**
 * The vocabulary without the events, for pages whose cache key holds no other event's title
 * (an event's page, a date's matrix: src/data/cache-keys.ts): what they draw cannot name one.
 */
export const vocabularyNamingNoEvent: (content: SiteContent, lang: Lang) => Vocabulary = oncePerLanguage((content, lang) => ({ ...vocabulary(content, lang), events: {} }));

function makeVocabulary(content: SiteContent, lang: Lang): Vocabulary {
  const ref = content.reference;
  const named = <T extends { id: string; name: { zh: string; en: string } }>(items: readonly T[]) =>
    items.map((i) => ({ id: i.id, name: i.name[lang] }));
  const swatches = levelSwatches(ref.levels.map((l) => l.id));
  return {
    lang,
    platforms: ref.platforms.map((p) => ({ id: p.id, name: p.name[lang], href: href({ page: 'platform', id: p.id }, lang) })),
    surfaces: named(ref.surfaces),
    linkKinds: named(ref.linkKinds),
    levels: ref.levels.map((l) => ({ id: l.id, name: l.name[lang], swatch: swatches.get(l.id)! })),
    capabilities: named(ref.capabilities),
    sources: Object.fromEntries(
      content.sources.map((s) => [
        s.id,
        {
          id: s.id,
          short: sourceShort(s, lang),
          full: sourceFull(s, lang),
          who: sourceWho(s, lang),
          opinion: s.kind === 'opinion',
          ...(s.url ? { url: s.url } : {}),
          href: href({ page: 'source', id: s.id }, lang),
          language: s.language,
        },
      ]),
    ),
    events: Object.fromEntries(
      content.events.map(({ data: e }) => [
        e.id,
        { id: e.id, title: e.title[lang], href: href({ page: 'event', id: e.id }, lang), date: formatDate(e.effective ?? e.date, lang) },
      ]),
    ),
    rules: Object.fromEntries(content.codebook.cases.map((c) => [c.id, { id: c.id, case: c.case[lang], href: href({ page: 'codebook', id: c.id }, lang) }])),
    words: {
      unknown: t(lang, 'treat.unknown'),
      yes: t(lang, 'treat.yes'),
      no: t(lang, 'treat.no'),
      since: t(lang, 'treat.since'),
      level: t(lang, 'treat.level'),
      platform: t(lang, 'treat.platform'),
      surface: t(lang, 'treat.surface'),
      before: t(lang, 'treat.before'),
      after: t(lang, 'treat.after'),
      changed: t(lang, 'treat.changed'),
      reported: t(lang, 'treat.reported'),
      reportedNote: t(lang, 'treat.reportedNote'),
      event: t(lang, 'treat.event'),
      sources: t(lang, 'treat.sources'),
      source: t(lang, 'treat.source'),
      opinion: t(lang, 'event.opinion'),
      opinionNote: t(lang, 'treat.opinionNote'),
      evidence: t(lang, 'treat.evidence'),
      evidenceCount: t(lang, 'treat.evidenceCount'),
      rule: t(lang, 'treat.rule'),
      supports: t(lang, 'treat.supports'),
      original: t(lang, 'treat.original'),
      ended: t(lang, 'treat.ended'),
      endedNote: t(lang, 'treat.endedNote'),
      noChanges: t(lang, 'treat.noChanges'),
      noData: t(lang, 'treat.noData'),
    },
    chart: {
      asOf: t(lang, 'chart.asOf'),
      platformTitle: t(lang, 'platform.title'),
      platformAlt: t(lang, 'chart.altPlatform'),
      columnsNote: t(lang, 'chart.columnsNote'),
      legendUnknown: t(lang, 'treat.legendUnknown'),
      legendOpinion: t(lang, 'treat.legendOpinion'),
      legendStated: t(lang, 'treat.legendStated'),
      altOpinion: t(lang, 'chart.altOpinion'),
      yearOnly: t(lang, 'treat.yearOnly'),
      period: t(lang, 'treat.period'),
      capabilities: t(lang, 'treat.capabilities'),
      current: t(lang, 'treat.current'),
      historyCaption: t(lang, 'chart.historyCaption'),
      matrixTitle: t(lang, 'matrix.heading'),
      matrixNote: t(lang, 'chart.matrixNote'),
      matrixAlt: t(lang, 'chart.altMatrix'),
      matrixCaption: t(lang, 'matrix.caption'),
      diffTitle: t(lang, 'diff.heading'),
      diffCaption: t(lang, 'diff.caption'),
      diffAlt: t(lang, 'chart.altDiff'),
      dataColumns: {
        platform: t(lang, 'treat.platform'),
        surface: t(lang, 'treat.surface'),
        linkKind: t(lang, 'treat.linkKind'),
        attribute: t(lang, 'data.attribute'),
        value: t(lang, 'data.value'),
        before: t(lang, 'treat.before'),
        after: t(lang, 'treat.after'),
        basis: t(lang, 'treat.basis'),
        from: t(lang, 'data.from'),
        until: t(lang, 'data.until'),
        since: t(lang, 'treat.since'),
        sources: t(lang, 'treat.sources'),
        events: t(lang, 'data.events'),
        opinion: t(lang, 'event.opinion'),
        evidence: t(lang, 'treat.evidence'),
      },
    },
  };
}
