import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/), served by `astro preview`, in the
 * machine's Chromium (Debian's package; Playwright's own browser downloads are not used).
 * CHROMIUM_PATH overrides the executable; TEST_TZ sets the browser's time zone.
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

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    timezoneId: process.env.TEST_TZ ?? 'America/Los_Angeles',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://localhost:${port}${process.env.BASE_PATH ?? '/'}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
