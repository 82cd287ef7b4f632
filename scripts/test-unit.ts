/**
 * Runs the unit and integration tests once per time zone: dates must come out the same in
 * UTC, in China and on the US west coast (which has daylight saving).
 */
import { spawnSync } from 'node:child_process';

const ZONES = (process.env.TEST_ZONES ?? 'UTC,Asia/Shanghai,America/Los_Angeles').split(',');
const extra = process.argv.slice(2);
for (const zone of ZONES) {
  console.log(`\n── unit tests under TZ=${zone} ──`);
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone, EXPECT_TZ: zone },
  });
  if (r.status !== 0) {
    console.error(`\nUnit tests failed under TZ=${zone}.`);
    process.exit(r.status ?? 1);
  }
}
