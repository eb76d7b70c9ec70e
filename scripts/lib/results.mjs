// Reads the JSON reports of Vitest and Playwright and adds them up for the closing summary line.
import fs from "node:fs"

export function vitestCounts(file) {
  if (!fs.existsSync(file)) return null
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - failedSuitesWithFailedTests(report),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }
}

// A suite that fails to load has no failed tests of its own; count it once, without double-counting the others.
function failedSuitesWithFailedTests(report) {
  return (report.testResults ?? []).filter(
    (suite) => suite.status === "failed" && (suite.assertionResults ?? []).some((test) => test.status === "failed")
  ).length
}

export function playwrightCounts(file) {
  if (!fs.existsSync(file)) return null
  const { stats = {} } = JSON.parse(fs.readFileSync(file, "utf8"))
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  }
}

export function addCounts(counts) {
  return counts.reduce(
    (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
    { passed: 0, failed: 0, skipped: 0 }
  )
}
