import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  changedContent,
  idrPerUsd,
  PRODUCT_META,
  resubmits,
  usdFromIdr,
  type MakerProductChanges,
} from "../../modules/maker/product-rules"
import { usdIsDerived, type MakerProductRecord } from "../utils/maker-products"
import type { ProductReviewInput } from "./record-product-review"
import type { ResolvedMakerProductInput } from "./resolve-maker-product-input"

export interface MakerProductUpdatePlan {
  /** For updateProductsWorkflow, or null when no product field changes. */
  product: Record<string, unknown> | null
  /** For updateProductVariantsWorkflow, or null. */
  variant: Record<string, unknown> | null
  /** New stock on hand, or null to leave it. */
  stock: number | null
  review: ProductReviewInput | null
  /** The product leaves the shop (it was published and goes back to review). */
  leaves_shop: boolean
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Works out an edit of her product (docs/maker-portal-api.md): price, stock, made to order and lead time apply
 * at once and keep the status; a change of title, description, category or photos of a live, sold-out or paused
 * product sends it back to review; any edit of a returned product resubmits it.
 */
export const planMakerProductUpdateStep = createStep(
  "plan-maker-product-update",
  async (input: { record: MakerProductRecord; changes: MakerProductChanges; resolved: ResolvedMakerProductInput; actor_id: string }) => {
    const { record, changes, resolved } = input
    if (!record.variant || !record.maker_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This product cannot be edited in the portal")

    const madeToOrder = changes.made_to_order ?? record.made_to_order
    const leadTime = changes.lead_time_days ?? record.lead_time_days
    if (changes.made_to_order === true && !leadTime) throw invalid("Invalid request: Field 'lead_time_days' is required for made to order")

    const content = changedContent(
      {
        title: record.title,
        description: record.description,
        category: record.category?.handle ?? null,
        upload_ids: record.images.map((image) => image.upload_id),
      },
      changes
    )
    const resubmit = resubmits(record.status, content.length > 0, true)

    const product: Record<string, unknown> = {}
    if (content.includes("title")) product.title = changes.title
    if (content.includes("description")) product.description = changes.description ?? null
    if (content.includes("category")) product.category_ids = [resolved.category_id]
    if (content.includes("upload_ids")) {
      product.images = resolved.images
      product.thumbnail = resolved.thumbnail
    }
    const metadata: Record<string, unknown> = {}
    if (changes.lead_time_days !== undefined && changes.lead_time_days !== record.lead_time_days) {
      metadata[PRODUCT_META.leadTimeDays] = changes.lead_time_days
    }
    if (resubmit) {
      product.status = "proposed"
      // "" removes the key (Medusa merges product metadata).
      if (record.metadata[PRODUCT_META.pausedByMaker]) metadata[PRODUCT_META.pausedByMaker] = ""
    }
    if (Object.keys(metadata).length) product.metadata = metadata

    const variant: Record<string, unknown> = {}
    if (madeToOrder !== record.made_to_order) variant.allow_backorder = madeToOrder
    if (content.includes("title")) variant.title = changes.title
    if (changes.price_idr !== undefined && changes.price_idr !== record.variant.price_idr) {
      const prices = [{ currency_code: "idr", amount: changes.price_idr }]
      // A USD price derived from the rupiah price follows it; one staff set stays.
      const usd = usdIsDerived(record) ? usdFromIdr(changes.price_idr, idrPerUsd()) : record.variant.price_usd
      if (usd !== null) prices.push({ currency_code: "usd", amount: usd })
      variant.prices = prices
    }

    const plan: MakerProductUpdatePlan = {
      product: Object.keys(product).length ? { id: record.id, ...product } : null,
      variant: Object.keys(variant).length ? { id: record.variant.id, ...variant } : null,
      stock: changes.stock !== undefined && changes.stock !== record.stock ? changes.stock : null,
      review: resubmit
        ? { product_id: record.id, maker_id: record.maker_id, decision: "submitted", note: null, actor_id: input.actor_id }
        : null,
      leaves_shop: resubmit && record.status === "published",
    }
    return new StepResponse(plan)
  }
)
