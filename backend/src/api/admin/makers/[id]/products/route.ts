import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignProductsToMakerWorkflow } from "../../../../../workflows/assign-products-to-maker"
import { actorOf, retrieveAdminMaker } from "../../helpers"
import type { AdminAssignProductsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignProductsType>, res: MedusaResponse) => {
  const { add, remove } = req.validatedBody
  await assignProductsToMakerWorkflow(req.scope).run({
    input: { id: req.params.id, add, remove, actor_id: actorOf(req) },
  })
  res.json({ maker: await retrieveAdminMaker(req.scope, req.params.id) })
}
