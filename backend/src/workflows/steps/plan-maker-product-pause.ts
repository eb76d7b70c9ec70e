import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canResume, PRODUCT_META } from "../../modules/maker/product-rules"
import type { MakerProductRecord } from "../utils/maker-products"

/**
 * Pause: live or sold out → paused (Medusa draft, marked as paused by her). Resume: paused → live, only if she
 * paused it and it was approved and not changed since. Anything else is a 400 saying why.
 */
export const planMakerProductPauseStep = createStep(
  "plan-maker-product-pause",
  async (input: { record: MakerProductRecord; paused: boolean }) => {
    const { record, paused } = input
    if (paused) {
      if (record.status !== "published") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a product on the shop can be paused")
      return new StepResponse({
        id: record.id,
        status: "draft",
        metadata: { [PRODUCT_META.pausedByMaker]: new Date().toISOString() },
      })
    }
    if (record.status !== "draft") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a paused product can be resumed")
    if (!canResume({ status: record.status, metadata: record.metadata, latest: record.latest_review })) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product needs staff approval before it can go back on the shop")
    }
    return new StepResponse({ id: record.id, status: "published", metadata: { [PRODUCT_META.pausedByMaker]: "" } })
  }
)
