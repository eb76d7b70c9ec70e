import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endMakerSessionsWorkflow } from "../../../../../workflows/end-maker-sessions"
import { retrieveAdminMakerAccess } from "../../access"
import { actorOf } from "../../helpers"

/** Logs her out of every phone without touching her login (she logs in again with her PIN). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await endMakerSessionsWorkflow(req.scope).run({ input: { maker_id: req.params.id, actor_id: actorOf(req) } })
  res.json({ access: await retrieveAdminMakerAccess(req.scope, req.params.id) })
}
