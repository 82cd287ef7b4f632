import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Time limits guard against hangs, not against slowness: no test here (the slowest is a
    // real build) takes anything near this long, however busy the machine.
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
