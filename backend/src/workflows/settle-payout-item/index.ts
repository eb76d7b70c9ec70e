import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeSettledBatchStep } from "./steps/close-settled-batch"
import { settlePayoutItemStep, type PayoutOutcome } from "./steps/settle-payout-item"

export type SettlePayoutItemWorkflowInput =
  | { item_id: string; outcome: "paid"; transfer_reference: string; note?: string | null; actor_id: string }
  | { item_id: string; outcome: "failed"; note: string; actor_id: string }

export type { PayoutOutcome }

/**
 * Marks one payout item paid (with the bank's transfer reference) or failed (with a note saying why): a
 * payout_paid or payout_failed ledger transaction, once per item (a second attempt is a 400). The batch
 * closes when its last item is settled.
 */
export const settlePayoutItemWorkflow = createWorkflow("settle-payout-item", (input: SettlePayoutItemWorkflowInput) => {
  const settled = settlePayoutItemStep(
    transform({ input }, ({ input }) => ({
      item_id: input.item_id,
      outcome: input.outcome,
      transfer_reference: input.outcome === "paid" ? input.transfer_reference : null,
      note: input.note ?? null,
      actor_id: input.actor_id,
    }))
  )
  const closed = closeSettledBatchStep(transform({ settled }, ({ settled }) => ({ batch_id: settled.batch_id })))
  return new WorkflowResponse(transform({ settled, closed }, ({ settled, closed }) => ({ ...settled, batch_closed: closed })))
})
