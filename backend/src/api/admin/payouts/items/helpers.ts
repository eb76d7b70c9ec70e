import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlePayoutItemWorkflow, type SettlePayoutItemWorkflowInput } from "../../../../workflows/settle-payout-item"
import { batchToApi, itemToApi, retrieveBatch } from "../batches/helpers"

/** Settles the item through the workflow and answers with it and its batch (which closes with its last item). */
export async function settleAndRespond(req: AuthenticatedMedusaRequest, res: MedusaResponse, input: SettlePayoutItemWorkflowInput) {
  const { result } = await settlePayoutItemWorkflow(req.scope).run({ input })
  const { batch, items, makers } = await retrieveBatch(req.scope, result.batch_id)
  const item = items.find((i) => i.id === result.item_id)!
  res.json({ item: itemToApi(item, makers.get(item.maker_id)), batch: batchToApi(batch, items) })
}
