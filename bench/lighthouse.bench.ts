/**
 * Lighthouse (the npm package, default mobile settings with simulated throttling) on the real
 * site served locally, in Debian's Chromium: home, an event page, a platform page and an embed
 * page (the templates' own pages, tests/support/site.ts); the four category scores of each,
 * budget 100. Nothing leaves the machine: the site makes no third-party
 * requests (see the gate) and Chromium runs with background networking off.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { DEFAULT_LANG } from '../src/model/lang.ts';
import { content, templates, url } from '../tests/support/site.ts';
import type { Benchmark, Measure } from './run.ts';
import { builtSite, serve } from './support/site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const bench: Benchmark = {
  name: 'lighthouse',
  description: 'Lighthouse category scores (mobile, simulated throttling) for home, event, platform and embed pages',
  async run() {
    const dir = await builtSite();
    const template = (name: string) => url(templates().find((t) => t.name === name)!.route, DEFAULT_LANG, '/');
    const pages: [name: string, path: string][] = [
      ['home', template('home')],
      ['event page', url({ page: 'event', id: content().events.at(-1)!.data.id }, DEFAULT_LANG, '/')],
      ['platform page', template('platform')],
      ['embed page', template('platform embed')],
    ];
    const site = await serve(dir);
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    const measures: Measure[] = [];
    try {
      for (const [name, path] of pages) {
        const result = await lighthouse(site.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
        const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
        const elsewhere = requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== site.origin);
        if (elsewhere.length) throw new Error(`${path} made requests outside the site under Lighthouse:\n${elsewhere.join('\n')}`);
        for (const id of CATEGORIES) {
          const category = lhr.categories[id]!;
          // What cost points: the audits in this category that did not pass, with their scores.
          const lost = category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} ${lhr.audits[ref.id]!.score}${lhr.audits[ref.id]!.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`);
          measures.push({
            metric: `${name} ${path}: ${category.title}`,
            value: Math.round((category.score ?? 0) * 100),
            unit: 'score',
            budget: { min: 100 },
            ...(lost.length ? { note: lost.join('; ') } : {}),
          });
        }
      }
    } finally {
      chrome.kill();
      site.close();
    }
    return measures;
  },
};

export default bench;
