import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endMakerSessionsWorkflow } from "../../../../../workflows/end-maker-sessions"
import { currentMakerSessionId } from "../../../authenticate-maker"

/** Logs her out of one phone (404 when the login is not hers). Ending this phone's login logs her out here. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { actor_id } = req.auth_context
  await endMakerSessionsWorkflow(req.scope).run({ input: { maker_id: actor_id, session_id: req.params.id, actor_id } })
  res.json({ ended: req.params.id, current: req.params.id === currentMakerSessionId(req) })
}
