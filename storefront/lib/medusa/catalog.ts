/**
 * Catalogue reads for the storefront. Every request names its fields explicitly (never `*`):
 * the store API returns only what a page shows, and nothing a future relation adds by default.
 */
import { cache } from "react"
import type { Locale } from "../i18n/config"
import type { Currency } from "../i18n/market"
import { storeGet, storeGetAll, type CacheOptions } from "./client"
import {
  buildCategoryTree,
  buildSections,
  descendantsOf,
  findCategory,
  sortCards,
  findProductPlacement,
  orderLikeRefs,
  pickDefaultRegion,
  toProductCard,
  toProductDetail,
} from "./transform"
import type {
  Category,
  CategoryNode,
  CategorySection,
  ProductCard,
  ProductDetail,
  RawCategory,
  RawMakerProduct,
  RawProductDetail,
  RawProductSummary,
  RawRegion,
  Region,
} from "./types"

export const REVALIDATE_SECONDS = 300

/** Tag names shared with the backend's revalidation calls (docs/makers-api.md, "Cache revalidation"). */
export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  product: (handle: string) => `product:${handle}`,
  makers: "makers",
  maker: (handle: string) => `maker:${handle}`,
} as const

const REGION_FIELDS = ["id", "name", "currency_code"].join(",")

const CATEGORY_FIELDS = ["id", "name", "handle", "description", "rank", "parent_category_id", "metadata"].join(",")

// `variants.calculated_price` needs `region_id` in the query; it is what the buyer pays in that region.
const VARIANT_PRICE_FIELDS = ["variants.id", "variants.calculated_price"]

// What a stock state needs (see stock.ts); `metadata` carries lead_time_days and the English texts.
const VARIANT_STOCK_FIELDS = ["variants.manage_inventory", "variants.allow_backorder", "variants.inventory_quantity"]

const CARD_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "created_at",
  "metadata",
  ...VARIANT_PRICE_FIELDS,
  ...VARIANT_STOCK_FIELDS,
].join(",")

const DETAIL_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  ...VARIANT_PRICE_FIELDS,
  ...VARIANT_STOCK_FIELDS,
  // The store API drops nested fields it does not list (variants.metadata, variants.options.option_id) and
  // only returns them with the whole relation. Variants and option values hold no private data.
  "*variants",
  "*variants.options",
].join(",")

export const cached = (...tags: string[]): CacheOptions => ({ revalidate: REVALIDATE_SECONDS, tags })

/** The region that sells in `currency` (Indonesia: IDR, International: USD). */
export const getRegion = cache(async (currency: Currency): Promise<Region> => {
  const { regions } = await storeGet<{ regions: RawRegion[] }>(
    "/store/regions",
    { fields: REGION_FIELDS, limit: 100 },
    cached(CACHE_TAGS.regions)
  )
  const region = pickDefaultRegion(regions, currency)
  if (!region) throw new Error("The Medusa backend has no regions: create the Indonesia (IDR) region first.")
  return region
})

/** Visible categories as a tree (top level and children in rank order), named in `locale`. */
export const listCategoryTree = cache(async (locale: Locale): Promise<CategoryNode[]> => {
  const raw = await storeGetAll<"product_categories", RawCategory>(
    "/store/product-categories",
    "product_categories",
    { fields: CATEGORY_FIELDS },
    cached(CACHE_TAGS.categories)
  )
  return buildCategoryTree(raw, locale)
})

function listProductsInCategory(categoryId: string, regionId: string) {
  return storeGetAll<"products", RawProductSummary>(
    "/store/products",
    "products",
    { fields: CARD_FIELDS, category_id: [categoryId], region_id: regionId, order: "title" },
    cached(CACHE_TAGS.products, CACHE_TAGS.categories)
  )
}

/**
 * Top-level categories, each with its products and those of its child categories, in a stable order
 * (categories by rank; within a category products by title). Categories without products are left out.
 *
 * The store API cannot return a product's categories without all their fields (`categories.id` is
 * silently dropped, only `*categories` works), so products are listed per category instead.
 */
export const listCategoriesWithProducts = cache(
  async (regionId: string, locale: Locale): Promise<CategorySection[]> => {
  const roots = await listCategoryTree(locale)
  const all: Category[] = []
  const collect = (nodes: CategoryNode[]) =>
    nodes.forEach((n) => {
      all.push(n)
      collect(n.children)
    })
  collect(roots)

  const lists = await Promise.all(all.map((c) => listProductsInCategory(c.id, regionId)))
  const byCategory = new Map(all.map((c, i) => [c.id, lists[i].map((raw) => toProductCard(raw, locale))]))
  return buildSections(roots, byCategory)
  }
)

// Medusa handles are slugs; anything else cannot exist, so it never reaches the backend.
const HANDLE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,199}$/u

/** A published product by handle with prices for the region, or null when there is none. */
export const getProduct = cache(
  async (handle: string, regionId: string, locale: Locale): Promise<ProductDetail | null> => {
  if (!HANDLE_PATTERN.test(handle)) return null
  const { products } = await storeGet<{ products: RawProductDetail[] }>(
    "/store/products",
    { handle, region_id: regionId, fields: DETAIL_FIELDS, limit: 1 },
    cached(CACHE_TAGS.products, CACHE_TAGS.product(handle))
  )
  const raw = products[0]
  return raw && raw.handle === handle ? toProductDetail(raw, locale) : null
  }
)

// Ids per request: keeps the URL short (each id[]=prod_… is ~40 bytes) and the tags per fetch under Next's 128.
const IDS_PER_REQUEST = 50

/**
 * Cards with prices for products known by reference (a maker's page lists ids, handles, titles and
 * thumbnails only), in the order given. Tagged per product, so a change to any of them refreshes the list.
 */
export const listProductsByRefs = cache(
  async (refs: readonly RawMakerProduct[], regionId: string, locale: Locale): Promise<ProductCard[]> => {
    const chunks: RawMakerProduct[][] = []
    for (let i = 0; i < refs.length; i += IDS_PER_REQUEST) chunks.push(refs.slice(i, i + IDS_PER_REQUEST))
    const lists = await Promise.all(
      chunks.map((chunk) =>
        storeGet<{ products: RawProductSummary[] }>(
          "/store/products",
          { id: chunk.map((r) => r.id), region_id: regionId, fields: CARD_FIELDS, limit: chunk.length },
          cached(
            CACHE_TAGS.products,
            ...chunk.filter((r) => HANDLE_PATTERN.test(r.handle)).map((r) => CACHE_TAGS.product(r.handle))
          )
        )
      )
    )
    return orderLikeRefs(
      refs,
      lists.flatMap((l) => l.products).map((raw) => toProductCard(raw, locale))
    )
  }
)

/** Where a product sits in the catalogue (for breadcrumbs and related products); null when uncategorised. */
export async function getProductPlacement(productId: string, regionId: string, locale: Locale) {
  const sections = await listCategoriesWithProducts(regionId, locale)
  return findProductPlacement(sections, productId)
}

export const CATEGORY_SORTS = ["newest", "price_asc", "price_desc"] as const
export type CategorySort = (typeof CATEGORY_SORTS)[number]
export const CATEGORY_PAGE_SIZE = 12

export type CategoryListing = {
  category: Category
  /** The path from the top-level category down to this one (this one last). */
  trail: Category[]
  children: Category[]
  products: ProductCard[]
  total: number
  page: number
  pages: number
}

/**
 * One page of a category's products (its own and its subcategories'), sorted. Null for an unknown handle.
 * The store API cannot sort by price, so the category's cards (cached, tagged) are sorted here; the
 * search module's listing takes over for catalogues too large for that.
 */
export const getCategoryListing = cache(
  async (
    handle: string,
    regionId: string,
    locale: Locale,
    sort: CategorySort,
    page: number
  ): Promise<CategoryListing | null> => {
    const found = findCategory(await listCategoryTree(locale), handle)
    if (!found) return null
    const { node, trail } = found
    const ids = [node.id, ...descendantsOf(node).map((c) => c.id)]
    const raw = await storeGetAll<"products", RawProductSummary>(
      "/store/products",
      "products",
      { fields: CARD_FIELDS, category_id: ids, region_id: regionId, order: "-created_at" },
      cached(CACHE_TAGS.products, CACHE_TAGS.categories)
    )
    const sorted = sortCards(
      raw.map((r) => toProductCard(r, locale)),
      sort
    )
    const pages = Math.max(1, Math.ceil(sorted.length / CATEGORY_PAGE_SIZE))
    const current = Math.min(Math.max(1, page), pages)
    const { children, ...category } = node
    return {
      category,
      trail,
      children: children.map(({ children: _c, ...c }) => c),
      products: sorted.slice((current - 1) * CATEGORY_PAGE_SIZE, current * CATEGORY_PAGE_SIZE),
      total: sorted.length,
      page: current,
      pages,
    }
  }
)
