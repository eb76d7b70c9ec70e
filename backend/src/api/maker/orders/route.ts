import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMakerOrderItems } from "../../../workflows/utils/maker-order-items"

/** GET /maker/orders — her line items in paid orders, open ones first by due date. No buyer data. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ items: await listMakerOrderItems(req.scope, req.auth_context.actor_id) })
}
