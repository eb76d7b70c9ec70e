import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MakerEvents } from "../../modules/maker/events"
import { planMakerProductPauseStep } from "../steps/plan-maker-product-pause"
import { retrieveMakerProductStep } from "../steps/retrieve-maker-product"

export interface SetMakerProductPausedWorkflowInput {
  maker_id: string
  product_id: string
  paused: boolean
}

/** A maker takes her product off the shop for a while (pause), or puts an approved, unchanged one back (resume). */
export const setMakerProductPausedWorkflow = createWorkflow(
  "set-maker-product-paused",
  (input: SetMakerProductPausedWorkflowInput) => {
    const record = retrieveMakerProductStep({ product_id: input.product_id, maker_id: input.maker_id })
    const update = planMakerProductPauseStep({ record, paused: input.paused })
    const products = transform({ update }, ({ update }) => [update as any])
    updateProductsWorkflow.runAsStep({ input: { products } })
    const data = transform({ input }, ({ input }) => ({ id: input.maker_id, handles: [] as string[] }))
    emitEventStep({ eventName: MakerEvents.PRODUCT_VISIBILITY_CHANGED, data })
    return new WorkflowResponse({ id: input.product_id })
  }
)
