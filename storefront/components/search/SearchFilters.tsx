import type { Locale } from "@/lib/i18n/config"
import { INTL_LOCALE } from "@/lib/i18n/config"
import type { Currency } from "@/lib/i18n/market"
import { getT } from "@/lib/i18n/translate"
import { SEARCH_SORTS, type FacetOption, type SearchResults } from "@/lib/medusa/search"
import { formatPrice } from "@/lib/money"
import { hasFilters, searchHref, searchPath, type SearchView } from "@/lib/search-view"

type Facets = SearchResults["facets"]

/**
 * The words, price range, "ready to ship" and sort order as one plain GET form (no JavaScript needed); the
 * chosen category and maker ride along as hidden fields. Changing anything starts again at page 1.
 */
export function SearchForm({
  locale,
  currency,
  view,
  facets,
}: {
  locale: Locale
  currency: Currency
  view: SearchView
  facets: Facets | null
}) {
  const t = getT(locale, "search")
  const decimals = currency === "idr" ? "numeric" : "decimal"
  return (
    <form method="get" action={searchPath(locale)} className="search-form">
      <div className="search-form-q">
        <label htmlFor="search-q">{t("box.label")}</label>
        <input id="search-q" type="search" name="q" defaultValue={view.q} maxLength={100} enterKeyHint="search" />
      </div>
      {view.category && <input type="hidden" name="category" value={view.category} />}
      {view.maker && <input type="hidden" name="maker" value={view.maker} />}
      <fieldset className="search-form-price">
        <legend>{t("filters.price", { currency: currency.toUpperCase() })}</legend>
        <label>
          <span>{t("filters.minPrice")}</span>
          <input
            type="text"
            inputMode={decimals}
            name="min_price"
            defaultValue={view.minPrice ?? ""}
            placeholder={facets?.price ? String(Math.floor(facets.price.min)) : undefined}
            size={9}
          />
        </label>
        <label>
          <span>{t("filters.maxPrice")}</span>
          <input
            type="text"
            inputMode={decimals}
            name="max_price"
            defaultValue={view.maxPrice ?? ""}
            placeholder={facets?.price ? String(Math.ceil(facets.price.max)) : undefined}
            size={9}
          />
        </label>
      </fieldset>
      <label className="search-form-check">
        <input type="checkbox" name="in_stock" value="1" defaultChecked={view.inStock} />
        <span>{facets && !view.inStock ? t("filters.inStockCount", { count: facets.inStock }) : t("filters.inStock")}</span>
      </label>
      <div className="search-form-sort">
        <label htmlFor="search-sort">{t("filters.sortLabel")}</label>
        <select id="search-sort" name="sort" defaultValue={view.sort}>
          {SEARCH_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`filters.sort.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-small">
        {t("filters.apply")}
      </button>
    </form>
  )
}

function FacetList({
  locale,
  view,
  name,
  heading,
  all,
  options,
  selected,
}: {
  locale: Locale
  view: SearchView
  name: "category" | "maker"
  heading: string
  all: string
  options: FacetOption[]
  selected: string | undefined
}) {
  if (options.length === 0 && !selected) return null
  return (
    <section className="facet" aria-labelledby={`facet-${name}`}>
      <h2 id={`facet-${name}`}>{heading}</h2>
      <ul>
        <li>
          {selected ? <a href={searchHref(locale, view, { [name]: null })}>{all}</a> : <span aria-current="true">{all}</span>}
        </li>
        {options.map((option) => (
          <li key={option.handle}>
            {option.handle === selected ? (
              <span aria-current="true">
                {option.name} <span className="facet-count">({option.count})</span>
              </span>
            ) : (
              <a href={searchHref(locale, view, { [name]: option.handle })}>
                {option.name} <span className="facet-count">({option.count})</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Categories and makers among the results, as links that narrow (or widen) the search. */
export function SearchFacets({ locale, view, facets }: { locale: Locale; view: SearchView; facets: Facets }) {
  const t = getT(locale, "search")
  return (
    <div className="facets">
      <FacetList
        locale={locale}
        view={view}
        name="category"
        heading={t("filters.category")}
        all={t("filters.allCategories")}
        options={facets.categories}
        selected={view.category}
      />
      <FacetList
        locale={locale}
        view={view}
        name="maker"
        heading={t("filters.maker")}
        all={t("filters.allMakers")}
        options={facets.makers}
        selected={view.maker}
      />
    </div>
  )
}

/** The filters in force, each a link that removes it, and one to remove them all. */
export function ActiveFilters({
  locale,
  currency,
  view,
  names,
}: {
  locale: Locale
  currency: Currency
  view: SearchView
  /** Display names of category and maker handles (the facets'), else the handle is shown. */
  names: { category?: string; maker?: string }
}) {
  if (!hasFilters(view)) return null
  const t = getT(locale, "search")
  const price = (n: number) => formatPrice(n, currency, INTL_LOCALE[locale])
  const chips: { key: string; label: string; href: string }[] = []
  if (view.category) {
    chips.push({ key: "category", label: names.category ?? view.category, href: searchHref(locale, view, { category: null }) })
  }
  if (view.maker) {
    chips.push({ key: "maker", label: names.maker ?? view.maker, href: searchHref(locale, view, { maker: null }) })
  }
  if (view.minPrice != null || view.maxPrice != null) {
    const label =
      view.minPrice != null && view.maxPrice != null
        ? t("filters.priceRange", { min: price(view.minPrice), max: price(view.maxPrice) })
        : view.minPrice != null
          ? t("filters.priceFrom", { min: price(view.minPrice) })
          : t("filters.priceTo", { max: price(view.maxPrice!) })
    chips.push({ key: "price", label, href: searchHref(locale, view, { minPrice: null, maxPrice: null }) })
  }
  if (view.inStock) chips.push({ key: "in_stock", label: t("filters.inStock"), href: searchHref(locale, view, { inStock: null }) })
  return (
    <nav aria-label={t("filters.active")} className="active-filters">
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <a href={chip.href} className="chip" aria-label={t("filters.remove", { name: chip.label })}>
              {chip.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <a href={searchHref(locale, view, { category: null, maker: null, minPrice: null, maxPrice: null, inStock: null })}>
              {t("filters.clear")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
