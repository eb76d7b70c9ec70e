import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutService } from "../../utils/payout-ledger"
import type { PlannedReversal } from "./plan-reversals"

interface Written {
  transaction_ids: string[]
  /** Each changed earning as it was before, to restore on compensation. */
  before: { id: string; status: "pending" | "available" | "reversed"; reversed_gross: number; reversed_org_fee: number; reversed_card_fee_share: number; reversed_amount: number }[]
}

/**
 * Writes the planned reversals (each a `reversal` transaction, idempotent by reference) and adds them to the
 * earnings' reversed_* totals; an earning reversed in full becomes "reversed". The compensation restores the
 * earnings and removes the transactions this step wrote.
 */
export const recordReversalsStep = createStep(
  "record-earning-reversals",
  async (input: { reversals: PlannedReversal[]; actor: string }, { container }) => {
    const service = payoutService(container)
    const written: Written = { transaction_ids: [], before: [] }
    try {
      for (const reversal of input.reversals) {
        const earning = await service.retrieveEarning(reversal.earning_id)
        const before = {
          id: earning.id,
          status: earning.status,
          reversed_gross: Number(earning.reversed_gross),
          reversed_org_fee: Number(earning.reversed_org_fee),
          reversed_card_fee_share: Number(earning.reversed_card_fee_share),
          reversed_amount: Number(earning.reversed_amount),
        }
        // The reversal and the earning's reversed totals are written together (one database transaction), once.
        const tx = await service.recordLedgerTransactionWithEarning(reversal.transaction, input.actor, {
          update: {
            id: earning.id,
            reversed_gross: reversal.reversed_gross,
            reversed_org_fee: before.reversed_org_fee + reversal.org_fee,
            reversed_card_fee_share: before.reversed_card_fee_share + reversal.card_fee_share,
            reversed_amount: before.reversed_amount + reversal.maker_amount,
            ...(reversal.fully_reversed ? { status: "reversed" as const } : {}),
          },
        })
        if (!tx.created) continue
        written.transaction_ids.push(tx.id)
        written.before.push(before)
      }
    } catch (error) {
      await undo(container, written)
      throw error
    }
    return new StepResponse({ reversed: written.transaction_ids.length }, written)
  },
  async (written, { container }) => {
    if (written) await undo(container, written)
  }
)

async function undo(container: Parameters<typeof payoutService>[0], written: Written) {
  const service = payoutService(container)
  if (written.before.length) await service.updateEarnings(written.before)
  await service.removeLedgerTransactions(written.transaction_ids)
}
