import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Scope = Pick<MedusaContainer, "resolve">

/** Every cached search answer carries this tag; any index write clears them all. */
export const SEARCH_CACHE_TAG = "product_search"
/**
 * How long an answer may be served. Writes clear the cache at once; the limit only bounds staleness when the
 * index is written by a process that does not share the cache (the in-memory provider of a one-off script).
 */
const SEARCH_CACHE_TTL_SECONDS = 60

const inFlight = new Map<string, Promise<unknown>>()

function caching(scope: Scope): ICachingModuleService | null {
  try {
    return scope.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true }) ?? null
  } catch {
    return null
  }
}

/**
 * The answer to a search, from Medusa's Caching Module when an identical search was answered since the index
 * last changed (in memory in one process, Redis when REDIS_URL is set). Identical concurrent misses share one
 * computation. Without the Caching Module every call computes.
 */
export async function cachedSearch<T>(scope: Scope, kind: string, input: object, compute: () => Promise<T>): Promise<T> {
  const cache = caching(scope)
  if (!cache) return compute()
  const key = `${SEARCH_CACHE_TAG}:${kind}:${JSON.stringify(input)}`
  const hit = (await cache.get({ key })) as T | null
  if (hit != null) return hit
  const pending = inFlight.get(key)
  if (pending) return pending as Promise<T>
  const computation = compute()
    .then(async (data) => {
      await cache.set({ key, data: data as object, tags: [SEARCH_CACHE_TAG], ttl: SEARCH_CACHE_TTL_SECONDS })
      return data
    })
    .finally(() => inFlight.delete(key))
  inFlight.set(key, computation)
  return computation
}

/** Forgets every cached search answer: called after each write to the index. */
export async function clearSearchCache(scope: Scope): Promise<void> {
  await caching(scope)?.clear({ tags: [SEARCH_CACHE_TAG] })
}
