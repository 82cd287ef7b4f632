import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Test files in a worker share loaded modules instead of importing them afresh for each
    // file, which was most of the unit tests' time (150 s → 40 s a time zone on a busy machine).
    // A test must therefore not depend on a module's state being new.
    isolate: false,
    // Time limits guard against hangs, not against slowness: no test here (the slowest is a
    // real build) takes anything near this long, however busy the machine.
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
