import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planSaleEarningsStep } from "./steps/plan-sale-earnings"
import { recordSaleEarningsStep } from "./steps/record-sale-earnings"

export interface RecordEarningsWorkflowInput {
  order_id: string
  /** Who records: "system" for the payment subscribers, a staff user id otherwise. */
  actor: string
  /** When the sale happened (ISO); now by default. */
  at?: string
}

/**
 * A paid order's sales: for each line item of a maker, one `sale` ledger transaction (cash in = her pending
 * share + the organisation's fee + her card-fee share) and one earning row, once per line item however often
 * it runs. Unpaid orders record nothing. Run it under withOrderLock (src/workflows/utils/payout-ledger.ts).
 */
export const recordEarningsWorkflow = createWorkflow("record-earnings", (input: RecordEarningsWorkflowInput) => {
  const plan = planSaleEarningsStep({ order_id: input.order_id, at: input.at })
  const result = recordSaleEarningsStep({ plan, actor: input.actor })
  return new WorkflowResponse(result)
})
