import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchToApi, itemToApi, retrieveBatch, transferDetailsByMaker } from "../helpers"

/**
 * A batch with its items, each with the maker's display name and — staff only, this route and the transfer
 * file — where her money goes (payout_details, null when her details are incomplete).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { batch, items, makers } = await retrieveBatch(req.scope, req.params.id)
  const details = await transferDetailsByMaker(req.scope, items.map((item) => item.maker_id))
  res.setHeader("Cache-Control", "no-store")
  res.json({
    batch: batchToApi(batch, items),
    items: items.map((item) => ({ ...itemToApi(item, makers.get(item.maker_id)), payout_details: details.get(item.maker_id) ?? null })),
  })
}
