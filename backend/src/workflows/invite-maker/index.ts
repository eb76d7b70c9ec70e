import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerInviteStep } from "../steps/create-maker-invite"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { revokeMakerInvitesStep } from "../steps/revoke-maker-invites"
import { validateMakerPortalStep } from "../steps/validate-maker-portal"

export interface InviteMakerWorkflowInput {
  maker_id: string
  /** The staff user who invites her. */
  actor_id: string
}

/**
 * A new single-use invite to the portal for her; her earlier invites stop working. Returns the code in the
 * clear, once (only its hash is stored). Must stay synchronous and unstored: its result holds the code.
 */
export const inviteMakerWorkflow = createWorkflow("invite-maker", (input: InviteMakerWorkflowInput) => {
  validateMakerPortalStep({ maker_id: input.maker_id })
  revokeMakerInvitesStep({ maker_id: input.maker_id })
  const invite = createMakerInviteStep({ maker_id: input.maker_id, created_by: input.actor_id })

  const change = transform({ input }, ({ input }) => [
    { maker_id: input.maker_id, action: "invited", actor_id: input.actor_id, fields: ["invite"] },
  ])
  recordMakerChangesStep(change)

  return new WorkflowResponse(invite)
})
