/**
 * The timeline's data and engine for a language, from the site's content: what the page's
 * component, the timeline embed and the timeline images all start from.
 */
import { cacheKey } from '../build/file-cache.ts';
import { measureWithFonts } from '../charts/node/font-metrics.ts';
import { t } from '../i18n/ui.ts';
import { timelineEngine } from '../lib/timeline/engine.ts';
import { buildPayload } from '../lib/timeline/build-payload.ts';
import { decodePayload } from '../lib/timeline/payload.ts';
import { laneNames, TIMELINE_STRING_KEYS, type TimelineStrings } from '../lib/timeline/strings.ts';
import type { Lang } from '../model/lang.ts';
import type { SiteContent } from './content.ts';
import { oncePerLanguage } from './once-per-language.ts';

export function timelineStrings(lang: Lang): TimelineStrings {
  return Object.fromEntries(TIMELINE_STRING_KEYS.map((key) => [key, t(lang, key)])) as Record<(typeof TIMELINE_STRING_KEYS)[number], string>;
}

/**
 * The timeline's data and engine for a language, as the page builds them (also used by
 * images), made once per content and language: `json` is the payload as the page fetches it
 * (/data/timeline-<lang>.json), `version` a hash of it that makes each version's address
 * its own.
 */
export const timelineFor = oncePerLanguage((content: SiteContent, lang: Lang) => {
  const payload = timelinePayload(content, lang);
  const strings = timelineStrings(lang);
  const data = decodePayload(payload);
  const json = JSON.stringify(payload);
  const version = cacheKey(json).slice(0, 12);
  return { payload, json, version, strings, data, engine: timelineEngine(data, laneNames(strings), measureWithFonts) };
});

function timelinePayload(content: SiteContent, lang: Lang) {
  return buildPayload({
    lang,
    events: content.events.map((e) => e.data),
    sources: content.sources,
    reference: {
      // In the editors' order (WeChat/Tencent first, then MIIT, …), as the content keeps it.
      platform: content.reference.platforms,
      surface: content.reference.surfaces,
      actor: content.reference.actors,
      tag: content.reference.tags,
    },
  });
}

