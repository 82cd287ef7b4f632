/**
 * Build scaling: synthetic content of 100, 1,000 and 10,000 events (with sources, and treatment
 * changes on one event in twenty; see generate-content.ts) is built cold by the full site
 * build (without the briefing PDFs; see support/builds.ts) and by a bare Astro build of the
 * same MDX files (bench/bare: no checks, schemas, languages, lists, feeds or search). Printed:
 * seconds, seconds per 1,000 events, peak memory of each build's process tree, and the
 * ratios against the bare build that makes two pages per event, as the site makes one per
 * language. Budgets (issue 15), at 10,000 events: time within 3× that bare build's, peak
 * memory within 2× its; and growth from 1,000 to 10,000 events (time per event at 10,000 ÷ at
 * 1,000) at most 1.1. The ratio against the one-page bare build is printed for comparison
 * with earlier runs.
 *
 * Then the same site is rendered once more, every page anew (--fresh), with the site's own
 * caches as the cold builds left them: every image already drawn, and the text runs, the
 * content check's parse memo and V8's compiled code kept too. What the pages cost without
 * rasterising an image, against the same bare build; the warm caches favour the site, so the
 * pages' true share is if anything larger. One run, against the fastest bare build. No
 * budget: it says how much of the ratio the images are.
 *
 * Each build is cold (its Astro cache emptied first) and runs three times (twice at 10,000
 * events), site and bare taking turns so both meet the same load from other work on the
 * machine; the fastest of each counts (other work only ever slows a build down).
 *
 * BENCH_EVENTS=100,1000 npm run bench build-scaling   — other sizes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent } from './generate-content.ts';
import type { Benchmark, Measure } from './run.ts';
import { bareBuild, describeSteps, faster, siteBuild, type BuildRun } from './support/builds.ts';
import { TMP } from './support/site.ts';

/** The HTML pages a build made. */
const htmlPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

const SIZES = (process.env.BENCH_EVENTS ?? '100,1000,10000').split(',').map(Number);
/** At this many events the budgets apply (smaller sites are dominated by fixed costs). */
const BUDGET_AT = 10000;
const RATIO_BUDGET = 3;
const MEMORY_BUDGET = 2;
const GROWTH_BUDGET = 1.1;
const fmt = (n: number) => n.toLocaleString('en');
const r2 = (n: number) => Math.round(n * 100) / 100;

const bench: Benchmark = {
  name: 'build-scaling',
  description: `cold full build vs bare Astro build at ${SIZES.map(fmt).join(', ')} events`,
  async run() {
    const measures: Measure[] = [];
    const perThousand = new Map<number, number>();
    for (const n of SIZES) {
      const content = join(TMP, `content-${n}`);
      const generated = generateContent({ events: n, out: content, seed: 1 });
      const times = n < 10000 ? 3 : 2;
      let site: BuildRun | undefined;
      let bare: BuildRun | undefined;
      let bare2: BuildRun | undefined;
      const bareOptions = { content, out: join(TMP, `bare-${n}`), cache: join(TMP, `cache-bare-${n}`), cold: true };
      const siteOptions = { content, out: join(TMP, `site-${n}`), cache: join(TMP, `cache-site-${n}`), cold: true };
      for (let i = 0; i < times; i++) {
        site = faster(site, await siteBuild(siteOptions));
        bare = faster(bare, await bareBuild(bareOptions));
        bare2 = faster(bare2, await bareBuild({ ...bareOptions, pagesPerEvent: 2 }));
      }
      if (!site || !bare || !bare2) throw new Error('no build ran');
      const drawn = await siteBuild({ ...siteOptions, cold: false, fresh: true });
      const runs = times > 1 ? `fastest of ${times}` : 'one run';
      perThousand.set(n, (site.seconds / n) * 1000);
      const ratio = site.seconds / bare.seconds;
      measures.push(
        {
          metric: `site build, ${fmt(n)} events`,
          value: r2(site.seconds),
          unit: 's',
          note: `${runs}; ${fmt(generated.withTreatments)} events change a treatment; ${htmlPages(join(TMP, `site-${n}`))} pages; ${describeSteps(site)}`,
        },
        { metric: `bare Astro build, ${fmt(n)} events`, value: r2(bare.seconds), unit: 's', note: `${runs}: ${describeSteps(bare)}` },
        { metric: `site / bare, ${fmt(n)} events`, value: r2(ratio), unit: '×' },
        { metric: `bare Astro build, two pages per event, ${fmt(n)} events`, value: r2(bare2.seconds), unit: 's', note: `${runs}: ${describeSteps(bare2)}` },
        { metric: `site / bare with two pages per event, ${fmt(n)} events`, value: r2(site.seconds / bare2.seconds), unit: '×', ...(n === BUDGET_AT ? { budget: { max: RATIO_BUDGET } } : {}) },
        {
          metric: `site build with every image already drawn, ${fmt(n)} events`,
          value: r2(drawn.seconds),
          unit: 's',
          note: `one run, after the cold ones: every page rendered again (--fresh); the site's caches warm (images, text runs, parse memo, compiled code); ${describeSteps(drawn)}`,
        },
        { metric: `the same / bare with two pages per event, ${fmt(n)} events`, value: r2(drawn.seconds / bare2.seconds), unit: '×' },
        { metric: `site build per 1,000 events, at ${fmt(n)}`, value: r2(perThousand.get(n)!), unit: 's' },
        ...(site.peakMiB === undefined ? [] : [{ metric: `peak memory, site build, ${fmt(n)} events`, value: Math.round(site.peakMiB), unit: 'MiB' }]),
        ...(bare.peakMiB === undefined ? [] : [{ metric: `peak memory, bare build, ${fmt(n)} events`, value: Math.round(bare.peakMiB), unit: 'MiB' }]),
        ...(bare2.peakMiB === undefined ? [] : [{ metric: `peak memory, bare build with two pages per event, ${fmt(n)} events`, value: Math.round(bare2.peakMiB), unit: 'MiB' }]),
        ...(site.peakMiB === undefined || bare2.peakMiB === undefined
          ? []
          : [{ metric: `peak memory, site / bare with two pages per event, ${fmt(n)} events`, value: r2(site.peakMiB / bare2.peakMiB), unit: '×', ...(n === BUDGET_AT ? { budget: { max: MEMORY_BUDGET } } : {}) }]),
      );
    }
    if (perThousand.has(1000) && perThousand.has(10000)) {
      measures.push({
        metric: 'growth 1,000 → 10,000 events (time per event, 1 = linear)',
        value: r2(perThousand.get(10000)! / perThousand.get(1000)!),
        unit: '×',
        budget: { max: GROWTH_BUDGET },
      });
    }
    return measures;
  },
};

export default bench;
