import { describe, expect, it } from "vitest"
import { QUERIES, distinctQuery, percentile } from "./search.mjs"

describe("search benchmark", () => {
  it("repeats a fixed mix of popular queries of every kind", () => {
    expect(new Set(QUERIES.map(([kind]) => kind))).toEqual(
      new Set(["word", "english", "mixed", "typo", "maker", "facets", "browse", "suggest"])
    )
  })

  it("makes the distinct mix of nearly all different queries, so the cache cannot answer them", () => {
    const queries = Array.from({ length: 2000 }, (_, n) => distinctQuery(n))
    expect(new Set(queries.map(([, qs]) => qs)).size).toBeGreaterThan(1900)
    expect(new Set(queries.map(([kind]) => kind))).toEqual(new Set(["word", "typo", "maker", "facets", "browse", "suggest"]))
    for (const [, qs] of queries) expect(() => new URLSearchParams(qs.replace(/^suggest:/, ""))).not.toThrow()
  })

  it("misspells the words of its typo queries", () => {
    const typos = Array.from({ length: 60 }, (_, n) => distinctQuery(n * 6 + 1)[1])
    const words = ["buket", "bunga", "mawar", "pengantin", "hiasan", "dinding"]
    const misspelt = typos.map((qs) => decodeURIComponent(qs.slice(2)).split(" ")).flat()
    expect(misspelt.some((w) => words.includes(w))).toBe(false)
  })

  it("reads percentiles from sorted latencies", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10)
    expect(percentile([], 50)).toBeNaN()
  })
})
