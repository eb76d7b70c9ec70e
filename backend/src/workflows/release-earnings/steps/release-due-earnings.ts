import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseTransaction } from "@rumah-karya/ledger"
import { payoutService } from "../../utils/payout-ledger"

interface Released {
  earning_id: string
  transaction_id: string | null
}

/**
 * Releases every pending earning whose hold has passed (available_at ≤ now): a `release` transaction moves
 * what is left of her share (maker_amount − reversed_amount) from pending to available, once per line item
 * (reference "release:<line_item_id>"), and the earning becomes available. The compensation undoes only
 * what this step wrote.
 */
export const releaseDueEarningsStep = createStep(
  "release-due-earnings",
  async (input: { now?: string; actor: string; order_id?: string }, { container }) => {
    const service = payoutService(container)
    const now = input.now ? new Date(input.now) : new Date()
    const due = await service.listEarnings(
      { status: "pending", available_at: { $lte: now }, ...(input.order_id ? { order_id: input.order_id } : {}) },
      { order: { available_at: "ASC" }, take: 1000 }
    )
    const released: Released[] = []
    try {
      for (const earning of due) {
        const amount = Number(earning.maker_amount) - Number(earning.reversed_amount)
        let transactionId: string | null = null
        if (amount > 0) {
          const release = releaseTransaction({
            lineItemId: earning.line_item_id,
            makerId: earning.maker_id,
            currency: earning.currency,
            amount,
            occurredAt: now.toISOString(),
          })
          release.meta = { ...release.meta, order_id: earning.order_id }
          const tx = await service.recordLedgerTransactionWithEarning(release, input.actor, {
            update: { id: earning.id, status: "available", released_amount: amount, released_at: now },
          })
          if (!tx.created) continue
          transactionId = tx.id
        } else {
          // Wholly reversed already: nothing left to release.
          await service.updateEarnings({ id: earning.id, status: "available", released_amount: 0, released_at: now })
        }
        released.push({ earning_id: earning.id, transaction_id: transactionId })
      }
    } catch (error) {
      await undo(container, released)
      throw error
    }
    return new StepResponse({ released: released.length }, released)
  },
  async (released, { container }) => {
    if (released) await undo(container, released)
  }
)

async function undo(container: Parameters<typeof payoutService>[0], released: Released[]) {
  const service = payoutService(container)
  if (released.length) {
    await service.updateEarnings(released.map((r) => ({ id: r.earning_id, status: "pending" as const, released_amount: 0, released_at: null })))
  }
  await service.removeLedgerTransactions(released.map((r) => r.transaction_id).filter((id): id is string => Boolean(id)))
}
