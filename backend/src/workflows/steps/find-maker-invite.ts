import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { serverSecret } from "../../lib/server-secret"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { hashInviteCode } from "../../modules/maker/access-rules"
import { invalidInviteError } from "./maker-access-errors"

export interface FindMakerInviteInput {
  /** The code as normaliseInviteCode gives it, or null when what she typed cannot be a code. */
  code: string | null
}

/** The open invite a code opens, and its maker (who must still exist and be a person); else the one 400. */
export const findMakerInviteStep = createStep(
  "find-maker-invite",
  async ({ code }: FindMakerInviteInput, { container }) => {
    if (!code) throw invalidInviteError()
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const invite = await service.retrieveOpenInviteByHash(hashInviteCode(code, serverSecret(container)))
    if (!invite) throw invalidInviteError()
    const [maker] = await service.listMakers({ id: invite.maker_id }, { select: ["id", "is_collective"], take: 1 })
    if (!maker || maker.is_collective) throw invalidInviteError()
    return new StepResponse({ invite_id: invite.id, maker_id: invite.maker_id })
  }
)
