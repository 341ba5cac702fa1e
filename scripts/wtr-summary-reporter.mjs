// Prints "wtr: N passed, N failed, N skipped" over every browser as the last line of the run, for
// scripts/test.mjs to add up. A test file that fails to load counts as one failure.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        count(session.testResults, totals);
        if (!session.passed && totals.failed === failedBefore) totals.failed++;
      }
      // WTR redraws its progress after reporters stop: print on exit so this line comes last.
      process.once('exit', () => {
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
