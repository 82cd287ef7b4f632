/**
 * The timeline's data for a language: every event, compact (payload.ts). The timeline pages
 * fetch it (and preload it while the page arrives) rather than carry it, so their HTML stays
 * small however long the history; its address carries a hash of its content (?v=), so a
 * browser may keep it until the content changes.
 */
import type { APIContext } from 'astro';
import { cacheKeys, keyed } from '../../data/cache-keys.ts';
import { siteContent } from '../../data/content.ts';
import { timelineFor } from '../../data/timeline.ts';
import { LANGS, type Lang } from '../../model/lang.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return keyed(
    LANGS.map((lang) => ({ params: { lang }, props: { lang } })),
    (path) => cacheKeys(content, path.props.lang).full,
  );
}

export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  return new Response(timelineFor(await siteContent(), lang).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
