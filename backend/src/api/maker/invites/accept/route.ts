import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IDENTIFIER_TAKEN_MESSAGE } from "../../../../modules/maker/access-rules"
import { acceptMakerInviteWorkflow } from "../../../../workflows/accept-maker-invite"
import { isIdentifierTakenError, isInvalidInviteError } from "../../../../workflows/steps/maker-access-errors"
import { makerToken } from "../../helpers"
import { clientIp, INVITE_CODE_PER_IP, limiter } from "../../limits"
import type { MakerAcceptInviteType } from "../../validators"

/**
 * She accepts her invite with the code, her phone number or email, and a PIN or password: her login is made
 * and she is logged in ({ token }). A wrong code counts towards the per-IP limit (limitInviteCodeAttempts).
 */
export const POST = async (req: MedusaRequest<MakerAcceptInviteType>, res: MedusaResponse) => {
  const { code, identifier, password } = req.validatedBody
  try {
    const { result } = await acceptMakerInviteWorkflow(req.scope).run({ input: { code, identifier, password } })
    res.json(await makerToken(req.scope, result.auth_identity_id))
  } catch (error) {
    if (isInvalidInviteError(error)) await limiter(req.scope, INVITE_CODE_PER_IP).hit(clientIp(req))
    if (isIdentifierTakenError(error)) {
      res.status(409).json({ type: "conflict", message: IDENTIFIER_TAKEN_MESSAGE })
      return
    }
    throw error
  }
}
