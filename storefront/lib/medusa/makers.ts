/**
 * Maker reads for the storefront (docs/makers-api.md). The store routes return only what each maker
 * consented to show; nothing here asks for more (no `fields`, no link fields).
 */
import { cache } from "react"
import { CACHE_TAGS, cached } from "./catalog"
import { isNotFound, storeGet, storeGetAll } from "./client"
import { isMakerHandle, toMaker, toMakers } from "./transform"
import type { Maker, MakerProfile, RawMakerProduct, RawPublicMaker } from "./types"

/** Active makers who consented to show their name, the Collective last. */
export const listMakers = cache(async (): Promise<Maker[]> => {
  const raw = await storeGetAll<"makers", RawPublicMaker>("/store/makers", "makers", {}, cached(CACHE_TAGS.makers))
  return toMakers(raw)
})

/**
 * A maker's profile and her published products (without prices: see listProductsByRefs), or null for an
 * unknown, hidden or non-consenting maker (the backend answers 404 for all three alike).
 */
export const getMaker = cache(async (handle: string): Promise<MakerProfile | null> => {
  if (!isMakerHandle(handle)) return null
  let response: { maker: RawPublicMaker; products: RawMakerProduct[] | null }
  try {
    response = await storeGet(
      `/store/makers/${encodeURIComponent(handle)}`,
      {},
      cached(CACHE_TAGS.makers, CACHE_TAGS.maker(handle))
    )
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  const maker = response.maker ? toMaker(response.maker) : null
  if (!maker || maker.handle !== handle) return null
  return { maker, products: response.products ?? [] }
})
