/**
 * Product search: GET /store/search (results with facets) and GET /store/search/suggestions (titles as you type),
 * see the search contract. Server-only like the rest of lib/medusa; the browser asks for suggestions through the
 * storefront's own route handler (app/api/search/suggestions), never the backend directly.
 *
 * Answers are never put in Next's data cache: every query string would be a new entry (unbounded, and anyone
 * can make up queries). The backend answers searches from its own index.
 */
import type { Locale } from "../i18n/config"
import type { Currency } from "../i18n/market"
import { httpError, storeSend, type Query } from "./client"
import type { MakerSummary, ProductCard, StockState } from "./types"

// ---------- the store API's shapes ----------

export type RawSearchHit = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  price: number | null
  currency: string | null
  maker: { handle: string; name: string } | null
  in_stock: boolean
  made_to_order: boolean
}

export type RawFacetCount = { handle: string; name: string; count: number }

export type RawSearchFacets = {
  categories: RawFacetCount[]
  makers: RawFacetCount[]
  price: { min: number; max: number } | null
  in_stock: number
}

export type RawSearchResponse = {
  hits: RawSearchHit[]
  count: number
  limit: number
  offset: number
  facets: RawSearchFacets
}

export type RawSuggestion = { title: string; handle: string }

// ---------- what the storefront asks and gets ----------

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Results per page: a multiple of 2, 3 and 4 (the grid's columns). */
export const SEARCH_PAGE_SIZE = 24
/** The backend refuses longer queries (400). */
export const MAX_QUERY_LENGTH = 100
/** Suggestions are asked for from this many characters on. */
export const MIN_SUGGEST_LENGTH = 2
export const SUGGESTION_LIMIT = 6
/** Deeper pages are not worth a database's time: nobody reads page 400 of a search. */
export const MAX_SEARCH_PAGE = 50

export type SearchParams = {
  q: string
  currency: Currency
  category?: string
  maker?: string
  /** In the currency's major units (rupiah, dollars), inclusive. */
  minPrice?: number
  maxPrice?: number
  inStock?: boolean
  sort: SearchSort
  /** 1-based. */
  page: number
}

export type FacetOption = { handle: string; name: string; count: number }

export type SearchResults = {
  products: ProductCard[]
  total: number
  page: number
  pages: number
  facets: {
    categories: FacetOption[]
    makers: FacetOption[]
    price: { min: number; max: number } | null
    inStock: number
  }
}

export type SearchOutcome =
  | { ok: true; results: SearchResults }
  /** invalid: the backend refused the query (400, e.g. too long); unavailable: anything else went wrong. */
  | { ok: false; reason: "invalid" | "unavailable"; message: string }

// ---------- pure mapping ----------

/** The store route's query string for `params` (snake case; only what is set). */
export function toSearchQuery(params: SearchParams): Query {
  const page = Math.min(Math.max(1, Math.floor(params.page) || 1), MAX_SEARCH_PAGE)
  const query: Query = {
    q: params.q.trim().slice(0, MAX_QUERY_LENGTH),
    currency: params.currency,
    sort: params.sort,
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  }
  if (params.category) query.category = params.category
  if (params.maker) query.maker = params.maker
  if (params.minPrice != null) query.min_price = params.minPrice
  if (params.maxPrice != null) query.max_price = params.maxPrice
  if (params.inStock) query.in_stock = "true"
  return query
}

function hitStock(hit: RawSearchHit): StockState {
  if (hit.in_stock) return { kind: "in_stock", quantity: null }
  if (hit.made_to_order) return { kind: "made_to_order", leadTimeDays: null }
  return { kind: "sold_out" }
}

function hitMaker(maker: RawSearchHit["maker"]): MakerSummary | null {
  if (!maker || typeof maker.handle !== "string" || typeof maker.name !== "string") return null
  return { handle: maker.handle, name: maker.name.trim(), imageUrl: null, isCollective: false }
}

/** A hit as the shop's product card: the English title where there is one, one price (no range). */
export function toSearchCard(hit: RawSearchHit, locale: Locale, currency: Currency): ProductCard {
  const english = locale === "en" ? hit.title_en?.trim() : null
  const price =
    typeof hit.price === "number" && Number.isFinite(hit.price)
      ? { min: hit.price, max: hit.price, currencyCode: (hit.currency || currency).toLowerCase() }
      : null
  return {
    id: hit.id,
    handle: hit.handle,
    title: english || hit.title,
    thumbnail: hit.thumbnail || null,
    createdAt: null,
    price,
    stock: hitStock(hit),
    maker: hitMaker(hit.maker),
  }
}

function facetOptions(raw: readonly RawFacetCount[] | null | undefined): FacetOption[] {
  return (raw ?? [])
    .filter((f) => f && typeof f.handle === "string" && f.handle && Number(f.count) > 0)
    .map((f) => ({ handle: f.handle, name: (f.name || f.handle).trim(), count: Number(f.count) }))
}

export function toSearchResults(raw: RawSearchResponse, params: SearchParams, locale: Locale): SearchResults {
  const total = Math.max(0, Number(raw.count) || 0)
  const pages = Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), MAX_SEARCH_PAGE)
  const price = raw.facets?.price
  return {
    products: (raw.hits ?? []).map((hit) => toSearchCard(hit, locale, params.currency)),
    total,
    page: Math.min(Math.max(1, params.page), Math.max(1, pages)),
    pages,
    facets: {
      categories: facetOptions(raw.facets?.categories),
      makers: facetOptions(raw.facets?.makers),
      price:
        price && Number.isFinite(price.min) && Number.isFinite(price.max) ? { min: price.min, max: price.max } : null,
      inStock: Math.max(0, Number(raw.facets?.in_stock) || 0),
    },
  }
}

// ---------- requests ----------

/** One page of results for `params`, in `locale`'s words. Never throws: a failure is an outcome the page shows. */
export async function searchProducts(params: SearchParams, locale: Locale): Promise<SearchOutcome> {
  try {
    const raw = await storeSend<RawSearchResponse>("/store/search", { query: toSearchQuery(params) })
    return { ok: true, results: toSearchResults(raw, params, locale) }
  } catch (error) {
    const { status, message } = httpError(error)
    if (status === 400) return { ok: false, reason: "invalid", message }
    console.error("search failed", status, message)
    return { ok: false, reason: "unavailable", message }
  }
}

/**
 * Product titles matching what has been typed so far; none for fewer than MIN_SUGGEST_LENGTH characters or when
 * the backend fails (suggestions are a convenience: the search itself still works).
 */
export async function searchSuggestions(q: string, limit = SUGGESTION_LIMIT): Promise<RawSuggestion[]> {
  const query = q.trim().slice(0, MAX_QUERY_LENGTH)
  if (query.length < MIN_SUGGEST_LENGTH) return []
  try {
    const raw = await storeSend<{ suggestions: RawSuggestion[] }>("/store/search/suggestions", {
      query: { q: query, limit: Math.min(Math.max(1, limit), 10) },
    })
    return (raw.suggestions ?? [])
      .filter((s) => s && typeof s.title === "string" && typeof s.handle === "string" && s.handle)
      .slice(0, limit)
      .map((s) => ({ title: s.title, handle: s.handle }))
  } catch (error) {
    const { status, message } = httpError(error)
    console.error("search suggestions failed", status, message)
    return []
  }
}
