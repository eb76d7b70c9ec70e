import type { ProductCard as ProductCardData } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { ProductCard } from "./ProductCard"

/** Cards in the first row on a phone: their photos load eagerly at high priority (the likely LCP element). */
const PRIORITY_CARDS = 2

export function ProductGrid({
  products,
  locale,
  prioritise = false,
  headingLevel,
}: {
  products: readonly ProductCardData[]
  locale: Locale
  /** True when the grid is the first thing on the page. */
  prioritise?: boolean
  headingLevel?: 2 | 3
}) {
  return (
    <ul className="grid">
      {products.map((product, i) => (
        <ProductCard
          key={product.id}
          product={product}
          locale={locale}
          headingLevel={headingLevel}
          priority={prioritise && i < PRIORITY_CARDS ? "high" : undefined}
        />
      ))}
    </ul>
  )
}
