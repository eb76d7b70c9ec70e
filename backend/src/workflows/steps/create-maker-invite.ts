import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { serverSecret } from "../../lib/server-secret"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { hashInviteCode, INVITE_VALID_DAYS, newInviteCode } from "../../modules/maker/access-rules"

export interface CreateMakerInviteInput {
  maker_id: string
  /** The staff user who invites her. */
  created_by: string
}

export interface CreatedMakerInvite {
  id: string
  /** The code in the clear: returned to the staff member once, stored nowhere (only its keyed hash is). */
  code: string
  expires_at: Date
}

/**
 * A new invite for her, valid INVITE_VALID_DAYS days. The workflows that run this step are synchronous and not
 * stored, so the code lives in memory only until the response is sent.
 */
export const createMakerInviteStep = createStep(
  "create-maker-invite",
  async ({ maker_id, created_by }: CreateMakerInviteInput, { container }) => {
    const code = newInviteCode()
    const expires_at = new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000)
    const invite = await container.resolve<MakerModuleService>(MAKER_MODULE).createMakerInvites({
      maker_id,
      code_hash: hashInviteCode(code, serverSecret(container)),
      expires_at,
      created_by,
    })
    return new StepResponse<CreatedMakerInvite, string>({ id: invite.id, code, expires_at }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerInvites(id)
  }
)
