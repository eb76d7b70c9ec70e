import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutReserveTransaction } from "@rumah-karya/ledger"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"
import { ReferenceTakenError, removeLedgerTransactions, writeLedgerTransactions } from "../ledger"
import { payoutItemReference, reserveReference } from "../references"
import type { PayoutBatchPlan } from "./plan-payout-batch"

export interface CreatePayoutBatchInput {
  plan: PayoutBatchPlan
  actor_id: string
}

export interface CreatedPayoutBatch {
  batch_id: string
  item_ids: string[]
}

type Compensation = { batch_id: string; item_ids: string[]; transaction_ids: string[] }

/** The error code of a batch that lost a race against another for the same earnings (the route answers 409). */
export const PAYOUT_BATCH_RACE = "payout_batch_race"

/**
 * Writes the planned batch: the batch row, one item per maker with its short reference, and one payout_reserve
 * ledger transaction per item (her available → in_payout), all reserves in one database transaction. A reserve
 * reference already taken means another batch reserved the same money since the plan was read: nothing stays
 * written, and the request is refused. The compensation removes what this step wrote (nothing of it was paid).
 */
export const createPayoutBatchStep = createStep(
  "create-payout-batch",
  async ({ plan, actor_id }: CreatePayoutBatchInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const written: Compensation = { batch_id: "", item_ids: [], transaction_ids: [] }
    const undo = () => removePayoutBatch(payouts, written)

    const created = await payouts.createPayoutBatches({
      currency: plan.currency,
      period_start: plan.period_start ? new Date(plan.period_start) : null,
      period_end: new Date(plan.period_end),
      status: "open",
      created_by: actor_id,
    })
    written.batch_id = created.id
    try {
      const batch = await payouts.retrievePayoutBatch(created.id, { select: ["id", "seq"] })
      const items = await payouts.createPayoutItems(
        plan.items.map((item, i) => ({
          batch_id: batch.id,
          maker_id: item.maker_id,
          currency: plan.currency,
          amount: item.amount,
          reference: payoutItemReference(Number(batch.seq), i + 1),
          status: "reserved" as const,
        }))
      )
      written.item_ids = items.map((item) => item.id)

      const occurredAt = new Date().toISOString()
      const txs = items.map((item, i) => {
        const planned = plan.items[i]!
        const tx = payoutReserveTransaction({
          payoutItemId: item.id,
          makerId: planned.maker_id,
          currency: plan.currency,
          amount: planned.amount,
          occurredAt,
        })
        tx.reference = reserveReference(planned.maker_id, plan.currency, planned.reserve_n)
        tx.meta = { ...tx.meta, batch_id: batch.id, payout_reference: item.reference }
        return tx
      })
      try {
        written.transaction_ids = await writeLedgerTransactions(payouts, txs, actor_id)
      } catch (error) {
        if (!(error instanceof ReferenceTakenError)) throw error
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Another payout batch reserved the same earnings at the same moment; this batch was not created. Reload the batches and try again if money is still available.",
          PAYOUT_BATCH_RACE
        )
      }
    } catch (error) {
      await undo()
      throw error
    }
    return new StepResponse<CreatedPayoutBatch, Compensation>({ batch_id: written.batch_id, item_ids: written.item_ids }, written)
  },
  async (written, { container }) => {
    if (!written) return
    await removePayoutBatch(container.resolve<PayoutModuleService>(PAYOUT_MODULE), written)
  }
)

async function removePayoutBatch(payouts: PayoutModuleService, written: Compensation) {
  await removeLedgerTransactions(payouts, written.transaction_ids)
  if (written.item_ids.length) await payouts.deletePayoutItems(written.item_ids)
  if (written.batch_id) await payouts.deletePayoutBatches([written.batch_id])
}
