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
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    timezoneId: mainZone,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...chromium, timezoneId: mainZone } },
    ...ZONES.filter((zone) => zone !== mainZone).map((zone) => ({ name: `dates in ${zone}`, grep: /@dates/, use: { ...chromium, timezoneId: zone } })),
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://localhost:${port}${process.env.BASE_PATH ?? '/'}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
