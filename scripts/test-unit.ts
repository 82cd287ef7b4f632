/**
 * Runs the unit and integration tests once per time zone: dates must come out the same in
 * UTC, in China and on the US west coast (which has daylight saving).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZONES = (process.env.TEST_ZONES ?? 'UTC,Asia/Shanghai,America/Los_Angeles').split(',');
const extra = process.argv.slice(2);
// The tests' temporary folders (content fixtures, small sites, scratch files) go in one folder
// of this run's, removed when every zone has passed and kept for a look when one fails.
// (npm test gives its own such folder, which this one goes inside.)
const scratch = mkdtempSync(join(tmpdir(), 'wlp-unit-'));
for (const zone of ZONES) {
  console.log(`\n── unit tests under TZ=${zone} ──`);
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone, EXPECT_TZ: zone, TMPDIR: scratch },
  });
  if (r.status !== 0) {
    console.error(`\nUnit tests failed under TZ=${zone} (their temporary files are kept in ${scratch}).`);
    process.exit(r.status ?? 1);
  }
}
rmSync(scratch, { recursive: true, force: true });
