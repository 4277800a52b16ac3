import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each run with a plain `suite: N passed, N failed[, N skipped]` line, which CI reads to know how
 * many tests ran. A suite that collected no test, or whose files failed to load, counts as failed.
 * A test that passed only on a retry (the e2e suite retries once in CI) is named, so no flake hides.
 */
export default class SummaryReporter implements Reporter {
  constructor(private readonly suite = 'tests') {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    const flaky: string[] = [];
    for (const module of modules) {
      if (module.state() === 'failed' && !module.ok()) failed += module.errors().length;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed++;
          if (test.diagnostic()?.flaky) flaky.push(test.fullName);
        } else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const tail = (skipped ? `, ${skipped} skipped` : '') + (flaky.length ? `, ${flaky.length} flaky` : '');
    for (const name of flaky) console.log(`\nflaky (passed on a retry): ${name}`);
    console.log(`\n${this.suite}: ${passed} passed, ${failed} failed${tail}`);
  }
}
