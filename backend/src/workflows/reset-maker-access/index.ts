import { deleteAuthIdentityStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { inviteMakerWorkflow } from "../invite-maker"
import { endMakerSessionStep } from "../steps/end-maker-session"
import { listMakerLoginsStep } from "../steps/list-maker-logins"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { setMakerAccessRevokedStep } from "../steps/set-maker-access-revoked"
import { validateMakerPortalStep } from "../steps/validate-maker-portal"

export interface ResetMakerAccessWorkflowInput {
  maker_id: string
  /** The staff user who resets her access. */
  actor_id: string
}

/**
 * For a lost or watched phone, or a login someone else knows: removes her login, logs her out everywhere
 * (tokens issued before now are refused), ends her open invites, and makes a new invite for staff to hand
 * over in person. Returns that invite's code, once.
 */
export const resetMakerAccessWorkflow = createWorkflow("reset-maker-access", (input: ResetMakerAccessWorkflowInput) => {
  validateMakerPortalStep({ maker_id: input.maker_id })

  const loginIds = listMakerLoginsStep({ maker_id: input.maker_id })
  when({ loginIds }, ({ loginIds }) => loginIds.length > 0).then(() => {
    deleteAuthIdentityStep({ id: loginIds })
  })
  setMakerAccessRevokedStep({ maker_id: input.maker_id, revoke: true })
  endMakerSessionStep({ maker_id: input.maker_id, actor_id: input.actor_id })

  const change = transform({ input }, ({ input }) => [
    { maker_id: input.maker_id, action: "access_reset", actor_id: input.actor_id, fields: ["login", "sessions", "invites"] },
  ])
  recordMakerChangesStep(change).config({ name: "record-access-reset" })

  const invite = inviteMakerWorkflow.runAsStep({ input: { maker_id: input.maker_id, actor_id: input.actor_id } })
  return new WorkflowResponse(invite)
})
