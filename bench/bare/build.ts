/**
 * Builds the bare baseline (see astro.config.mjs here) from CONTENT_DIR's events.
 *
 *   CONTENT_DIR=<dir> [ASTRO_LOG_LEVEL=info] node bench/bare/build.ts --out <dir> [--cache <dir>]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' }, cache: { type: 'string' } } });
if (!values.out) throw new Error('--out is required');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
await build({
  root: import.meta.dirname,
  outDir: resolve(values.out),
  ...(values.cache ? { cacheDir: resolve(values.cache) } : {}),
  logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
});
