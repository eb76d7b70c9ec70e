import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BuyBox } from "@/components/cart/BuyBox"
import { ProductGallery } from "@/components/ProductGallery"
import { ProductGrid } from "@/components/ProductGrid"
import { ProductMaker } from "@/components/ProductMaker"
import { StockLabel } from "@/components/StockLabel"
import { getProduct, getProductPlacement, getRegion, toDescription } from "@/lib/medusa"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { categoryPath, languageAlternates, localePath, productPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatPriceRange } from "@/lib/money"
import { productJsonLd } from "@/lib/structured-data"
import { decodeHandle, shopParams, type ShopParams } from "@/lib/route-params"

export const revalidate = 300

/** Nothing is prerendered at build time; each product page renders on its first request, then is cached. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<ShopParams & { handle: string }> }

const RELATED_LIMIT = 4

async function load(params: Props["params"]) {
  const raw = await params
  const { locale, currency } = shopParams(raw)
  const region = await getRegion(currency)
  const product = await getProduct(decodeHandle(raw.handle), region.id, locale)
  return { locale, region, product }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, product } = await load(params)
  const t = getT(locale, "catalog")
  if (!product) return { title: t("product.notFound"), robots: { index: false } }

  const path = `/products/${encodeURIComponent(product.handle)}`
  const description = toDescription(product.description ?? t("product.fallbackDescription", { title: product.title }))
  return {
    title: product.title,
    description,
    alternates: { canonical: productPath(locale, product.handle), languages: languageAlternates(path) },
    openGraph: {
      type: "website",
      title: product.title,
      description,
      url: productPath(locale, product.handle),
      images: product.thumbnail ? [{ url: product.thumbnail, width: 1200, height: 1200, alt: product.title }] : undefined,
    },
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, region, product } = await load(params)
  if (!product) notFound()
  const t = getT(locale, "catalog")
  const common = getT(locale, "common")

  const placement = await getProductPlacement(product.id, region.id, locale)
  const section = placement?.section
  // Same (sub)category first, then the rest of the section, each in catalogue order.
  const others = section ? section.products.filter((p) => p.id !== product.id) : []
  const related = [
    ...others.filter((p) => p.categoryId === placement?.category.id),
    ...others.filter((p) => p.categoryId !== placement?.category.id),
  ].slice(0, RELATED_LIMIT)
  const jsonLd = productJsonLd(product, locale, placement?.category.name)

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <div className="container">
        <nav aria-label={common("breadcrumb")} className="breadcrumb">
          <ol>
            <li>
              <a href={localePath(locale, "/")}>{common("home")}</a>
            </li>
            {section && (
              <li>
                <a href={categoryPath(locale, section.category.handle)}>{section.category.name}</a>
              </li>
            )}
            {placement && placement.category.id !== section?.category.id && (
              <li>
                <a href={categoryPath(locale, placement.category.handle)}>{placement.category.name}</a>
              </li>
            )}
          </ol>
        </nav>

        <div className="product">
          <ProductGallery title={product.title} images={product.images} locale={locale} />

          <div className="product-info">
            <h1>{product.title}</h1>
            <p className="product-price">
              {product.price ? formatPriceRange(product.price, "range", INTL_LOCALE[locale]) : common("priceComing")}
            </p>
            <StockLabel locale={locale} stock={product.stock} />

            <BuyBox product={product} locale={locale} />

            {product.maker && <ProductMaker maker={product.maker} locale={locale} />}

            {product.description && (
              <div className="product-description">
                <h2>{t("product.about")}</h2>
                <p>{product.description}</p>
              </div>
            )}

            <dl className="product-facts">
              {product.leadTimeDays && (
                <div>
                  <dt>{t("product.leadTime")}</dt>
                  <dd>{t("product.leadTimeValue", { days: product.leadTimeDays })}</dd>
                </div>
              )}
              {product.careNote && (
                <div>
                  <dt>{t("product.care")}</dt>
                  <dd>{product.careNote}</dd>
                </div>
              )}
            </dl>

            <p className="product-note">{t("product.handmadeNote")}</p>
          </div>
        </div>
      </div>

      {section && related.length > 0 && (
        <section className="category container related" aria-labelledby="related-title">
          <header className="category-header">
            <h2 id="related-title">{t("product.related", { category: section.category.name })}</h2>
          </header>
          <ProductGrid products={related} locale={locale} />
        </section>
      )}
    </>
  )
}
