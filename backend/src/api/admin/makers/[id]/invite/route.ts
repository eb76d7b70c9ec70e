import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteMakerWorkflow } from "../../../../../workflows/invite-maker"
import { toAdminInvite } from "../../access"
import { actorOf } from "../../helpers"

/** A new portal invite for her (earlier ones stop working). The code is in this answer only. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await inviteMakerWorkflow(req.scope).run({
    input: { maker_id: req.params.id, actor_id: actorOf(req) },
  })
  res.json({ invite: toAdminInvite(result) })
}
