import { describe, expect, it } from "vitest"
import { median, parseArgs, summaryLine } from "./media.mjs"

describe("media benchmark", () => {
  it("reads --images and --parallel, defaulting to 12 and the CPUs", () => {
    expect(parseArgs([], 2)).toEqual({ images: 12, parallel: 2 })
    expect(parseArgs(["--images=4", "--parallel", "3"], 2)).toEqual({ images: 4, parallel: 3 })
    expect(() => parseArgs(["--images=0"], 2)).toThrow("--images needs a whole number of at least 1.")
    expect(() => parseArgs(["--fast"], 2)).toThrow("Unknown option --fast")
  })

  it("prints throughput, per-image time and peak memory on one line", () => {
    const line = summaryLine({
      images: 4,
      width: 4000,
      height: 3000,
      inputBytes: 4 * 3.5 * 1024 * 1024,
      parallel: 2,
      wallMs: 1000,
      latenciesMs: [400, 500, 450, 600],
      peakRssBytes: 300 * 1024 * 1024,
      baselineRssBytes: 100 * 1024 * 1024,
      variantsPerImage: [3],
      outputBytes: 4 * 200 * 1024,
    })
    expect(line).toBe(
      "media pipeline: 4 × 4000×3000 JPEG (3.5 MB avg, EXIF+GPS), parallel 2: 4.00 images/s, 250 ms/image wall, " +
        "475 ms median latency, peak RSS 300 MB (100 MB before the first image); 3 variants, 200 kB of WebP per image",
    )
    expect(line).not.toContain("\n")
    expect(median([3, 1, 2])).toBe(2)
  })
})
