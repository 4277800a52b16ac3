import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// Real browsers: one at a time (two cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('e2e')],
    include: ['tests/e2e/**/*.test.ts'],
    // Fails any test that leaves a console error or uncaught exception of the extension.
    setupFiles: ['tests/e2e/setup.ts'],
    environment: 'node',
    fileParallelism: false,
    // Real browsers over a debugging protocol flake now and then (once in a few full runs, never
    // the same test): CI tries a failed test once more, and the summary names any that needed it.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
