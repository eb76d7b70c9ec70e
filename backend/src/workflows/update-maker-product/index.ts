import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { MakerEvents } from "../../modules/maker/events"
import type { MakerProductChanges } from "../../modules/maker/product-rules"
import { planMakerProductUpdateStep } from "../steps/plan-maker-product-update"
import { recordProductReviewStep } from "../steps/record-product-review"
import { resolveMakerProductInputStep } from "../steps/resolve-maker-product-input"
import { retrieveMakerProductStep } from "../steps/retrieve-maker-product"
import { setProductStockStep } from "../steps/set-product-stock"

export interface UpdateMakerProductWorkflowInput {
  maker_id: string
  product_id: string
  changes: MakerProductChanges
}

/**
 * A maker edits her product. Price, stock, made to order and lead time apply at once; a change of what the
 * product is (title, description, category, photos) takes a live, sold-out or paused product off the shop
 * until staff approve it again, and any edit of a returned product resubmits it (recorded as "submitted").
 */
export const updateMakerProductWorkflow = createWorkflow(
  "update-maker-product",
  (input: UpdateMakerProductWorkflowInput) => {
    const record = retrieveMakerProductStep({ product_id: input.product_id, maker_id: input.maker_id })
    const resolveInput = transform({ input }, ({ input }) => ({
      maker_id: input.maker_id,
      category: input.changes.category,
      upload_ids: input.changes.upload_ids,
    }))
    const resolved = resolveMakerProductInputStep(resolveInput)
    const plan = planMakerProductUpdateStep({ record, changes: input.changes, resolved, actor_id: input.maker_id })

    when({ plan }, ({ plan }) => !!plan.product).then(() => {
      const products = transform({ plan }, ({ plan }) => [plan.product as any])
      updateProductsWorkflow.runAsStep({ input: { products } })
    })
    when({ plan }, ({ plan }) => !!plan.variant).then(() => {
      const variants = transform({ plan }, ({ plan }) => [plan.variant as any])
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variants } })
    })
    when({ plan }, ({ plan }) => plan.stock !== null).then(() => {
      const stock = transform({ plan, input }, ({ plan, input }) => ({ product_id: input.product_id, quantity: plan.stock! }))
      setProductStockStep(stock)
    })
    const review = transform({ plan }, ({ plan }) => plan.review)
    recordProductReviewStep(review)

    when({ plan }, ({ plan }) => plan.leaves_shop).then(() => {
      const data = transform({ input }, ({ input }) => ({ id: input.maker_id, handles: [] as string[] }))
      emitEventStep({ eventName: MakerEvents.PRODUCT_VISIBILITY_CHANGED, data })
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
