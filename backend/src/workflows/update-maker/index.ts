import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MakerEvents } from "../../modules/maker/events"
import type { ConsentItem, MakerPrivateData } from "../../modules/maker/types"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { recordMakerConsentsStep } from "../steps/record-maker-consents"
import { updateMakerPrivateStep } from "../steps/update-maker-private"
import { updateMakerStep, type UpdateMakerStepInput } from "../steps/update-maker"
import { validateMakerActionStep } from "../steps/validate-maker-action"
import { validateMakerHandleStep } from "../steps/validate-maker-handle"

export interface UpdateMakerWorkflowInput {
  id: string
  update: UpdateMakerStepInput["update"]
  private?: Partial<MakerPrivateData>
  /** Consents as an edit form sends them: only items whose value changes are recorded. */
  consents?: Partial<Record<ConsentItem, boolean>>
  actor_id: string
}

/** Edits her public profile, private data and consents together, and records the names of what changed. */
export const updateMakerWorkflow = createWorkflow("update-maker", (input: UpdateMakerWorkflowInput) => {
  const checkInput = transform({ input }, ({ input }) => ({
    maker_id: input.id,
    action: "update" as const,
    consents: input.consents,
    handle: input.update.handle,
  }))
  validateMakerActionStep(checkInput)
  const handleInput = transform({ input }, ({ input }) => ({ handle: input.update.handle, maker_id: input.id }))
  validateMakerHandleStep(handleInput)

  const publicInput = transform({ input }, ({ input }) => ({ id: input.id, update: input.update }))
  const updated = updateMakerStep(publicInput)

  const privateInput = transform({ input }, ({ input }) => ({ maker_id: input.id, data: input.private }))
  const privateFields = updateMakerPrivateStep(privateInput)

  const consentInput = transform({ input }, ({ input }) => ({
    maker_id: input.id,
    consents: input.consents,
    only_changes: true,
    recorded_by: input.actor_id,
  }))
  const consentFields = recordMakerConsentsStep(consentInput)

  const change = transform({ input, updated, privateFields, consentFields }, (data) => [
    {
      maker_id: data.input.id,
      action: "updated",
      actor_id: data.input.actor_id,
      fields: [...data.updated.changed, ...data.privateFields.map((field) => `private.${field}`), ...data.consentFields],
    },
  ])
  recordMakerChangesStep(change)

  const event = transform({ updated }, ({ updated }) => ({
    id: updated.maker.id,
    handles: [...new Set([updated.previous_handle, updated.maker.handle])],
  }))
  emitEventStep({ eventName: MakerEvents.UPDATED, data: event })

  return new WorkflowResponse(updated.maker)
})
