import { Modules } from "@medusajs/framework/utils"
import { describe, expect, it, vi } from "vitest"
import { SEARCH_CACHE_TAG, cachedSearch, clearSearchCache } from "../search-cache"

/** A stand-in of Medusa's Caching Module: keys with tags, cleared by tag. */
function fakeCaching() {
  const entries = new Map<string, { data: unknown; tags: string[]; ttl?: number }>()
  return {
    entries,
    get: vi.fn(async ({ key }: { key: string }) => entries.get(key)?.data ?? null),
    set: vi.fn(async ({ key, data, tags, ttl }: { key: string; data: unknown; tags: string[]; ttl?: number }) => {
      entries.set(key, { data, tags, ttl })
    }),
    clear: vi.fn(async ({ tags }: { tags: string[] }) => {
      for (const [key, entry] of entries) if (entry.tags.some((t) => tags.includes(t))) entries.delete(key)
    }),
  }
}

const scopeWith = (caching: unknown) => ({
  resolve: ((key: string) => (key === Modules.CACHING ? caching : undefined)) as never,
})

describe("search answers in Medusa's Caching Module", () => {
  it("answers a repeated search from the cache, under the search tag, until the index is written", async () => {
    const caching = fakeCaching()
    const scope = scopeWith(caching)
    let computed = 0
    const compute = async () => ({ hits: [], count: ++computed })

    expect(await cachedSearch(scope, "search", { q: "buket" }, compute)).toEqual({ hits: [], count: 1 })
    expect(await cachedSearch(scope, "search", { q: "buket" }, compute)).toEqual({ hits: [], count: 1 })
    expect(computed).toBe(1)
    const [entry] = caching.entries.values()
    expect(entry).toMatchObject({ tags: [SEARCH_CACHE_TAG] })
    expect(entry!.ttl).toBeGreaterThan(0)

    // A different query, filter or kind is a different answer.
    await cachedSearch(scope, "search", { q: "buket", category: "buket-bunga" }, compute)
    await cachedSearch(scope, "suggest", { q: "buket" }, compute)
    expect(computed).toBe(3)

    await clearSearchCache(scope)
    expect(await cachedSearch(scope, "search", { q: "buket" }, compute)).toEqual({ hits: [], count: 4 })
  })

  it("computes identical concurrent misses once", async () => {
    const scope = scopeWith(fakeCaching())
    let computed = 0
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 20))
    const answers = await Promise.all(Array.from({ length: 5 }, () => cachedSearch(scope, "search", { q: "bunga" }, compute)))
    expect(answers).toEqual([1, 1, 1, 1, 1])
  })

  it("does not cache a failed search", async () => {
    const caching = fakeCaching()
    const scope = scopeWith(caching)
    await expect(cachedSearch(scope, "search", { q: "x" }, () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(caching.entries.size).toBe(0)
    expect(await cachedSearch(scope, "search", { q: "x" }, async () => "ok")).toBe("ok")
  })

  it("computes every time without the Caching Module", async () => {
    const scope = { resolve: (() => { throw new Error("not registered") }) as never }
    let computed = 0
    await cachedSearch(scope, "search", { q: "a" }, async () => ++computed)
    await cachedSearch(scope, "search", { q: "a" }, async () => ++computed)
    expect(computed).toBe(2)
    await expect(clearSearchCache(scope)).resolves.toBeUndefined()
  })
})
