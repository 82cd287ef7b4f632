// @ts-check
/**
 * The bare baseline for bench/build-scaling: Astro with MDX and nothing of the site's own
 * (no content checks, schemas, languages, layout, lists, feeds, sitemap or search index).
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // The same harmless Astro 7 MDX warning the site filters (see ../../astro.config.mjs).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [mdx()],
});
