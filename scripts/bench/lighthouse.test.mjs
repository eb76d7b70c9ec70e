import { describe, expect, it } from "vitest"
import { figures, median, missedTargets, summarise } from "./lighthouse.mjs"
import { scriptUrls } from "./js-size.mjs"

const lhr = (perf, a11y, lcp, scripts) => ({
  categories: { performance: { score: perf }, accessibility: { score: a11y } },
  audits: {
    "largest-contentful-paint": { numericValue: lcp },
    "network-requests": {
      details: { items: [{ resourceType: "Document", transferSize: 9000 }, ...scripts.map((t) => ({ resourceType: "Script", url: "http://x/a.js", transferSize: t }))] },
    },
  },
})

describe("lighthouse benchmark figures", () => {
  it("takes scores, LCP and the transferred bytes of script requests only", () => {
    expect(figures(lhr(0.97, 1, 1234, [100, 250]))).toMatchObject({ performance: 97, accessibility: 100, lcpMs: 1234, jsBytes: 350 })
  })

  it("takes the median of each figure", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
    const runs = [figures(lhr(0.9, 1, 3000, [10])), figures(lhr(0.99, 0.9, 1000, [30])), figures(lhr(0.95, 0.95, 2000, [20]))]
    expect(summarise(runs)).toEqual({ performance: 95, accessibility: 95, lcpMs: 2000, jsBytes: 20 })
  })

  it("names every missed target, the JS budget on the product page only", () => {
    const results = [
      { page: { name: "home" }, summary: { performance: 99, accessibility: 94, jsBytes: 200_000 } },
      { page: { name: "product", product: true }, summary: { performance: 94, accessibility: 100, jsBytes: 130_000 } },
      { page: { name: "category" }, skipped: "404" },
    ]
    expect(missedTargets(results)).toEqual([
      "home: accessibility 94 < 95",
      "product: performance 94 < 95",
      "product: 130000 B of JavaScript transferred > 122880 B",
    ])
  })
})

describe("js-size", () => {
  it("finds script files and marks nomodule ones", () => {
    const html = `<script src="/_next/a.js" async=""></script><script src="/_next/p.js" noModule=""></script>
      <link rel="preload" as="script" fetchPriority="low" href="/_next/b.js"/><script>inline()</script>`
    expect(scriptUrls(html, "http://localhost:8300/x")).toEqual([
      { url: "http://localhost:8300/_next/a.js", nomodule: false },
      { url: "http://localhost:8300/_next/p.js", nomodule: true },
      { url: "http://localhost:8300/_next/b.js", nomodule: false },
    ])
  })
})
