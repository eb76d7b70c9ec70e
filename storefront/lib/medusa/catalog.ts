/**
 * Catalogue reads for the storefront. Every request names its fields explicitly (never `*`):
 * the store API returns only what a page shows, and nothing a future relation adds by default.
 */
import { cache } from "react"
import { storeGet, storeGetAll, type CacheOptions } from "./client"
import {
  buildCategoryTree,
  buildSections,
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

const CATEGORY_FIELDS = ["id", "name", "handle", "description", "rank", "parent_category_id"].join(",")

// `variants.calculated_price` needs `region_id` in the query; it is what the buyer pays in that region.
const VARIANT_PRICE_FIELDS = ["variants.id", "variants.calculated_price"]

const CARD_FIELDS = ["id", "handle", "title", "thumbnail", ...VARIANT_PRICE_FIELDS].join(",")

const DETAIL_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  ...VARIANT_PRICE_FIELDS,
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_quantity",
].join(",")

export const cached = (...tags: string[]): CacheOptions => ({ revalidate: REVALIDATE_SECONDS, tags })

/** The Indonesian (IDR) region, which the shop serves by default. */
export const getDefaultRegion = cache(async (): Promise<Region> => {
  const { regions } = await storeGet<{ regions: RawRegion[] }>(
    "/store/regions",
    { fields: REGION_FIELDS, limit: 100 },
    cached(CACHE_TAGS.regions)
  )
  const region = pickDefaultRegion(regions, "idr")
  if (!region) throw new Error("The Medusa backend has no regions: create the Indonesia (IDR) region first.")
  return region
})

/** Visible categories as a tree (top level and children in rank order). */
export const listCategoryTree = cache(async (): Promise<CategoryNode[]> => {
  const raw = await storeGetAll<"product_categories", RawCategory>(
    "/store/product-categories",
    "product_categories",
    { fields: CATEGORY_FIELDS },
    cached(CACHE_TAGS.categories)
  )
  return buildCategoryTree(raw)
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
export const listCategoriesWithProducts = cache(async (regionId: string): Promise<CategorySection[]> => {
  const roots = await listCategoryTree()
  const all: Category[] = []
  const collect = (nodes: CategoryNode[]) =>
    nodes.forEach((n) => {
      all.push(n)
      collect(n.children)
    })
  collect(roots)

  const lists = await Promise.all(all.map((c) => listProductsInCategory(c.id, regionId)))
  const byCategory = new Map(all.map((c, i) => [c.id, lists[i].map(toProductCard)]))
  return buildSections(roots, byCategory)
})

// Medusa handles are slugs; anything else cannot exist, so it never reaches the backend.
const HANDLE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,199}$/u

/** A published product by handle with prices for the region, or null when there is none. */
export const getProduct = cache(async (handle: string, regionId: string): Promise<ProductDetail | null> => {
  if (!HANDLE_PATTERN.test(handle)) return null
  const { products } = await storeGet<{ products: RawProductDetail[] }>(
    "/store/products",
    { handle, region_id: regionId, fields: DETAIL_FIELDS, limit: 1 },
    cached(CACHE_TAGS.products, CACHE_TAGS.product(handle))
  )
  const raw = products[0]
  return raw && raw.handle === handle ? toProductDetail(raw) : null
})

// Ids per request: keeps the URL short (each id[]=prod_… is ~40 bytes) and the tags per fetch under Next's 128.
const IDS_PER_REQUEST = 50

/**
 * Cards with prices for products known by reference (a maker's page lists ids, handles, titles and
 * thumbnails only), in the order given. Tagged per product, so a change to any of them refreshes the list.
 */
export const listProductsByRefs = cache(
  async (refs: readonly RawMakerProduct[], regionId: string): Promise<ProductCard[]> => {
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
    return orderLikeRefs(refs, lists.flatMap((l) => l.products).map(toProductCard))
  }
)

/** Where a product sits in the catalogue (for breadcrumbs and related products); null when uncategorised. */
export async function getProductPlacement(productId: string, regionId: string) {
  const sections = await listCategoriesWithProducts(regionId)
  return findProductPlacement(sections, productId)
}
