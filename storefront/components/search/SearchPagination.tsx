import type { Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"
import { pageWindow, searchHref, type SearchView } from "@/lib/search-view"

/** Result pages as links (first, last and two either side of the current one), like the category pages'. */
export function SearchPagination({ locale, view, page, pages }: { locale: Locale; view: SearchView; page: number; pages: number }) {
  if (pages <= 1) return null
  const t = getT(locale, "search")
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <a href={searchHref(locale, view, { page: page - 1 })} rel="prev">
              {t("pagination.previous")}
            </a>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={searchHref(locale, view, { page: n })} aria-label={t("pagination.pageN", { page: n })}>
                  {n}
                </a>
              )}
            </li>
          )
        )}
        {page < pages && (
          <li>
            <a href={searchHref(locale, view, { page: page + 1 })} rel="next">
              {t("pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
