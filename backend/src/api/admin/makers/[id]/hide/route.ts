import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMakerVisibilityWorkflow } from "../../../../../workflows/set-maker-visibility"
import { actorOf, retrieveAdminMaker } from "../../helpers"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setMakerVisibilityWorkflow(req.scope).run({
    input: { id: req.params.id, hidden: true, actor_id: actorOf(req) },
  })
  res.json({ maker: await retrieveAdminMaker(req.scope, req.params.id) })
}
