import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { PRODUCT_META, PRODUCT_NOT_FOUND_MESSAGE, USD_DERIVED_META } from "../../modules/maker/product-rules"
import type { ProductReviewRow } from "../../modules/maker/types"
import { makerIdByProduct, productIdsByMaker } from "./product-makers"

// The read side of makers' products, shared by the workflows (current state before a change) and the routes
// (what she and staff see). Product fields are listed explicitly; nothing of the maker's private data is read.

type Scope = Pick<MedusaContainer, "resolve">

export interface MakerProductImage {
  id: string
  url: string
  rank: number
  /** The maker_upload it was made from, when it came from /maker/uploads (image metadata). */
  upload_id: string | null
}

export interface MakerProductRecord {
  id: string
  handle: string
  title: string
  description: string | null
  /** Medusa's status: draft, proposed, published, rejected. */
  status: string
  thumbnail: string | null
  metadata: Record<string, unknown>
  created_at: string
  updated_at: string
  category: { id: string; handle: string; name: string } | null
  variant: {
    id: string
    allow_backorder: boolean
    metadata: Record<string, unknown>
    price_idr: number | null
    price_usd: number | null
    inventory_item_id: string | null
  } | null
  images: MakerProductImage[]
  made_to_order: boolean
  lead_time_days: number | null
  /** stocked_quantity at the store's stock location (0 without a level). */
  stock: number
  maker_id: string | null
  latest_review: ProductReviewRow | null
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "images.metadata",
  "categories.id",
  "categories.handle",
  "categories.name",
  "variants.id",
  "variants.allow_backorder",
  "variants.metadata",
  "variants.created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
]

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : new Date(0).toISOString())

/**
 * The stock location makers' stock is counted at: the store's default location, else the first location of
 * the default sales channel, else the first location there is.
 */
export async function storeStockLocationId(scope: Scope): Promise<string | null> {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["id", "default_location_id", "default_sales_channel_id"], take: 1 })
  if (store?.default_location_id) return store.default_location_id
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (store?.default_sales_channel_id) {
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: store.default_sales_channel_id },
    })
    const id = (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
    if (id) return id
  }
  const [location] = await scope.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id"], take: 1, order: { created_at: "ASC" } })
  return location?.id ?? null
}

const priceIn = (prices: { amount: number | string; currency_code: string }[] | undefined, currency: string) => {
  const price = (prices ?? []).find((p) => p?.currency_code?.toLowerCase() === currency)
  return price ? Number(price.amount) : null
}

/** Products (by id) with what the maker views and workflows need, newest first. Unknown ids are left out. */
export async function loadMakerProducts(scope: Scope, productIds: string[]): Promise<MakerProductRecord[]> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
  if (!products.length) return []

  const firstVariant = (p: any) =>
    [...(p.variants ?? [])].sort((a: any, b: any) => iso(a.created_at).localeCompare(iso(b.created_at)) || a.id.localeCompare(b.id))[0]
  const inventoryItemIds = products
    .map((p: any) => firstVariant(p)?.inventory_items?.[0]?.inventory_item_id)
    .filter((id: unknown): id is string => typeof id === "string")

  const [locationId, makers, reviews] = await Promise.all([
    inventoryItemIds.length ? storeStockLocationId(scope) : Promise.resolve(null),
    makerIdByProduct(scope, ids),
    scope.resolve<MakerModuleService>(MAKER_MODULE).listLatestProductReviews(ids),
  ])
  const levels =
    inventoryItemIds.length && locationId
      ? await scope
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: inventoryItemIds, location_id: locationId }, { select: ["inventory_item_id", "stocked_quantity"] })
      : []
  const stockByItem = new Map(levels.map((level) => [level.inventory_item_id, Number(level.stocked_quantity) || 0]))

  return products
    .map((p: any): MakerProductRecord => {
      const variant = firstVariant(p)
      const metadata = (p.metadata ?? {}) as Record<string, unknown>
      const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id ?? null
      const category = [...(p.categories ?? [])].sort((a: any, b: any) => a.handle.localeCompare(b.handle))[0]
      const lead = Number(metadata[PRODUCT_META.leadTimeDays])
      const madeToOrder = Boolean(variant?.allow_backorder)
      return {
        id: p.id,
        handle: p.handle,
        title: p.title,
        description: p.description ?? null,
        status: p.status,
        thumbnail: p.thumbnail ?? null,
        metadata,
        created_at: iso(p.created_at),
        updated_at: iso(p.updated_at),
        category: category ? { id: category.id, handle: category.handle, name: category.name } : null,
        variant: variant
          ? {
              id: variant.id,
              allow_backorder: madeToOrder,
              metadata: (variant.metadata ?? {}) as Record<string, unknown>,
              price_idr: priceIn(variant.prices, "idr"),
              price_usd: priceIn(variant.prices, "usd"),
              inventory_item_id: inventoryItemId,
            }
          : null,
        images: [...(p.images ?? [])]
          .sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((image: any) => ({
            id: image.id,
            url: image.url,
            rank: image.rank ?? 0,
            upload_id: typeof image.metadata?.upload_id === "string" ? image.metadata.upload_id : null,
          })),
        made_to_order: madeToOrder,
        lead_time_days: Number.isInteger(lead) && lead > 0 ? lead : null,
        stock: inventoryItemId ? stockByItem.get(inventoryItemId) ?? 0 : 0,
        maker_id: makers.get(p.id) ?? null,
        latest_review: reviews.get(p.id) ?? null,
      }
    })
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id))
}

/** Her products, newest first. */
export async function loadProductsOfMaker(scope: Scope, makerId: string): Promise<MakerProductRecord[]> {
  const ids = (await productIdsByMaker(scope, [makerId])).get(makerId) ?? []
  return loadMakerProducts(scope, ids)
}

/** One of her products, or the contract's 404 (whether it does not exist or is another maker's). */
export async function loadProductOfMaker(scope: Scope, makerId: string, productId: string): Promise<MakerProductRecord> {
  const owner = (await makerIdByProduct(scope, [productId])).get(productId)
  const [record] = owner === makerId ? await loadMakerProducts(scope, [productId]) : []
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, PRODUCT_NOT_FOUND_MESSAGE)
  return record
}

/** Whether the variant's USD price follows its IDR price (derived, never set by staff). */
export const usdIsDerived = (record: MakerProductRecord) => record.variant?.metadata?.[USD_DERIVED_META] === true
