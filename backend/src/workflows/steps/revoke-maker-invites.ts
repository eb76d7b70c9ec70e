import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

export interface RevokeMakerInvitesInput {
  maker_id: string
}

/** Ends every invite of hers that could still be accepted. Returns their ids; the compensation reopens them. */
export const revokeMakerInvitesStep = createStep(
  "revoke-maker-invites",
  async ({ maker_id }: RevokeMakerInvitesInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const ids = (await service.listOpenInvites(maker_id)).map((invite) => invite.id)
    if (ids.length) {
      const now = new Date()
      await service.updateMakerInvites(ids.map((id) => ({ id, revoked_at: now })))
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).updateMakerInvites(ids.map((id) => ({ id, revoked_at: null })))
  }
)
