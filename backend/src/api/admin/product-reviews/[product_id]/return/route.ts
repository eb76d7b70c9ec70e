import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewMakerProductWorkflow } from "../../../../../workflows/review-maker-product"
import { actorOf } from "../../../makers/helpers"
import { reviewResult } from "../../helpers"
import type { AdminReturnProductType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminReturnProductType>, res: MedusaResponse) => {
  await reviewMakerProductWorkflow(req.scope).run({
    input: { product_id: req.params.product_id, review: { decision: "return", note: req.validatedBody.note }, actor_id: actorOf(req) },
  })
  res.json(await reviewResult(req.scope, req.params.product_id))
}
