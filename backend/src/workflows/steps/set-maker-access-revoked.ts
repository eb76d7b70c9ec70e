import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

type Previous = { id: string; previous: Date | string | null }

export interface SetMakerAccessRevokedInput {
  maker_id: string
  /** False makes the step do nothing (for workflows that revoke only in some cases). */
  revoke: boolean
}

/**
 * Logs her out everywhere: portal tokens (and sessions made from them) issued before now stop working
 * (src/api/maker/authenticate-maker.ts). The compensation puts the previous moment back.
 */
export const setMakerAccessRevokedStep = createStep(
  "set-maker-access-revoked",
  async ({ maker_id, revoke }: SetMakerAccessRevokedInput, { container }) => {
    if (!revoke) return new StepResponse<Date | null, Previous | null>(null, null)
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const before = await service.retrieveMakerOrFail(maker_id)
    const at = new Date()
    await service.updateMakers({ id: maker_id, access_revoked_at: at })
    return new StepResponse<Date | null, Previous | null>(at, { id: maker_id, previous: before.access_revoked_at ?? null })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    await container
      .resolve<MakerModuleService>(MAKER_MODULE)
      .updateMakers({ id: compensation.id, access_revoked_at: compensation.previous ? new Date(compensation.previous) : null })
  }
)
