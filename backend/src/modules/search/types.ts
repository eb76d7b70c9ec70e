// The search module's provider interface (docs/search.md). Both providers — PostgreSQL (default)
// and Meilisearch (scale) — implement SearchProvider over the same SearchDocument, which holds only PUBLIC
// product and maker fields (maker_name is null when she is hidden or did not consent: callers show the Collective).

/** One searchable product: public fields only, never a maker's private data (packages/search). */
import type { SearchDocument } from "@rumah-karya/search"
export type { SearchDocument }

export type SearchCurrency = "idr" | "usd"
export type SearchSort = "relevance" | "price_asc" | "price_desc" | "newest"

export interface SearchQuery {
  q: string
  currency: SearchCurrency
  category?: string
  maker?: string
  min_price?: number
  max_price?: number
  in_stock?: boolean
  sort?: SearchSort
  limit: number
  offset: number
}

export interface FacetCount {
  handle: string
  name: string
  count: number
}

export interface SearchFacets {
  categories: FacetCount[]
  makers: FacetCount[]
  price: { min: number; max: number } | null
  in_stock: number
}

export interface SearchResult {
  hits: SearchDocument[]
  count: number
  facets: SearchFacets
}

export interface Suggestion {
  title: string
  handle: string
}

export interface SearchProvider {
  search(query: SearchQuery): Promise<SearchResult>
  suggest(q: string, limit: number): Promise<Suggestion[]>
  upsert(docs: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Replaces the whole index with docs. */
  reindex(docs: SearchDocument[]): Promise<void>
}

/** The module's registration name and the provider chosen by env (MEILISEARCH_HOST → meilisearch). */
export const SEARCH_PROVIDER_IDS = ["postgres", "meilisearch"] as const
export type SearchProviderId = (typeof SEARCH_PROVIDER_IDS)[number]
