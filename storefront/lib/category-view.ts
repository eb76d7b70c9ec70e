import { CATEGORY_SORTS, type CategorySort } from "./medusa"

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Sort and page from the query string; anything unreadable falls back to the default view. */
export function readCategoryView(query: Record<string, string | string[] | undefined>): { sort: CategorySort; page: number } {
  const sort = first(query.sort)
  const page = Number.parseInt(first(query.page) ?? "1", 10)
  return {
    sort: (CATEGORY_SORTS as readonly string[]).includes(sort ?? "") ? (sort as CategorySort) : "newest",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  }
}
