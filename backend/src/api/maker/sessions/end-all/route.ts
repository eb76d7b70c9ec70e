import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endMakerSessionsWorkflow } from "../../../../workflows/end-maker-sessions"

/** Logs her out everywhere, this phone included; her PIN stays the same. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { actor_id } = req.auth_context
  await endMakerSessionsWorkflow(req.scope).run({ input: { maker_id: actor_id, actor_id } })
  res.json({ ended: "all" })
}
