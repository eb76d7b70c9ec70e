import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewMakerProductWorkflow } from "../../../../../workflows/review-maker-product"
import { actorOf } from "../../../makers/helpers"
import { reviewResult } from "../../helpers"
import type { AdminApproveProductType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminApproveProductType>, res: MedusaResponse) => {
  await reviewMakerProductWorkflow(req.scope).run({
    input: { product_id: req.params.product_id, review: { decision: "approve", ...req.validatedBody }, actor_id: actorOf(req) },
  })
  res.json(await reviewResult(req.scope, req.params.product_id))
}
