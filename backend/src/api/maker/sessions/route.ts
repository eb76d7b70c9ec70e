import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { currentMakerSessionId } from "../authenticate-maker"
import { toSessionView } from "./view"

/** Where she is logged in: each login that still works, and which one is this phone. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const sessions = await req.scope.resolve<MakerModuleService>(MAKER_MODULE).listActiveSessions(req.auth_context.actor_id)
  const current = currentMakerSessionId(req)
  res.json({ sessions: sessions.map((session) => ({ ...toSessionView(session), current: session.id === current })) })
}
