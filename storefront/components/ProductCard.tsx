import type { ProductCard as ProductCardData } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { productPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatPriceRange } from "@/lib/money"
import { ProductImage } from "./ProductImage"
import { StockLabel } from "./StockLabel"

/**
 * Grid slot widths (see .grid in globals.css): 2 columns below 40rem, 3 up to 60rem, then 4 in a
 * container capped at 72rem. Page padding is 1rem (1.5rem from 40rem), the gap 0.75rem (1.25rem from 40rem).
 */
export const CARD_IMAGE_SIZES =
  "(min-width: 72rem) 16.5rem, (min-width: 60rem) calc((100vw - 6.75rem) / 4), (min-width: 40rem) calc((100vw - 5.5rem) / 3), calc((100vw - 2.75rem) / 2)"

/**
 * Links are plain anchors: pages are static and cached, so a full load is cheap, and no client router
 * code (next/link) is needed for them.
 */
export function ProductCard({
  product,
  locale,
  priority,
  headingLevel = 3,
}: {
  product: ProductCardData
  locale: Locale
  priority?: "high"
  headingLevel?: 2 | 3
}) {
  const t = getT(locale, "common")
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <li className="card">
      <a href={productPath(locale, product.handle)} className="card-link">
        <div className="card-media">
          {product.thumbnail ? (
            // The title right below names the product; the photo adds nothing to the link's name.
            <ProductImage src={product.thumbnail} alt="" sizes={CARD_IMAGE_SIZES} priority={priority} />
          ) : (
            <span className="card-noimage">{t("photoComing")}</span>
          )}
        </div>
        <Heading className="card-title">{product.title}</Heading>
        <p className="card-price">
          {product.price ? formatPriceRange(product.price, "from", INTL_LOCALE[locale]) : t("priceComing")}
        </p>
        {product.stock.kind !== "in_stock" && <StockLabel locale={locale} stock={product.stock} short />}
      </a>
    </li>
  )
}
