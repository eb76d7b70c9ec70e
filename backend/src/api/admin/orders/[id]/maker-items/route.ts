import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listOrderMakerItems } from "../../../../../workflows/utils/maker-order-items"

/** GET /admin/orders/:id/maker-items — each line item with its maker, status, due date and when she marked it ready. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const result = await listOrderMakerItems(req.scope, req.params.id)
  if (!result) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${req.params.id} was not found`)
  res.json(result)
}
