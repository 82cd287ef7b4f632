/** The treatment engine's input and vocabulary, for the matrix and diff pages' scripts. */
import type { APIContext } from 'astro';
import type { EngineData } from '../../charts/html/engine-data.ts';
import { inLanguage, keyed } from '../../data/cache-keys.ts';
import { siteContent } from '../../data/content.ts';
import { vocabulary } from '../../data/vocabulary.ts';
import { LANGS, type Lang } from '../../model/lang.ts';

export async function getStaticPaths() {
  // Treatments, dates and the reference lists: no summary or body.
  return keyed(
    LANGS.map((lang) => ({ params: { lang }, props: { lang } })),
    inLanguage(await siteContent(), (k) => k.structure),
  );
}

export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  const content = await siteContent();
  const data: EngineData = {
    dims: content.treatments.dims,
    events: content.events
      .filter((e) => e.data.treatments.length > 0)
      .map(({ data: e }) => ({ id: e.id, date: e.date, ...(e.effective ? { effective: e.effective } : {}), treatments: e.treatments })),
    vocabulary: vocabulary(content, lang),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } }); // compact: fetched by scripts
}
