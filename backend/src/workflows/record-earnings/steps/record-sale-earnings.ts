import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutService } from "../../utils/payout-ledger"
import type { SalePlan } from "./plan-sale-earnings"

interface Created {
  transaction_ids: string[]
  earning_ids: string[]
}

/**
 * Writes the planned sales: each sale transaction (idempotent by its reference "sale:<line_item_id>") and its
 * earning row (together), and the card-fee transactions. A line recorded meanwhile by another run is left alone. The
 * compensation removes only what this step wrote.
 */
export const recordSaleEarningsStep = createStep(
  "record-sale-earnings",
  async (input: { plan: SalePlan; actor: string }, { container }) => {
    const service = payoutService(container)
    const created: Created = { transaction_ids: [], earning_ids: [] }
    try {
      for (const { earning, transaction } of input.plan.sales) {
        // The sale and its earning row are written together (one database transaction), once.
        const tx = await service.recordLedgerTransactionWithEarning(transaction, input.actor, {
          create: { ...earning, status: "pending", created_by: input.actor },
        })
        if (!tx.created) continue
        created.transaction_ids.push(tx.id)
        created.earning_ids.push(tx.earning_id!)
      }
      for (const transaction of input.plan.card_fees) {
        const tx = await service.recordLedgerTransaction(transaction, input.actor)
        if (tx.created) created.transaction_ids.push(tx.id)
      }
    } catch (error) {
      await undo(container, created)
      throw error
    }
    return new StepResponse({ recorded: created.earning_ids.length, earning_ids: created.earning_ids }, created)
  },
  async (created, { container }) => {
    if (created) await undo(container, created)
  }
)

async function undo(container: Parameters<typeof payoutService>[0], created: Created) {
  const service = payoutService(container)
  if (created.earning_ids.length) await service.deleteEarnings(created.earning_ids)
  await service.removeLedgerTransactions(created.transaction_ids)
}
