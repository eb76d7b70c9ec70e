import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { markMakerItemReadyWorkflow } from "../../../../../../workflows/mark-maker-item-ready"
import { ORDER_ITEM_NOT_FOUND_MESSAGE } from "../../../../../../workflows/steps/find-maker-order-item"
import { retrieveMakerOrderItem } from "../../../../../../workflows/utils/maker-order-items"

/** POST /maker/orders/items/:item_id/ready — she has it ready to hand over (idempotent). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  await markMakerItemReadyWorkflow(req.scope).run({
    input: { maker_id: makerId, line_item_id: req.params.item_id, actor_id: makerId },
  })
  const item = await retrieveMakerOrderItem(req.scope, makerId, req.params.item_id)
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_ITEM_NOT_FOUND_MESSAGE)
  res.json({ item })
}
