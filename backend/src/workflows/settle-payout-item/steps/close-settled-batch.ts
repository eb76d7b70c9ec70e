import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"

/** Closes the batch once none of its items waits to be settled (paid or failed). */
export const closeSettledBatchStep = createStep("close-settled-batch", async ({ batch_id }: { batch_id: string }, { container }) => {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const open = await payouts.listPayoutItems({ batch_id, status: "reserved" }, { select: ["id"], take: 1 })
  if (open.length) return new StepResponse(false, null)
  const [batch] = await payouts.listPayoutBatches({ id: batch_id }, { select: ["id", "status"], take: 1 })
  if (!batch || batch.status === "closed") return new StepResponse(false, null)
  await payouts.updatePayoutBatches({ id: batch_id, status: "closed" })
  return new StepResponse(true, batch_id)
}, async (batchId, { container }) => {
  if (!batchId) return
  await container.resolve<PayoutModuleService>(PAYOUT_MODULE).updatePayoutBatches({ id: batchId, status: "open" })
})
