/**
 * Types of the storefront's view of the catalogue, and of the (partial) backend responses they come from.
 * Raw* types describe exactly the fields requested in catalog.ts, nothing more.
 */
import type { PriceRange } from "../money"

// ---------- raw store API shapes (only the requested fields) ----------

export type RawRegion = {
  id: string
  name: string
  currency_code: string
}

export type RawCategory = {
  id: string
  name: string
  handle: string
  description: string | null
  rank: number | null
  parent_category_id: string | null
}

export type RawCalculatedPrice = {
  calculated_amount: number | null
  currency_code: string | null
} | null

export type RawVariant = {
  id: string
  title: string | null
  calculated_price?: RawCalculatedPrice
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export type RawProductSummary = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  variants: RawVariant[] | null
}

export type RawProductDetail = RawProductSummary & {
  subtitle: string | null
  description: string | null
  images: { id: string; url: string; rank?: number | null }[] | null
  options: { id: string; title: string; values?: { id: string; value: string }[] | null }[] | null
}

// ---------- storefront view models ----------

export type Region = {
  id: string
  name: string
  currencyCode: string
}

export type Category = {
  id: string
  handle: string
  name: string
  description: string | null
  rank: number
  parentId: string | null
}

export type CategoryNode = Category & { children: CategoryNode[] }

export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: PriceRange | null
}

/** A product as listed in a section, with the (possibly child) category it was found in. */
export type SectionProduct = ProductCard & { categoryId: string }

/** A top-level category with its products and those of all its descendants. */
export type CategorySection = {
  category: Category
  /** Descendant categories, depth-first in rank order (for breadcrumbs). */
  descendants: Category[]
  products: SectionProduct[]
}

export type ProductOption = {
  id: string
  title: string
  values: string[]
}

export type ProductVariant = {
  id: string
  title: string
  amount: number | null
  currencyCode: string | null
  inStock: boolean
}

export type ProductDetail = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: { id: string; url: string }[]
  options: ProductOption[]
  variants: ProductVariant[]
  /** Lowest and highest variant price in the region; null when nothing is priced there. */
  price: PriceRange | null
  /** True when at least one variant can be bought now. */
  inStock: boolean
}
