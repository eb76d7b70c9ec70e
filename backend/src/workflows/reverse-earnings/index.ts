import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planReversalsStep, type ReversalSource } from "./steps/plan-reversals"
import { recordReversalsStep } from "./steps/record-reversals"

export type { ReversalSource }

export interface ReverseEarningsWorkflowInput {
  order_id: string
  /** What caused it: a refund (its id), a received return (its id), or the order's cancellation (the order id). */
  source: ReversalSource
  /** Who: "system" for the subscribers. */
  actor: string
  at?: string
}

/**
 * A refund, a received return or a cancellation takes back (part of) what makers earned on the order: reversing
 * transactions, never edits. Nothing is reversed twice, whichever events arrive and in which order (see
 * plan-reversals). Run it under withOrderLock (src/workflows/utils/payout-ledger.ts).
 */
export const reverseEarningsWorkflow = createWorkflow("reverse-earnings", (input: ReverseEarningsWorkflowInput) => {
  const plan = planReversalsStep({ order_id: input.order_id, source: input.source, at: input.at })
  const result = recordReversalsStep({ reversals: plan.reversals, actor: input.actor })
  return new WorkflowResponse(result)
})
