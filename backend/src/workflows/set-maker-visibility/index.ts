import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MakerEvents } from "../../modules/maker/events"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { updateMakerStep } from "../steps/update-maker"
import { validateMakerActionStep } from "../steps/validate-maker-action"

export interface SetMakerVisibilityWorkflowInput {
  id: string
  hidden: boolean
  actor_id: string
}

/**
 * Hides her at once (profile 404, name gone from her products, which stay for sale under the Collective's
 * name) or shows her again. Every request is recorded, also one that finds her already so.
 */
export const setMakerVisibilityWorkflow = createWorkflow(
  "set-maker-visibility",
  (input: SetMakerVisibilityWorkflowInput) => {
    const checkInput = transform({ input }, ({ input }) => ({
      maker_id: input.id,
      action: input.hidden ? ("hide" as const) : ("unhide" as const),
    }))
    validateMakerActionStep(checkInput)

    const statusInput = transform({ input }, ({ input }) => ({
      id: input.id,
      update: { status: input.hidden ? ("hidden" as const) : ("active" as const) },
    }))
    const updated = updateMakerStep(statusInput)

    const change = transform({ input }, ({ input }) => [
      { maker_id: input.id, action: input.hidden ? "hidden" : "unhidden", actor_id: input.actor_id, fields: ["status"] },
    ])
    recordMakerChangesStep(change)

    const event = transform({ input, updated }, ({ input, updated }) => ({
      eventName: input.hidden ? MakerEvents.HIDDEN : MakerEvents.UNHIDDEN,
      data: { id: updated.maker.id, handles: [updated.maker.handle] },
    }))
    emitEventStep(event)

    return new WorkflowResponse(updated.maker)
  }
)
