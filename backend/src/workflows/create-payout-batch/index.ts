import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPayoutBatchStep } from "./steps/create-payout-batch"
import { planPayoutBatchStep } from "./steps/plan-payout-batch"

export interface CreatePayoutBatchWorkflowInput {
  /** Canonical currency code ("IDR", "USD"). */
  currency: string
  /** ISO; earnings released after it wait for the next batch. */
  period_end: string
  /** The staff user creating it. */
  actor_id: string
}

/** Lock key of batch creation for one currency (docs/payouts.md, "Batches"). */
export const payoutBatchLockKey = (currency: string) => `payout-batch:${currency}`

/**
 * Creates a payout batch: under the lock "payout-batch:<currency>" (Medusa's locking module: in memory, or
 * Redis/Postgres across processes), re-reads every maker's available balance, and reserves, for each maker
 * whose payable money reaches the minimum, exactly that amount in one payout item. Behind the lock, the
 * reserve transactions' unique references refuse a second batch built from the same reading.
 */
export const createPayoutBatchWorkflow = createWorkflow("create-payout-batch", (input: CreatePayoutBatchWorkflowInput) => {
  const key = transform({ input }, ({ input }) => payoutBatchLockKey(input.currency))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const plan = planPayoutBatchStep(transform({ input }, ({ input }) => ({ currency: input.currency, period_end: input.period_end })))
  const created = createPayoutBatchStep(transform({ plan, input }, ({ plan, input }) => ({ plan, actor_id: input.actor_id })))
  releaseLockStep({ key })
  return new WorkflowResponse(created)
})
