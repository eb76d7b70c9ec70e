import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MakerEvents } from "../../modules/maker/events"
import type { ConsentItem, MakerPrivateData } from "../../modules/maker/types"
import { createMakerPrivateStep } from "../steps/create-maker-private"
import { createMakerStep, type CreateMakerStepInput } from "../steps/create-maker"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { recordMakerConsentsStep } from "../steps/record-maker-consents"
import { validateMakerHandleStep } from "../steps/validate-maker-handle"

export interface CreateMakerWorkflowInput {
  maker: CreateMakerStepInput
  private?: Partial<MakerPrivateData>
  consents?: Partial<Record<ConsentItem, boolean>>
  /** The staff user (or "system") who creates her. */
  actor_id: string
}

/** A maker with her private data and the consents she gave, in one go; nothing remains if a step fails. */
export const createMakerWorkflow = createWorkflow("create-maker", (input: CreateMakerWorkflowInput) => {
  validateMakerHandleStep({ handle: input.maker.handle })
  const maker = createMakerStep(input.maker)

  const privateInput = transform({ maker, input }, ({ maker, input }) => ({ maker_id: maker.id, data: input.private }))
  const privateFields = createMakerPrivateStep(privateInput)

  const consentInput = transform({ maker, input }, ({ maker, input }) => ({
    maker_id: maker.id,
    consents: input.consents,
    recorded_by: input.actor_id,
  }))
  const consentFields = recordMakerConsentsStep(consentInput)

  const change = transform({ maker, input, privateFields, consentFields }, (data) => [
    {
      maker_id: data.maker.id,
      action: "created",
      actor_id: data.input.actor_id,
      fields: [
        ...Object.keys(data.input.maker).filter((field) => (data.input.maker as unknown as Record<string, unknown>)[field] != null),
        ...data.privateFields.map((field) => `private.${field}`),
        ...data.consentFields,
      ],
    },
  ])
  recordMakerChangesStep(change)

  const event = transform({ maker }, ({ maker }) => ({ id: maker.id, handles: [maker.handle] }))
  emitEventStep({ eventName: MakerEvents.CREATED, data: event })

  return new WorkflowResponse(maker)
})
