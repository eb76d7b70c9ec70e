import type { CategorySort } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"

export function pageHref(basePath: string, sort: CategorySort, page: number): string {
  const query = new URLSearchParams()
  if (sort !== "newest") query.set("sort", sort)
  if (page > 1) query.set("page", String(page))
  const search = query.toString()
  return search ? `${basePath}?${search}` : basePath
}

export function Pagination({
  locale,
  basePath,
  sort,
  page,
  pages,
}: {
  locale: Locale
  basePath: string
  sort: CategorySort
  page: number
  pages: number
}) {
  if (pages <= 1) return null
  const t = getT(locale, "catalog")
  return (
    <nav aria-label={t("category.pagination")} className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <a href={pageHref(basePath, sort, page - 1)} rel="prev">
              {t("category.previous")}
            </a>
          </li>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={pageHref(basePath, sort, n)} aria-label={t("category.pageN", { page: n })}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={pageHref(basePath, sort, page + 1)} rel="next">
              {t("category.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
