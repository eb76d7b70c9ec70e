import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resetMakerAccessWorkflow } from "../../../../../workflows/reset-maker-access"
import { toAdminInvite } from "../../access"
import { actorOf } from "../../helpers"

/** Removes her login, logs her out everywhere, and answers a new invite to hand over (its code, once). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await resetMakerAccessWorkflow(req.scope).run({
    input: { maker_id: req.params.id, actor_id: actorOf(req) },
  })
  res.json({ invite: toAdminInvite(result) })
}
