/**
 * Synthetic content for benchmarks: N valid events (with sources, actors, platforms,
 * surfaces, tags, coarse and exact dates, announced/effective pairs, and structured
 * treatment changes on one event in twenty) over the real reference lists.
 * Deterministic for a given seed. The real sources are copied too, because the reference
 * lists (levels) cite them; synthetic events cite synthetic sources only.
 *
 *   node bench/generate-content.ts --events 1000 --out /tmp/content-1000 [--seed 1] [--treatment-share 0.05]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { cliArgs, unsafeOutput, usageError } from '../scripts/cli-args.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** mulberry32: a small seeded PRNG, so runs are comparable. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ids = (file: string): string[] =>
  (parse(readFileSync(join(ROOT, 'content/reference', file), 'utf8')) as { id: string }[]).map((x) => x.id);

export interface GeneratedContent {
  readonly dir: string;
  readonly events: number;
  readonly sources: number;
  /** Events that carry a treatment change. */
  readonly withTreatments: number;
}

/** What every synthetic source says, and every synthetic treatment quotes as its evidence. */
const SYNTHETIC_QUOTE = '平台链接政策有所调整';

/** The share of events that change a treatment, unless told otherwise. */
export const TREATMENT_SHARE = 0.05;

export function generateContent(options: {
  events: number;
  out: string;
  seed?: number;
  /** The share of events with a treatment change (default TREATMENT_SHARE; 0 for none). */
  treatmentShare?: number;
}): GeneratedContent {
  const share = options.treatmentShare ?? TREATMENT_SHARE;
  const rnd = random(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];
  const out = resolve(options.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'events'), { recursive: true });
  mkdirSync(join(out, 'sources'), { recursive: true });
  mkdirSync(join(out, 'archive'), { recursive: true });
  cpSync(join(ROOT, 'content/reference'), join(out, 'reference'), { recursive: true });
  cpSync(join(ROOT, 'content/sources'), join(out, 'sources'), { recursive: true });
  cpSync(join(ROOT, 'content/site.yaml'), join(out, 'site.yaml'));

  const platforms = ids('platforms.yaml');
  const surfaces = ids('surfaces.yaml');
  const actors = ids('actors.yaml');
  const tags = ids('tags.yaml');
  const levels = ids('levels.yaml');
  const capabilities = ids('capabilities.yaml');
  const kinds = ['news', 'news', 'news', 'statement', 'opinion'];

  const sourceCount = Math.max(5, Math.ceil(options.events / 10));
  const sourceIds: string[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const id = `synthetic-source-${i + 1}`;
    sourceIds.push(id);
    const y = 2015 + Math.floor(rnd() * 11);
    writeFileSync(
      join(out, 'sources', `${id}.yaml`),
      [
        `id: ${id}`,
        `publisher: { zh: 合成来源${i + 1}, en: Synthetic Source ${i + 1} }`,
        `title: { zh: 合成报道第${i + 1}号, en: Synthetic report number ${i + 1} }`,
        `published: "${y}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}"`,
        `kind: ${pick(kinds)}`,
        '',
      ].join('\n'),
    );
    // Its text, archived for the evidence check: the words treatment records quote.
    writeFileSync(join(out, 'archive', `${id}.txt`), `合成报道第${i + 1}号\n\n${SYNTHETIC_QUOTE}，仅供性能测试。\n`);
  }

  let withTreatments = 0;
  for (let i = 0; i < options.events; i++) {
    const id = `synthetic-event-${i + 1}`;
    const y = 2015 + Math.floor(rnd() * 11);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const r = rnd();
    const date = r < 0.05 ? `${y}` : r < 0.2 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    const effective = r > 0.85 && d < 24 ? `\neffective: "${y}-${pad(m)}-${pad(d + 1 + Math.floor(rnd() * 4))}"` : '';
    const cited = some(sourceIds, 2);
    const eventPlatforms = some(platforms, 3);
    const eventSurfaces = some(surfaces, 2);
    // One event in twenty (by default) changes a treatment: a level and/or capability for
    // some of its platforms on one of its surfaces, citing the event's first source. Each new
    // date of change adds a matrix and a diff page, their embeds and images, so this share
    // drives the build's size (the real history: 7 dates of change in 14 events).
    const treatments =
      rnd() < share
        ? [
            'treatments:',
            `  - platforms: [${some(eventPlatforms, 2).join(', ')}]`,
            `    surfaces: [${pick(eventSurfaces)}]`,
            rnd() < 0.8 ? `    level: ${pick(levels)}` : '',
            `    capabilities: { ${pick(capabilities)}: "${rnd() < 0.5 ? 'yes' : 'no'}" }`,
            `    basis: ${rnd() < 0.8 ? 'change' : 'report'}`,
            `    sources: [${cited[0]}]`,
            '    evidence:',
            `      - source: ${cited[0]}`,
            `        quote: ${SYNTHETIC_QUOTE}`,
          ]
            .filter(Boolean)
            .join('\n') + '\n'
        : '';
    if (treatments) withTreatments++;
    const title = { zh: `合成事件${i + 1}：平台链接政策调整`, en: `Synthetic event ${i + 1}: a link policy change` };
    const text = `
---
id: ${id}
date: "${date}"${effective}
title: { zh: "${title.zh}", en: "${title.en}" }
summary: { zh: "这是用于性能测试的合成事件${i + 1}。", en: "Synthetic event ${i + 1}, generated for benchmarks." }
actors: [${some(actors, 2).join(', ')}]
platforms: [${eventPlatforms.join(', ')}]
surfaces: [${eventSurfaces.join(', ')}]
tags: [${some(tags, 2).join(', ')}]
sources: [${cited.join(', ')}]
${treatments}---

<Zh>

合成事件${i + 1}的正文，描述一次链接政策的调整。<Cite src="${cited[0]}" />

</Zh>

<En>

The body of synthetic event ${i + 1}, describing a change of link policy. <Cite src="${cited[0]}" />

</En>
`.trimStart();
    writeFileSync(join(out, 'events', `${id}.mdx`), text);
  }
  return { dir: out, events: options.events, sources: sourceCount, withTreatments };
}

if (import.meta.main) {
  const usage = 'Usage: node bench/generate-content.ts [--events 1000] [--out folder] [--seed 1] [--treatment-share 0.05]';
  const values = cliArgs(usage, {
    events: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'treatment-share': { type: 'string', default: String(TREATMENT_SHARE) },
  });
  const wrong = [
    !/^[1-9]\d*$/.test(values.events!) && `--events must be a whole number above 0 (got "${values.events}")`,
    !/^\d+$/.test(values.seed!) && `--seed must be a whole number (got "${values.seed}")`,
    !(values['treatment-share']!.trim() !== '' && Number(values['treatment-share']) >= 0 && Number(values['treatment-share']) <= 1) && `--treatment-share must be a number from 0 to 1 (got "${values['treatment-share']}")`,
    values.out !== undefined && unsafeOutput('--out', values.out, ROOT),
  ].filter(Boolean);
  if (wrong.length) usageError(wrong.join('\n'), usage);
  const n = Number(values.events);
  const out = values.out ?? join(ROOT, 'bench/tmp', `content-${n}`);
  const result = generateContent({ events: n, out, seed: Number(values.seed), treatmentShare: Number(values['treatment-share']) });
  console.log(`wrote ${result.events} events (${result.withTreatments} with a treatment change) and ${result.sources} sources to ${result.dir}`);
}
