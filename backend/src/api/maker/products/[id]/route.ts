import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateMakerProductWorkflow } from "../../../../workflows/update-maker-product"
import { loadProductOfMaker } from "../../../../workflows/utils/maker-products"
import { toMakerProducts } from "../helpers"
import type { MakerUpdateProductType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  const [product] = await toMakerProducts(req.scope, makerId, [await loadProductOfMaker(req.scope, makerId, req.params.id)])
  res.json({ product })
}

export const POST = async (req: AuthenticatedMedusaRequest<MakerUpdateProductType>, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  await updateMakerProductWorkflow(req.scope).run({
    input: { maker_id: makerId, product_id: req.params.id, changes: req.validatedBody },
  })
  const [product] = await toMakerProducts(req.scope, makerId, [await loadProductOfMaker(req.scope, makerId, req.params.id)])
  res.json({ product })
}
