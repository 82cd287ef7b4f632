/**
 * The whole test suite, in order, stopping at the first failure (each step is a gate; see
 * README “Quality gates”):
 * system prerequisites → types → unit tests (three time zones; every bad-content case through
 * the content check) → integration tests (the real build: once on bad content, once on good;
 * chart images; the HTML checker on its fixture) → build
 * → build under /sub/ → HTML validity → browser tests (links, base path, third-party
 * requests, accessibility, time zones).
 * `npm test`; .ci/run calls it on a fresh machine. `npm test -- <step name prefix>` runs
 * only the matching steps.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
  readonly name: string;
  readonly command: string[];
  readonly env?: Record<string, string>;
}

const node = process.execPath;
const TEST_SITE_URL = 'https://wechat-link-policy.example/';
const steps: Step[] = [
  { name: 'system prerequisites', command: [node, 'scripts/setup-system.ts'] },
  { name: 'types (astro sync + tsc)', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit tests (TZ: UTC, Asia/Shanghai, America/Los_Angeles)', command: [node, 'scripts/test-unit.ts', 'tests/unit'] },
  // Real builds (one refused, one replacing its output), chart images and the real HTML checker:
  // processes, not about time zones (the content checks run in-process in the unit tests under
  // all three), so once.
  {
    name: 'integration tests (the build refuses bad content and replaces good output; chart images; the HTML checker)',
    command: [node, 'node_modules/vitest/vitest.mjs', 'run', 'tests/integration'],
    env: { TZ: 'America/Los_Angeles' },
  },
  // A test public address (.example never resolves), so the gates see what a published site
  // has: canonical addresses, feeds, sitemap, oEmbed, QR codes. A build without an address is
  // an integration test (tests/integration/no-public-address.test.ts).
  { name: 'build', command: [node, 'scripts/build.ts'], env: { SITE_URL: TEST_SITE_URL } },
  { name: 'build under /sub/ (dist-sub/)', command: [node, 'scripts/build.ts', '--out', 'dist-sub'], env: { BASE_PATH: '/sub/', SITE_URL: TEST_SITE_URL } },
  { name: 'HTML validity (Nu Html Checker)', command: [node, 'scripts/check-html.ts', 'dist', 'dist-sub'] },
  // The test process runs in America/Los_Angeles too, so date expectations computed in Node
  // would also show a naive conversion; the browser's zones are set per project.
  { name: 'browser tests (Chromium; @dates also in UTC and Asia/Shanghai)', command: [node, 'node_modules/@playwright/test/cli.js', 'test'], env: { TZ: 'America/Los_Angeles' } },
];

const only = process.argv.slice(2);
// The steps' temporary folders (content fixtures, test builds, the browser's profiles) go in
// one folder of this run's, removed when every step has passed and kept for a look when one fails.
const scratch = mkdtempSync(join(tmpdir(), 'wlp-test-run-'));
const timings: string[] = [];
const started = performance.now();
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  console.log(`\n━━ ${step.name} ━━`);
  const t = performance.now();
  const r = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env, TMPDIR: scratch } });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  timings.push(`${r.status === 0 ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  if (r.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\nFAILED at: ${step.name} (its temporary files are kept in ${scratch})`);
    process.exit(r.status ?? 1);
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`\n${timings.join('\n')}\n\nAll tests passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
