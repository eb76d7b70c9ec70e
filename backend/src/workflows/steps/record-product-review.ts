import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import type { ProductReviewDecision } from "../../modules/maker/types"

export interface ProductReviewInput {
  product_id: string
  maker_id: string
  decision: ProductReviewDecision
  note: string | null
  actor_id: string
}

/**
 * Appends a row to the products' review record (null input: nothing to record). Rows are never changed; the
 * compensation removes only the row this step wrote, when the rest of its workflow failed.
 */
export const recordProductReviewStep = createStep(
  "record-product-review",
  async (input: ProductReviewInput | null, { container }) => {
    if (!input) return new StepResponse(null, null)
    const row = await container.resolve<MakerModuleService>(MAKER_MODULE).createProductReviews(input)
    return new StepResponse(row.id, row.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteProductReviews([id])
  }
)
