import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { addCounts, playwrightCounts, vitestCounts } from "./results.mjs"

const write = (data) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "results-")), "r.json")
  fs.writeFileSync(file, JSON.stringify(data))
  return file
}

describe("test result counting", () => {
  it("reads Vitest's JSON report", () => {
    const file = write({ numPassedTests: 7, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1, numFailedTestSuites: 1,
      testResults: [{ status: "failed", assertionResults: [{ status: "failed" }] }] })
    expect(vitestCounts(file)).toEqual({ passed: 7, failed: 1, skipped: 3 })
  })

  it("counts a suite that failed to load as one failure", () => {
    const file = write({ numPassedTests: 3, numFailedTests: 0, numFailedTestSuites: 1,
      testResults: [{ status: "failed", assertionResults: [] }] })
    expect(vitestCounts(file)?.failed).toBe(1)
  })

  it("reads Playwright's JSON report, flaky tests as passed", () => {
    const file = write({ stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 } })
    expect(playwrightCounts(file)).toEqual({ passed: 4, failed: 1, skipped: 2 })
  })

  it("treats a missing report as unknown", () => {
    expect(vitestCounts("/nonexistent/report.json")).toBeNull()
    expect(playwrightCounts("/nonexistent/report.json")).toBeNull()
  })

  it("adds the stages up", () => {
    expect(addCounts([{ passed: 1, failed: 2, skipped: 3 }, { passed: 4, failed: 0, skipped: 1 }])).toEqual({ passed: 5, failed: 2, skipped: 4 })
  })
})
