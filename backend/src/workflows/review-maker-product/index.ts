import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { MakerEvents } from "../../modules/maker/events"
import { planProductReviewStep, type ProductReviewDecisionInput } from "../steps/plan-product-review"
import { recordProductReviewStep } from "../steps/record-product-review"
import { retrieveMakerProductStep } from "../steps/retrieve-maker-product"

export interface ReviewMakerProductWorkflowInput {
  product_id: string
  review: ProductReviewDecisionInput
  /** The staff user deciding. */
  actor_id: string
}

/**
 * Staff approve a product in review (published, with its USD price) or return it to its maker with a note
 * (rejected). The decision is recorded with the staff user's id (DESIGN.md, privacy rule 5).
 */
export const reviewMakerProductWorkflow = createWorkflow(
  "review-maker-product",
  (input: ReviewMakerProductWorkflowInput) => {
    const record = retrieveMakerProductStep({ product_id: input.product_id })
    const plan = planProductReviewStep({ record, review: input.review, actor_id: input.actor_id })

    when({ plan }, ({ plan }) => !!plan.variant).then(() => {
      const variants = transform({ plan }, ({ plan }) => [plan.variant as any])
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variants } })
    })
    const products = transform({ plan }, ({ plan }) => [plan.product as any])
    updateProductsWorkflow.runAsStep({ input: { products } })
    const review = transform({ plan }, ({ plan }) => plan.review)
    recordProductReviewStep(review)

    when({ input }, ({ input }) => input.review.decision === "approve").then(() => {
      const data = transform({ plan }, ({ plan }) => ({ id: plan.review.maker_id, handles: [] as string[] }))
      emitEventStep({ eventName: MakerEvents.PRODUCT_VISIBILITY_CHANGED, data })
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
