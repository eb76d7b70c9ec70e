import type { LedgerTransaction } from "@rumah-karya/ledger"
import type { PayoutModuleService } from "../../modules/payout"

/** Amount columns are model.bigNumber: whatever shape a read returns (number, string, BigNumber), as a number. */
export function minorOf(value: unknown): number {
  if (typeof value === "number") return value
  if (typeof value === "string") return Number(value)
  if (value && typeof value === "object") {
    const v = value as { numeric?: unknown; value?: unknown; toNumber?: () => number }
    if (typeof v.toNumber === "function") return v.toNumber()
    if (v.numeric !== undefined) return Number(v.numeric)
    if (v.value !== undefined) return Number(v.value)
  }
  return Number(value)
}

/** The ledger transaction's reference is taken: written before, or by a concurrent request. */
export class ReferenceTakenError extends Error {
  constructor(readonly reference: string) {
    super(`Ledger reference ${reference} is already taken`)
    this.name = "ReferenceTakenError"
  }
}

/**
 * Writes new ledger transactions through the payout module (recordLedgerTransaction: checked balanced, each
 * transaction with its entries atomically). A reference already taken is the guard callers rely on: it throws
 * ReferenceTakenError, after removing what this call wrote. Returns the transaction ids, in order.
 */
export async function writeLedgerTransactions(payouts: PayoutModuleService, txs: LedgerTransaction[], actorId: string): Promise<string[]> {
  const ids: string[] = []
  try {
    for (const tx of txs) {
      const written = await payouts.recordLedgerTransaction(tx, actorId)
      if (!written.created) throw new ReferenceTakenError(tx.reference)
      ids.push(written.id)
    }
  } catch (error) {
    await payouts.removeLedgerTransactions(ids)
    throw error
  }
  return ids
}

/** Removes transactions a workflow step just wrote, with their entries (compensation only: history is never edited). */
export async function removeLedgerTransactions(payouts: PayoutModuleService, ids: string[]) {
  await payouts.removeLedgerTransactions(ids)
}
