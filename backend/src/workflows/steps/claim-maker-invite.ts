import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { invalidInviteError } from "./maker-access-errors"

export interface ClaimMakerInviteInput {
  invite_id: string
}

/** Uses the invite up, unless another acceptance did first (then the one 400). The compensation frees it. */
export const claimMakerInviteStep = createStep(
  "claim-maker-invite",
  async ({ invite_id }: ClaimMakerInviteInput, { container }) => {
    const claimed = await container.resolve<MakerModuleService>(MAKER_MODULE).claimInvite(invite_id)
    if (!claimed) throw invalidInviteError()
    return new StepResponse(invite_id, invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).updateMakerInvites({ id: inviteId, used_at: null })
  }
)
