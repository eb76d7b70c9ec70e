import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { endMakerSessionStep } from "../steps/end-maker-session"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { setMakerAccessRevokedStep } from "../steps/set-maker-access-revoked"
import { validateMakerPortalStep } from "../steps/validate-maker-portal"

export interface EndMakerSessionsWorkflowInput {
  maker_id: string
  /** One login to end; without it, every login ends (she keeps her PIN and logs in again). */
  session_id?: string
  /** Her own maker id when she does it, else the staff user's id. */
  actor_id: string
}

/**
 * Logs her out of one phone, or of every phone at once (a watched or lost phone), from the portal or by staff.
 * Unlike an access reset, her login stays: only the sessions end. Recorded in her change history.
 */
export const endMakerSessionsWorkflow = createWorkflow("end-maker-sessions", (input: EndMakerSessionsWorkflowInput) => {
  validateMakerPortalStep({ maker_id: input.maker_id })

  endMakerSessionStep({ maker_id: input.maker_id, session_id: input.session_id, actor_id: input.actor_id })
  setMakerAccessRevokedStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, revoke: !input.session_id })))

  const change = transform({ input }, ({ input }) => [
    { maker_id: input.maker_id, action: input.session_id ? "session_ended" : "sessions_ended", actor_id: input.actor_id, fields: ["sessions"] },
  ])
  recordMakerChangesStep(change).config({ name: "record-sessions-ended" })
  return new WorkflowResponse({ ended: transform({ input }, ({ input }) => input.session_id ?? "all") })
})
