/**
 * Prints, after Jest's own summary, the counts per suite family (unit, contract:kuzu,
 * contract:neo4j, e2e:kuzu, ...) so a store whose suite did not run is visible in the log, and
 * one plain closing line ("Tests: N passed, N failed, N skipped") that CI reads.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const perProject = new Map();
    for (const file of results.testResults) {
      const name = (file.displayName && (file.displayName.name || file.displayName)) || 'tests';
      const counts = perProject.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0 };
      counts.passed += file.numPassingTests;
      counts.failed += file.numFailingTests + (file.testExecError ? 1 : 0);
      counts.skipped += file.numPendingTests + file.numTodoTests;
      counts.files += 1;
      perProject.set(name, counts);
    }
    const lines = [...perProject.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `  ${name.padEnd(16)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${c.files} files)`,
      );
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\nSuites by store:\n${lines.join('\n')}\n` +
        `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
