// @ts-check
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/validation/astro-integration.ts';
import { formatReport } from './src/validation/problem.ts';
import { readSiteConfig } from './src/validation/site-config.ts';

// The public address: content/site.yaml's url, or SITE_URL for one build; none until the
// site is published (then canonical links are relative, and the feed, sitemap and oEmbed
// files, which need absolute addresses, are not made).
const siteConfig = readSiteConfig();
if (!siteConfig.ok) throw new Error(formatReport(siteConfig.problems));
const site = siteConfig.config.url;

/**
 * SITE_URL: overrides content/site.yaml's url (the public address) for one build.
 * BASE_PATH: serve under a sub-path, e.g. /wechat-links/ (every internal URL follows it).
 *
 * Checked by `@satisfies`, not `defineConfig`: `astro/config` also loads svgo, its CSS
 * optimiser and a font-file reader, which this site never uses, into every build and dev
 * server start (0.35 s on top of Astro's own modules, measured on a busy machine).
 */
const config = /** @satisfies {import('astro').AstroUserConfig} */ ({
  ...(site ? { site } : {}),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Eight pages at a time. Images are drawn off the main thread, at most one per core
  // (src/charts/node/raster.ts), so other pages render meanwhile, and an unchanged page copied
  // from the incremental cache waits on the disk, not the CPU. Measured at 1,000 events: a
  // cold build 121 s at 2, 116 s at 8, the same peak memory; rebuilds the same at 2 and 8
  // within their noise (an edit 12.0–13.8 s at 2, 12.1–12.7 s at 8).
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8) },
  devToolbar: { enabled: false },
  experimental: {
    // Frontmatter completion and checking in editors with the Astro extension (.vscode/).
    contentIntellisense: true,
    // A rebuild copies each page whose code and cache key (src/data/cache-keys.ts: the content
    // the page reads) are unchanged from the last build, instead of rendering it again
    // (ASTRO_INCREMENTAL=0 turns it off, to compare).
    incrementalBuild: process.env.ASTRO_INCREMENTAL !== '0',
  },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The small modules most page scripts share (addresses, dates, language codes,
              // text fitting, the language switch, Vite's preload helper) as one file rather
              // than eight: gzipped apart they weighed 0.85 KB more on the home page, whose
              // JS + CSS is budgeted at 30 KB (bench/timeline.bench.ts).
              codeSplitting: {
                groups: [{ name: 'shared', test: /\/src\/(lib\/urls|model\/(calendar-date|lang-codes)|lib\/text\/(fill|fit)|charts\/browser\/canvas-measure|scripts\/lang-switch)\.ts$|preload-helper/ }],
              },
            },
          },
        },
      },
    },
    build: {
      // Scripts here import only same-origin modules they name themselves (the search index);
      // Vite's preload helper breaks when Astro inlines a small script into the page.
      modulePreload: false,
    },
  },
  integrations: [
    contentGuard(),
    // No MDX integration: event bodies are data, rendered by src/build/event-body.ts.
    // A sitemap lists absolute addresses: only for a site that has one.
    ...(site
      ? [
          sitemap({
            i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
            // Embeds are framed copies of charts whose canonical page is the full one: not listed.
            filter: (page) => !new URL(page).pathname.includes('/embed/'),
          }),
        ]
      : []),
  ],
});

export default config;
