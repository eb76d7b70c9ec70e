import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutFailedTransaction, payoutPaidTransaction } from "@rumah-karya/ledger"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"
import type { PayoutItemRow } from "../../../modules/payout/types"
import { minorOf, ReferenceTakenError, removeLedgerTransactions, writeLedgerTransactions } from "../../create-payout-batch/ledger"

export type PayoutOutcome = "paid" | "failed"

export interface SettlePayoutItemStepInput {
  item_id: string
  outcome: PayoutOutcome
  transfer_reference: string | null
  note: string | null
  actor_id: string
}

type ItemRow = PayoutItemRow

const alreadySettled = (item: Pick<ItemRow, "reference" | "status" | "settled_at">) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Payout item ${item.reference} was already marked ${item.status}${
      item.settled_at ? ` on ${new Date(item.settled_at).toISOString().slice(0, 10)}` : ""
    }; an item is settled once`
  )

type Compensation = { item_id: string; transaction_id: string; updated: boolean }

/**
 * Settles one payout item, once: paid (the transfer went out: in_payout → paid_out, cash leaves the bank) or
 * failed (the money returns to her available balance for the next batch). The ledger transaction's reference
 * "payout_settle:<item id>" is unique, so of two settlements racing, one is refused by the database.
 */
export const settlePayoutItemStep = createStep(
  "settle-payout-item",
  async (input: SettlePayoutItemStepInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [item] = (await payouts.listPayoutItems(
      { id: input.item_id },
      { select: ["id", "batch_id", "maker_id", "currency", "amount", "reference", "status", "settled_at"], take: 1 }
    )) as unknown as ItemRow[]
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Payout item not found")
    if (item.status !== "reserved") throw alreadySettled(item)

    const settledAt = new Date()
    const build = input.outcome === "paid" ? payoutPaidTransaction : payoutFailedTransaction
    const tx = build({
      payoutItemId: item.id,
      makerId: item.maker_id,
      currency: item.currency,
      amount: minorOf(item.amount),
      occurredAt: settledAt.toISOString(),
    })
    tx.meta = { ...tx.meta, batch_id: item.batch_id, payout_reference: item.reference }

    let transactionId: string
    try {
      transactionId = (await writeLedgerTransactions(payouts, [tx], input.actor_id))[0]!
    } catch (error) {
      if (!(error instanceof ReferenceTakenError)) throw error
      const [now] = (await payouts.listPayoutItems({ id: item.id }, { select: ["reference", "status", "settled_at"], take: 1 })) as unknown as ItemRow[]
      if (now && now.status !== "reserved") throw alreadySettled(now)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payout item ${item.reference} is being settled by another request; an item is settled once`
      )
    }
    const compensation: Compensation = { item_id: item.id, transaction_id: transactionId, updated: false }
    try {
      await payouts.updatePayoutItems({
        id: item.id,
        status: input.outcome,
        transfer_reference: input.transfer_reference,
        note: input.note,
        settled_by: input.actor_id,
        settled_at: settledAt,
      })
      compensation.updated = true
    } catch (error) {
      await undoSettlement(payouts, compensation)
      throw error
    }
    return new StepResponse({ item_id: item.id, batch_id: item.batch_id }, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    await undoSettlement(container.resolve<PayoutModuleService>(PAYOUT_MODULE), compensation)
  }
)

async function undoSettlement(payouts: PayoutModuleService, c: Compensation) {
  if (c.updated) {
    await payouts.updatePayoutItems({ id: c.item_id, status: "reserved", transfer_reference: null, note: null, settled_by: null, settled_at: null })
  }
  await removeLedgerTransactions(payouts, [c.transaction_id])
}
