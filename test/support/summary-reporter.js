/**
 * Prints one plain closing line ("Tests: N passed, N failed, N skipped") that CI reads,
 * plus the per-suite-family counts, so a skipped store suite is visible in the log.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
