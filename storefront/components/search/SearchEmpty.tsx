import type { Locale } from "@/lib/i18n/config"
import { categoryPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { hasFilters, searchHref, type SearchView } from "@/lib/search-view"

/**
 * What to do when nothing was found (or there was nothing to search for, or search is down): spelling and
 * wording tips, close product titles the backend knows ("did you mean"), a search without the filters, and
 * the categories to browse instead, so the buyer is never at a dead end.
 */
export function SearchEmpty({
  locale,
  view,
  mode,
  didYouMean,
  categories,
}: {
  locale: Locale
  view: SearchView
  /** prompt: nothing asked yet; none: no results; error: the search failed (message shown by the page). */
  mode: "prompt" | "none" | "error"
  didYouMean: { title: string; href: string }[]
  categories: { handle: string; name: string }[]
}) {
  const t = getT(locale, "search")
  const filtered = hasFilters(view)
  return (
    <div className="search-empty">
      {mode === "prompt" && <p>{t("empty.prompt")}</p>}
      {mode === "none" && (
        <>
          <h2>{view.q && !filtered ? t("empty.title", { q: view.q }) : t("empty.titleFiltered")}</h2>
          {filtered && (
            <p>
              <a href={searchHref(locale, view, { category: null, maker: null, minPrice: null, maxPrice: null, inStock: null })}>
                {t("empty.removeFilters")}
              </a>
            </p>
          )}
          {didYouMean.length > 0 && (
            <div className="did-you-mean">
              <p>{t("empty.didYouMean")}</p>
              <ul>
                {didYouMean.map((s) => (
                  <li key={s.href}>
                    <a href={s.href}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.q && (
            <>
              <p>{t("empty.tipsHeading")}</p>
              <ul className="search-tips">
                <li>{t("empty.checkSpelling")}</li>
                <li>{t("empty.fewerWords")}</li>
                <li>{t("empty.otherLanguage")}</li>
              </ul>
            </>
          )}
        </>
      )}
      {categories.length > 0 && (
        <nav aria-labelledby="search-browse" className="search-browse">
          <p id="search-browse">{t("empty.browse")}</p>
          <ul>
            {categories.map((c) => (
              <li key={c.handle}>
                <a href={categoryPath(locale, c.handle)} className="chip">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  )
}
