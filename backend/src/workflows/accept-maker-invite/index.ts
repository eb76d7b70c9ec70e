import { deleteAuthIdentityStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_ACTOR } from "../../modules/maker/access-rules"
import { checkLoginIdentifierStep } from "../steps/check-login-identifier"
import { claimMakerInviteStep } from "../steps/claim-maker-invite"
import { createMakerLoginStep } from "../steps/create-maker-login"
import { findMakerInviteStep } from "../steps/find-maker-invite"
import { recordMakerChangesStep } from "../steps/record-maker-changes"
import { revokeMakerInvitesStep } from "../steps/revoke-maker-invites"
import { setMakerAccessRevokedStep } from "../steps/set-maker-access-revoked"

export interface AcceptMakerInviteWorkflowInput {
  /** The code as normaliseInviteCode gives it (null when what she typed cannot be a code). */
  code: string | null
  /** Her phone number or email, normalised. */
  identifier: string
  /** Already checked against the PIN/password rule. */
  password: string
}

/**
 * She accepts an invite: her login (emailpass, with app_metadata.maker_id) is made, and the invite is used up.
 * A login she had before is replaced, and its sessions end. Nothing remains if a step fails: the invite is
 * freed again, an old login comes back.
 *
 * Its input holds her password: keep this workflow synchronous, without `store` or `retentionTime`, so that
 * Medusa never writes its context to the workflow_execution table.
 */
export const acceptMakerInviteWorkflow = createWorkflow(
  "accept-maker-invite",
  (input: AcceptMakerInviteWorkflowInput) => {
    const invite = findMakerInviteStep({ code: input.code })

    const identifierInput = transform({ invite, input }, ({ invite, input }) => ({
      maker_id: invite.maker_id,
      identifier: input.identifier,
    }))
    const check = checkLoginIdentifierStep(identifierInput)

    claimMakerInviteStep({ invite_id: invite.invite_id })

    when({ check }, ({ check }) => check.replace_ids.length > 0).then(() => {
      deleteAuthIdentityStep({ id: check.replace_ids })
    })
    const login = createMakerLoginStep({ identifier: input.identifier, password: input.password })
    setAuthAppMetadataStep({ authIdentityId: login.auth_identity_id, actorType: MAKER_ACTOR, value: invite.maker_id })

    setMakerAccessRevokedStep({ maker_id: invite.maker_id, revoke: check.had_login })
    revokeMakerInvitesStep({ maker_id: invite.maker_id })

    const change = transform({ invite, check }, ({ invite, check }) => [
      {
        maker_id: invite.maker_id,
        action: "invite_accepted",
        // She acts herself: the history shows her own id as the actor.
        actor_id: invite.maker_id,
        fields: check.had_login ? ["login", "sessions"] : ["login"],
      },
    ])
    recordMakerChangesStep(change)

    const result = transform({ invite, login }, ({ invite, login }) => ({
      maker_id: invite.maker_id,
      auth_identity_id: login.auth_identity_id,
    }))
    return new WorkflowResponse(result)
  }
)
