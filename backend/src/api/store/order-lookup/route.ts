import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findOrderByNumberAndEmail } from "./helpers"
import type { StoreOrderLookupType } from "./validators"

/** One message for every miss, so the answer never tells which of the two was wrong. */
export const ORDER_LOOKUP_NOT_FOUND = "We could not find an order with this number and email address"

/** A guest finds her order again from its number and her email: `{ order: { id } }`, or one generic 404. */
export const POST = async (req: MedusaStoreRequest<StoreOrderLookupType>, res: MedusaResponse) => {
  const { order_number, email } = req.validatedBody
  const id = await findOrderByNumberAndEmail(req.scope, {
    displayId: order_number,
    email,
    salesChannelIds: req.publishable_key_context?.sales_channel_ids ?? [],
  })
  if (!id) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_LOOKUP_NOT_FOUND)
  res.json({ order: { id } })
}
