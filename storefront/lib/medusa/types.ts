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

/** Translations and shop data kept in Medusa's free-form metadata (see docs/checkout-api.md). */
export type RawMetadata = Record<string, unknown> | null | undefined

export type RawCategory = {
  id: string
  name: string
  handle: string
  description: string | null
  rank: number | null
  parent_category_id: string | null
  metadata?: RawMetadata
}

export type RawCalculatedPrice = {
  calculated_amount: number | null
  currency_code: string | null
} | null

export type RawVariant = {
  id: string
  title?: string | null
  calculated_price?: RawCalculatedPrice
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  options?: { option_id?: string | null; value: string }[] | null
  metadata?: RawMetadata
}

/**
 * The maker summary the backend attaches to every product in /store/products responses, without being
 * asked for it (see docs/makers-api.md). A hidden maker is already replaced by the Collective here.
 */
export type RawMakerSummary = {
  handle: string
  display_name: string
  image_url: string | null
  is_collective: boolean
}

export type RawProductSummary = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  created_at?: string | null
  metadata?: RawMetadata
  variants: RawVariant[] | null
  /** Always present from a backend with the maker module; absent from an older one. */
  maker?: RawMakerSummary | null
}

export type RawProductDetail = RawProductSummary & {
  subtitle: string | null
  description: string | null
  images: { id: string; url: string; rank?: number | null }[] | null
  options: { id: string; title: string; values?: { id: string; value: string }[] | null }[] | null
}

/** GET /store/makers and /store/makers/:handle: only what the maker consented to show. */
export type RawPublicMaker = {
  id: string
  handle: string
  display_name: string
  story: { id: string | null; en: string | null } | null
  crafts: string[] | null
  city: string | null
  image_url: string | null
  joined_at: string
  is_collective: boolean
}

export type RawMakerProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
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
  /** In the page's language (metadata name_en for English), the Indonesian name otherwise. */
  name: string
  description: string | null
  rank: number
  parentId: string | null
}

export type CategoryNode = Category & { children: CategoryNode[] }

export type Craft = "bouquet" | "bale" | "wall" | "door"

/** Who made a product, as shown on it. A hidden maker is shown as the Collective by the backend. */
export type MakerSummary = {
  handle: string
  name: string
  /** Only set for photos the storefront may show (re-encoded uploads served by the backend). */
  imageUrl: string | null
  isCollective: boolean
}

/** A maker's public profile: only what she consented to show (null where she did not). */
export type Maker = MakerSummary & {
  id: string
  story: { id: string | null; en: string | null }
  /** Known crafts only, in catalogue order (bouquet, bale, wall, door). */
  crafts: Craft[]
  city: string | null
  /** ISO date; null when the backend sent something unreadable. */
  joinedAt: string | null
}

/** A maker's page: her profile and her published products (without prices, see listProductsByRefs). */
export type MakerProfile = {
  maker: Maker
  products: RawMakerProduct[]
}

/**
 * Whether a product (or variant) can be bought, as a buyer sees it:
 * in stock (quantity when known), made to order (lead time in days when known), or sold out.
 */
export type StockState =
  | { kind: "in_stock"; quantity: number | null }
  | { kind: "made_to_order"; leadTimeDays: number | null }
  | { kind: "sold_out" }

export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** ISO date; for sorting by newest. */
  createdAt: string | null
  price: PriceRange | null
  stock: StockState
  /** Null only when the backend sent no maker (an older backend): then no maker is named. */
  maker: MakerSummary | null
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
  /** In the page's language. */
  title: string
  /** Values as stored (they identify the variant), each with its label in the page's language. */
  values: { value: string; label: string }[]
}

export type ProductVariant = {
  id: string
  title: string
  /** Option id → value, as stored. */
  options: Record<string, string>
  amount: number | null
  currencyCode: string | null
  stock: StockState
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
  /** The best state among the variants (in stock, else made to order, else sold out). */
  stock: StockState
  /** Days to make one when made to order. */
  leadTimeDays: number | null
  careNote: string | null
  maker: MakerSummary | null
}
