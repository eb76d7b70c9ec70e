import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MakerEvents } from "../../modules/maker/events"
import type { ConsentItem } from "../../modules/maker/types"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { recordMakerConsentsStep } from "../steps/record-maker-consents"
import { validateMakerActionStep } from "../steps/validate-maker-action"

export interface RecordMakerConsentWorkflowInput {
  id: string
  item: ConsentItem
  granted: boolean
  actor_id: string
}

/** One consent decision, recorded as given; a withdrawal hides the item from the next request on. */
export const recordMakerConsentWorkflow = createWorkflow(
  "record-maker-consent",
  (input: RecordMakerConsentWorkflowInput) => {
    const checkInput = transform({ input }, ({ input }) => ({
      maker_id: input.id,
      action: "consent" as const,
      consent: { item: input.item, granted: input.granted },
    }))
    const maker = validateMakerActionStep(checkInput)

    const consentInput = transform({ input }, ({ input }) => ({
      maker_id: input.id,
      consents: { [input.item]: input.granted },
      recorded_by: input.actor_id,
    }))
    const fields = recordMakerConsentsStep(consentInput)

    const change = transform({ input, fields }, ({ input, fields }) => [
      { maker_id: input.id, action: input.granted ? "consent_granted" : "consent_withdrawn", actor_id: input.actor_id, fields },
    ])
    recordMakerChangesStep(change)

    const event = transform({ maker }, ({ maker }) => ({ id: maker.id, handles: [maker.handle] }))
    emitEventStep({ eventName: MakerEvents.CONSENT_RECORDED, data: event })

    return new WorkflowResponse(maker)
  }
)
