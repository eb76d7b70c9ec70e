import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMakerProductPausedWorkflow } from "../../../workflows/set-maker-product-paused"
import { loadProductOfMaker } from "../../../workflows/utils/maker-products"
import { toMakerProducts } from "./helpers"

/** POST /maker/products/:id/pause and /resume: the same handler with the state she asks for. */
export const setPaused = (paused: boolean) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  await setMakerProductPausedWorkflow(req.scope).run({ input: { maker_id: makerId, product_id: req.params.id, paused } })
  const [product] = await toMakerProducts(req.scope, makerId, [await loadProductOfMaker(req.scope, makerId, req.params.id)])
  res.json({ product })
}
