import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/), served by scripts/serve.ts, in the
 * machine's Chromium (Debian's package; Playwright's own browser downloads are not used).
 * CHROMIUM_PATH overrides the executable.
 *
 * Time zones: the whole suite runs with the browser in TEST_TZ (default America/Los_Angeles,
 * where naive date code shows every CST date a day early); tests tagged @dates run again in
 * each of the other zones below, one project per zone.
 */
const port = Number(process.env.TEST_PORT ?? 4321 + 80);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Shanghai'];
const mainZone = process.env.TEST_TZ ?? ZONES[0]!;
const chromium = { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Time limits guard against hangs, not against slowness: a test that waits this long is
  // stuck on any machine, however busy (a template's visit takes seconds; Playwright's
  // default of 30 s failed on a slower machine). The whole run is bounded too.
  timeout: 10 * 60_000,
  expect: { timeout: 60_000 },
  globalTimeout: 2 * 60 * 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    timezoneId: mainZone,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    // dates.spec.ts is for the other zones: in this one the template gate checks dates on its visit.
    { name: 'desktop', testIgnore: 'dates.spec.ts', use: { ...chromium, timezoneId: mainZone } },
    ...ZONES.filter((zone) => zone !== mainZone).map((zone) => ({ name: `dates in ${zone}`, grep: /@dates/, use: { ...chromium, timezoneId: zone } })),
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://localhost:${port}${process.env.BASE_PATH ?? '/'}`,
    reuseExistingServer: false,
    timeout: 5 * 60_000,
  },
});
