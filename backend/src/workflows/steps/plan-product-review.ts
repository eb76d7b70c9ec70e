import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { idrPerUsd, usdFromIdr, USD_DERIVED_META } from "../../modules/maker/product-rules"
import type { MakerProductRecord } from "../utils/maker-products"
import type { ProductReviewInput } from "./record-product-review"

export type ProductReviewDecisionInput =
  | { decision: "approve"; price_usd?: number }
  | { decision: "return"; note: string }

/**
 * Staff's decision on a product in review: approve publishes it (with a USD price: the one given, or one derived
 * from the rupiah price when it has none); return rejects it with a note for her. Only a product in review
 * (Medusa status proposed) can be decided on.
 */
export const planProductReviewStep = createStep(
  "plan-product-review",
  async (input: { record: MakerProductRecord; review: ProductReviewDecisionInput; actor_id: string }) => {
    const { record, review } = input
    if (record.status !== "proposed") throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product is not waiting for review")
    if (!record.maker_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product has no maker")

    let variant: Record<string, unknown> | null = null
    if (review.decision === "approve" && record.variant) {
      const given = review.price_usd
      const needsUsd = given !== undefined || record.variant.price_usd === null
      if (needsUsd) {
        if (record.variant.price_idr === null && given === undefined) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product has no rupiah price to derive a USD price from")
        }
        const usd = given ?? usdFromIdr(record.variant.price_idr!, idrPerUsd())
        const prices: { currency_code: string; amount: number }[] = [{ currency_code: "usd", amount: usd }]
        if (record.variant.price_idr !== null) prices.unshift({ currency_code: "idr", amount: record.variant.price_idr })
        variant = { id: record.variant.id, prices, metadata: { [USD_DERIVED_META]: given === undefined } }
      }
    }
    const row: ProductReviewInput = {
      product_id: record.id,
      maker_id: record.maker_id,
      decision: review.decision === "approve" ? "approved" : "returned",
      note: review.decision === "return" ? review.note : null,
      actor_id: input.actor_id,
    }
    return new StepResponse({
      product: { id: record.id, status: review.decision === "approve" ? "published" : "rejected" },
      variant,
      review: row,
    })
  }
)
