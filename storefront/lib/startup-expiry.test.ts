import { describe, expect, it } from "vitest"
import { TAGS_EXPIRED_AT_START, expireMakerDataCachedBeforeStart, expireTags } from "./startup-expiry"

describe("expireTags", () => {
  it("marks the tags expired as of now and keeps what else the manifest knew", () => {
    const manifest = new Map<string, { stale?: number; expired?: number }>([["makers", { stale: 5, expired: 1 }]])
    expireTags(manifest, ["makers", "products"], 1000)
    expect(manifest.get("makers")).toEqual({ stale: 5, expired: 1000 })
    expect(manifest.get("products")).toEqual({ expired: 1000 })
  })

  it("covers the tags every maker-bearing fetch carries", () => {
    expect(TAGS_EXPIRED_AT_START).toEqual(["makers", "products"])
  })
})

describe("expireMakerDataCachedBeforeStart", () => {
  it("finds Next's tag manifest in this Next.js version and expires the tags in it", async () => {
    const now = Date.now()
    expect(expireMakerDataCachedBeforeStart(now)).toBe(true)
    const { tagsManifest } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js")
    expect(tagsManifest.get("makers")?.expired).toBe(now)
    expect(tagsManifest.get("products")?.expired).toBe(now)
    const { areTagsExpired } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js")
    expect(areTagsExpired(["products"], now - 1)).toBe(true) // cached before the start: a miss
    expect(areTagsExpired(["products"], now + 1)).toBe(false) // cached after: a hit
  })
})
