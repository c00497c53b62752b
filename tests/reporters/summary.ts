// Playwright reporter that ends with the plain line CI reads ("N passed, N failed") and, when
// TEST_SUMMARY_FILE is set, writes the counts there for the combined summary of `npm test`.
import type { Reporter, TestCase, TestResult, FullResult } from '@playwright/test/reporter';
import { writeFileSync } from 'node:fs';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  onTestEnd(test: TestCase, result: TestResult) {
    // Count each test once, by its final outcome.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }
  onEnd(result: FullResult) {
    if (result.status !== 'passed' && this.failed === 0) this.failed = 1; // e.g. a server that failed to start
    const file = process.env.TEST_SUMMARY_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped }));
    console.log(`${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`);
  }
  printsToStdio() {
    return false;
  }
}
