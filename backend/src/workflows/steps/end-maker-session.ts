import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import type { MakerSessionRow } from "../../modules/maker/types"

export interface EndMakerSessionInput {
  maker_id: string
  /** One of her logins (404 when it is not hers); without it, all of her open ones. */
  session_id?: string
  actor_id: string
}

/**
 * Marks her logins ended. Logging out everywhere also moves maker.access_revoked_at, which ends tokens never
 * seen yet; marking the seen ones covers a token issued in the same second (tokens count time in seconds).
 * The compensation opens them again.
 */
export const endMakerSessionStep = createStep(
  "end-maker-session",
  async ({ maker_id, session_id, actor_id }: EndMakerSessionInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const filters = session_id ? { id: session_id, maker_id } : { maker_id, ended_at: null }
    const sessions = (await service.listMakerSessions(filters, { select: ["id", "ended_at"] })) as unknown as MakerSessionRow[]
    if (session_id && !sessions.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Session not found")
    const open = sessions.filter((session) => !session.ended_at).map((session) => session.id)
    if (open.length) {
      const at = new Date()
      await service.updateMakerSessions(open.map((id) => ({ id, ended_at: at, ended_by: actor_id })))
    }
    return new StepResponse(open, open)
  },
  async (endedIds, { container }) => {
    if (!endedIds?.length) return
    await container
      .resolve<MakerModuleService>(MAKER_MODULE)
      .updateMakerSessions(endedIds.map((id) => ({ id, ended_at: null, ended_by: null })))
  }
)
