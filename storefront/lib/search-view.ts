/**
 * The search page's state lives in its URL (GET parameters q, category, maker, min_price, max_price, in_stock,
 * sort, page), so every view is a link, works without JavaScript and can be shared. Pure functions, unit-tested.
 */
import type { Locale } from "./i18n/config"
import { localePath } from "./i18n/paths"
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, SEARCH_SORTS, type SearchParams, type SearchSort } from "./medusa/search"

/** What the search page shows, read from its URL: the search's parameters but the currency (a path segment). */
export type SearchView = Omit<SearchParams, "currency">

type RawQuery = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

// Handles are slugs; anything else cannot match and is dropped rather than sent on.
const HANDLE = /^[a-z0-9][a-z0-9_-]{0,99}$/i

function handle(value: string | string[] | undefined): string | undefined {
  const v = first(value)?.trim()
  return v && HANDLE.test(v) ? v : undefined
}

/** A price in major units: "150000", "150.000" (Indonesian thousands), "12.5" (dollars); junk and negatives → none. */
export function readPrice(value: string | string[] | undefined): number | undefined {
  const raw = first(value)?.trim().replace(/\s/g, "")
  if (!raw) return undefined
  // "150.000" / "1.250.000" are thousands in Indonesian; a single "." with 1–2 decimals is a decimal point.
  const normalised = /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, "") : raw.replace(",", ".")
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined
  const n = Number(normalised)
  return Number.isFinite(n) && n >= 0 && n <= 1e12 ? n : undefined
}

/** The view from the query string; anything unreadable falls back to its default. */
export function readSearchView(query: RawQuery): SearchView {
  const q = (first(query.q) ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)
  const sort = first(query.sort)
  const page = Number.parseInt(first(query.page) ?? "1", 10)
  let minPrice = readPrice(query.min_price)
  let maxPrice = readPrice(query.max_price)
  if (minPrice != null && maxPrice != null && minPrice > maxPrice) [minPrice, maxPrice] = [maxPrice, minPrice]
  const inStock = ["1", "true", "on"].includes(first(query.in_stock) ?? "")
  const view: SearchView = {
    q,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? "") ? (sort as SearchSort) : "relevance",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, MAX_SEARCH_PAGE) : 1,
  }
  const category = handle(query.category)
  const maker = handle(query.maker)
  if (category) view.category = category
  if (maker) view.maker = maker
  if (minPrice != null) view.minPrice = minPrice
  if (maxPrice != null) view.maxPrice = maxPrice
  if (inStock) view.inStock = true
  return view
}

/** True when the view narrows the results beyond the words (a facet or price range is chosen). */
export function hasFilters(view: SearchView): boolean {
  return Boolean(view.category || view.maker || view.inStock || view.minPrice != null || view.maxPrice != null)
}

/** Whether there is anything to search for: words or at least one filter. */
export function isSearchable(view: SearchView): boolean {
  return view.q !== "" || hasFilters(view)
}

/** The path of the search page in `locale`. */
export const searchPath = (locale: Locale) => localePath(locale, "/search")

export type ViewPatch = { [K in keyof SearchView]?: SearchView[K] | null }

/**
 * The URL of the view with `patch` applied (null removes a parameter). Changing anything but the page goes
 * back to page 1; defaults (relevance, page 1) are left out so each view has one address.
 */
export function searchHref(locale: Locale, view: SearchView, patch: ViewPatch = {}): string {
  const next = { ...view, ...patch } as { [K in keyof SearchView]?: SearchView[K] | null }
  if (!("page" in patch)) next.page = 1
  const query = new URLSearchParams()
  if (next.q) query.set("q", next.q)
  if (next.category) query.set("category", next.category)
  if (next.maker) query.set("maker", next.maker)
  if (next.minPrice != null) query.set("min_price", String(next.minPrice))
  if (next.maxPrice != null) query.set("max_price", String(next.maxPrice))
  if (next.inStock) query.set("in_stock", "1")
  if (next.sort && next.sort !== "relevance") query.set("sort", next.sort)
  if (next.page && next.page > 1) query.set("page", String(next.page))
  const search = query.toString()
  return search ? `${searchPath(locale)}?${search}` : searchPath(locale)
}

/**
 * Page numbers to link to around `page`: the first, the last and two either side; null marks a gap.
 * 1 … 4 5 [6] 7 8 … 20
 */
export function pageWindow(page: number, pages: number, spread = 2): (number | null)[] {
  const out: (number | null)[] = []
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= spread) out.push(n)
    else if (out[out.length - 1] !== null) out.push(null)
  }
  return out
}
