import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Pagination } from "@/components/Pagination"
import { ProductGrid } from "@/components/ProductGrid"
import { SortForm } from "@/components/SortForm"
import { readCategoryView } from "@/lib/category-view"
import { getCategoryListing, getRegion, toDescription } from "@/lib/medusa"
import { categoryPath, languageAlternates, localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { decodeHandle, shopParams, type ShopParams } from "@/lib/route-params"

type Props = {
  params: Promise<ShopParams & { handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(props: Props) {
  const raw = await props.params
  const { locale, currency } = shopParams(raw)
  const { sort, page } = readCategoryView(await props.searchParams)
  const region = await getRegion(currency)
  const listing = await getCategoryListing(decodeHandle(raw.handle), region.id, locale, sort, page)
  return { locale, sort, listing }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, sort, listing } = await load(props)
  if (!listing) return { title: getT(locale, "common")("notFound.title"), robots: { index: false } }
  const { category, page } = listing
  const t = getT(locale, "catalog")
  const path = `/categories/${encodeURIComponent(category.handle)}`
  const title = page > 1 ? `${category.name} · ${t("category.pageN", { page })}` : category.name
  return {
    title,
    description: toDescription(category.description ?? getT(locale, "common")("siteDescription")),
    alternates: { canonical: categoryPath(locale, category.handle), languages: languageAlternates(path) },
    // Other sort orders are the same products: only the default order is indexed.
    robots: sort === "newest" ? undefined : { index: false, follow: true },
    openGraph: { title: category.name, url: categoryPath(locale, category.handle) },
  }
}

export default async function CategoryPage(props: Props) {
  const { locale, sort, listing } = await load(props)
  if (!listing) notFound()
  const { category, trail, children, products, total, page, pages } = listing
  const t = getT(locale, "catalog")
  const common = getT(locale, "common")
  const basePath = categoryPath(locale, category.handle)

  return (
    <>
      <nav aria-label={common("breadcrumb")} className="breadcrumb container">
        <ol>
          <li>
            <a href={localePath(locale, "/")}>{common("home")}</a>
          </li>
          {trail.map((c) =>
            c.id === category.id ? (
              <li key={c.id} aria-current="page">
                {c.name}
              </li>
            ) : (
              <li key={c.id}>
                <a href={categoryPath(locale, c.handle)}>{c.name}</a>
              </li>
            )
          )}
        </ol>
      </nav>

      <section className="intro intro-after-breadcrumb container" aria-labelledby="category-title">
        <h1 id="category-title">{category.name}</h1>
        {category.description && <p className="intro-lead">{category.description}</p>}
        {children.length > 0 && (
          <nav aria-label={t("category.subcategories")} className="intro-nav">
            <ul>
              {children.map((c) => (
                <li key={c.id}>
                  <a href={categoryPath(locale, c.handle)}>{c.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </section>

      <section className="category container" aria-labelledby="category-title">
        <div className="listing-bar">
          <p className="listing-count" role="status">
            {t("category.count", { count: total })}
          </p>
          {total > 1 && <SortForm locale={locale} action={basePath} sort={sort} />}
        </div>
        {products.length === 0 ? (
          <p className="empty">{t("category.empty")}</p>
        ) : (
          <ProductGrid products={products} locale={locale} prioritise headingLevel={2} />
        )}
        <Pagination locale={locale} basePath={basePath} sort={sort} page={page} pages={pages} />
      </section>
    </>
  )
}
