// Rules of a maker's own products (docs/maker-portal-api.md, "Products"): what she may set, how Medusa's
// product status reads to her, when an edit sends a product back to review, and the money rules of a review.
// Pure functions: the workflows, routes and unit tests share them.

import type { ProductReviewRow } from "./types"

/** The categories she picks from (top-level crafts, shown to her as pictures). */
export const MAKER_CATEGORY_HANDLES = ["buket-bunga", "bale-pengantin", "hiasan-dinding", "hiasan-pintu"] as const
export type MakerCategoryHandle = (typeof MAKER_CATEGORY_HANDLES)[number]

export const MAKER_PRODUCT_STATUSES = ["in_review", "live", "returned", "sold_out", "paused"] as const
export type MakerProductStatus = (typeof MAKER_PRODUCT_STATUSES)[number]

export const PRODUCT_LIMITS = {
  titleMin: 2,
  titleMax: 80,
  descriptionMax: 500,
  priceMin: 1000,
  priceMax: 100_000_000,
  stockMax: 999,
  leadTimeMin: 1,
  leadTimeMax: 90,
  photosMin: 1,
  photosMax: 6,
  noteMax: 500,
  usdMax: 1_000_000,
} as const

/** Product metadata keys this feature owns. */
export const PRODUCT_META = {
  leadTimeDays: "lead_time_days",
  /** Set when she paused it herself: only such a product may be resumed by her (staff drafts may not). */
  pausedByMaker: "paused_by_maker_at",
} as const

/** Variant metadata: the USD price was derived from the IDR price (not set by staff), so it follows it. */
export const USD_DERIVED_META = "usd_price_derived"

export const UNKNOWN_PHOTO_MESSAGE = "Unknown photo"
export const PRODUCT_NOT_FOUND_MESSAGE = "Product not found"

type MedusaProductStatus = "draft" | "proposed" | "published" | "rejected"

/**
 * How she sees Medusa's status: proposed → in_review, rejected → returned, draft → paused, published → live,
 * or sold_out when it is made from stock and none is left.
 */
export function makerStatusOf(product: { status: string; made_to_order: boolean; stock: number }): MakerProductStatus {
  switch (product.status as MedusaProductStatus) {
    case "proposed":
      return "in_review"
    case "rejected":
      return "returned"
    case "draft":
      return "paused"
    default:
      return !product.made_to_order && product.stock <= 0 ? "sold_out" : "live"
  }
}

/** Rupiah per US dollar for prices staff did not set (env IDR_PER_USD, default 16000). */
export function idrPerUsd(env: Record<string, string | undefined> = process.env): number {
  const rate = Number(env.IDR_PER_USD)
  return Number.isFinite(rate) && rate > 0 ? rate : 16000
}

/** The USD price of an IDR price: whole dollars, rounded up (never below 1). */
export function usdFromIdr(idr: number, rate: number = idrPerUsd()): number {
  return Math.max(1, Math.ceil(idr / rate))
}

/** The note she sees: staff's note when the product is returned (its latest decision), else null. */
export function reviewNoteOf(status: string, latest: Pick<ProductReviewRow, "decision" | "note"> | null | undefined) {
  return status === "rejected" && latest?.decision === "returned" ? latest.note ?? null : null
}

/**
 * She may resume a product only if she paused it herself and it was approved and not changed since: its
 * latest review row is an approval, or it was never reviewed (staff published it before she had the portal).
 */
export function canResume(input: {
  status: string
  metadata: Record<string, unknown> | null | undefined
  latest: Pick<ProductReviewRow, "decision"> | null | undefined
}): boolean {
  if (input.status !== "draft" || !input.metadata?.[PRODUCT_META.pausedByMaker]) return false
  return !input.latest || input.latest.decision === "approved"
}

export interface ProductContent {
  title: string
  description: string | null
  category: string | null
  upload_ids: (string | null)[]
}

export interface MakerProductChanges {
  title?: string
  description?: string | null
  category?: string
  price_idr?: number
  made_to_order?: boolean
  stock?: number
  lead_time_days?: number
  upload_ids?: string[]
}

/** Which content fields (title, description, category, photos) the changes really change. */
export function changedContent(current: ProductContent, changes: MakerProductChanges): (keyof ProductContent)[] {
  const changed: (keyof ProductContent)[] = []
  if (changes.title !== undefined && changes.title !== current.title) changed.push("title")
  if (changes.description !== undefined && (changes.description ?? null) !== (current.description ?? null)) changed.push("description")
  if (changes.category !== undefined && changes.category !== current.category) changed.push("category")
  if (changes.upload_ids !== undefined && changes.upload_ids.join(",") !== current.upload_ids.join(",")) changed.push("upload_ids")
  return changed
}

/**
 * Whether an edit sends the product (back) to review: any edit of a returned product resubmits it; a change of
 * content on a live, sold-out or paused one sends it back; price, stock and lead time never do.
 */
export function resubmits(status: string, contentChanged: boolean, anyChange: boolean): boolean {
  if (status === "rejected") return anyChange
  if (status === "published" || status === "draft") return contentChanged
  return false
}

/** Price hint over published prices of a category (IDR, whole rupiah). */
export function priceHint(prices: number[]): { count: number; min: number | null; max: number | null; median: number | null } {
  const sorted = prices.filter((p) => Number.isFinite(p)).sort((a, b) => a - b)
  if (!sorted.length) return { count: 0, min: null, max: null, median: null }
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
  return { count: sorted.length, min: sorted[0]!, max: sorted[sorted.length - 1]!, median }
}
