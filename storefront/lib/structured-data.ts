import type { Locale } from "./i18n/config"
import { productPath } from "./i18n/paths"
import type { ProductDetail, StockState } from "./medusa"
import { toSchemaPrice } from "./money"
import { SITE_NAME, siteUrl } from "./site"

const AVAILABILITY: Record<StockState["kind"], string> = {
  in_stock: "https://schema.org/InStock",
  made_to_order: "https://schema.org/MadeToOrder",
  sold_out: "https://schema.org/OutOfStock",
}

/** schema.org Product with one Offer per priced variant, in the page's currency. */
export function productJsonLd(product: ProductDetail, locale: Locale, categoryName: string | undefined) {
  const url = siteUrl(productPath(locale, product.handle))
  const offers = product.variants
    .filter((v) => v.amount != null && v.currencyCode)
    .map((v) => ({
      "@type": "Offer",
      name: v.title || product.title,
      price: toSchemaPrice(v.amount!, v.currencyCode!),
      priceCurrency: v.currencyCode!.toUpperCase(),
      availability: AVAILABILITY[v.stock.kind],
      itemCondition: "https://schema.org/NewCondition",
      url,
    }))
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images.map((img) => img.url),
    url,
    inLanguage: locale,
    brand: { "@type": "Brand", name: SITE_NAME },
    category: categoryName,
    offers,
  }
}
