import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MakerEvents } from "../../modules/maker/events"
import { ensureCollectiveMakerStep } from "../steps/ensure-collective-maker"
import { planProductAssignmentStep } from "../steps/plan-product-assignment"
import { recordMakerChangesStep } from "../steps/record-maker-changes"

export interface AssignProductsToMakerWorkflowInput {
  id: string
  add?: string[]
  remove?: string[]
  actor_id: string
}

/**
 * Gives products to a maker (moving them from their previous maker) or back to the Collective. A product
 * always ends with exactly one maker; both makers' histories record the move.
 */
export const assignProductsToMakerWorkflow = createWorkflow(
  "assign-products-to-maker",
  (input: AssignProductsToMakerWorkflowInput) => {
    const collective = ensureCollectiveMakerStep()
    const planInput = transform({ input, collective }, ({ input, collective }) => ({
      maker_id: input.id,
      add: input.add,
      remove: input.remove,
      collective_id: collective.id,
    }))
    const plan = planProductAssignmentStep(planInput)

    const dismiss = transform({ plan }, ({ plan }) => plan.dismiss)
    dismissRemoteLinkStep(dismiss)
    const create = transform({ plan }, ({ plan }) => plan.create)
    createRemoteLinkStep(create)

    const changes = transform({ plan, input }, ({ plan, input }) =>
      plan.affected.map((maker) => ({
        maker_id: maker.maker_id,
        action: "products_assigned",
        actor_id: input.actor_id,
        fields: ["products"],
      }))
    )
    recordMakerChangesStep(changes)

    const events = transform({ plan }, ({ plan }) =>
      plan.affected.map((maker) => ({ id: maker.maker_id, handles: [maker.handle] }))
    )
    emitEventStep({ eventName: MakerEvents.PRODUCTS_ASSIGNED, data: events })

    return new WorkflowResponse(plan)
  }
)
