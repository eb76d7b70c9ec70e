import type { Metadata } from "next"
import { ProductGrid } from "@/components/ProductGrid"
import { SearchEmpty } from "@/components/search/SearchEmpty"
import { ActiveFilters, SearchFacets, SearchForm } from "@/components/search/SearchFilters"
import { SearchPagination } from "@/components/search/SearchPagination"
import { listCategoryTree, type CategoryNode } from "@/lib/medusa"
import { searchProducts, searchSuggestions, type SearchOutcome } from "@/lib/medusa/search"
import { productPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { isSearchable, readSearchView } from "@/lib/search-view"
import { shopParams, type ShopParams } from "@/lib/route-params"

type Props = {
  params: Promise<ShopParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function flatten(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)])
}

/** Search results are never indexed (endless near-duplicate pages); the products they link to are. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = shopParams(await props.params)
  const view = readSearchView(await props.searchParams)
  const t = getT(locale, "search")
  return {
    title: view.q ? t("titleFor", { q: view.q }) : t("title"),
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage(props: Props) {
  const { locale, currency } = shopParams(await props.params)
  const view = readSearchView(await props.searchParams)
  const t = getT(locale, "search")

  const [outcome, tree] = await Promise.all([
    isSearchable(view) ? searchProducts({ ...view, currency }, locale) : Promise.resolve<SearchOutcome | null>(null),
    listCategoryTree(locale).catch(() => [] as CategoryNode[]),
  ])
  const results = outcome?.ok ? outcome.results : null
  const nothing = results !== null && results.total === 0

  // Category names in the page's language (the index holds the Indonesian ones).
  const categoryNames = new Map(flatten(tree).map((c) => [c.handle, c.name]))
  const facets = results
    ? {
        ...results.facets,
        categories: results.facets.categories.map((c) => ({ ...c, name: categoryNames.get(c.handle) ?? c.name })),
      }
    : null
  const names = {
    category: view.category
      ? (categoryNames.get(view.category) ?? facets?.categories.find((c) => c.handle === view.category)?.name)
      : undefined,
    maker: view.maker ? facets?.makers.find((m) => m.handle === view.maker)?.name : undefined,
  }
  const didYouMean =
    nothing && view.q
      ? (await searchSuggestions(view.q, 3)).map((s) => ({ title: s.title, href: productPath(locale, s.handle) }))
      : []
  const browse = tree.map((c) => ({ handle: c.handle, name: c.name }))

  return (
    <>
      <section className="intro container" aria-labelledby="search-title">
        <h1 id="search-title">{view.q ? t("headingFor", { q: view.q }) : t("heading")}</h1>
        <SearchForm locale={locale} currency={currency} view={view} facets={facets} />
      </section>

      <section className="search container" aria-labelledby="search-title">
        {outcome && !outcome.ok && (
          <p className="search-error" role="alert">
            {t(outcome.reason === "invalid" ? "error.invalid" : "error.unavailable")}
          </p>
        )}
        {results && (
          <div className="listing-bar">
            <p className="listing-count" role="status">
              {t("count", { count: results.total })}
            </p>
          </div>
        )}
        <ActiveFilters locale={locale} currency={currency} view={view} names={names} />
        {results && facets && results.total > 0 ? (
          <div className="search-layout">
            <SearchFacets locale={locale} view={view} facets={facets} />
            <div className="search-results">
              <ProductGrid products={results.products} locale={locale} prioritise headingLevel={2} />
              <SearchPagination locale={locale} view={view} page={results.page} pages={results.pages} />
            </div>
          </div>
        ) : (
          <SearchEmpty
            locale={locale}
            view={view}
            mode={!outcome ? "prompt" : outcome.ok ? "none" : "error"}
            didYouMean={didYouMean}
            categories={browse}
          />
        )}
      </section>
    </>
  )
}
