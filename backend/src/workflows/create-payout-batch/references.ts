// The short reference of a payout item: what staff type into the bank's bulk transfer and what the bank
// statement shows back. Pure, no framework imports.

export const PAYOUT_REFERENCE_PREFIX = "RKP"

/**
 * "RKP-<batch seq>-<item number>", e.g. "RKP-12-3". "RKP", not the buyers' "RK-<order number>", so an order
 * reference is never read inside a payout reference (findOrderReference("RK-12-3") would read order 12).
 * The statement matcher compares references as token sequences (RKP, 12, 3), so "RKP-12-3" and
 * "RKP-1-23" never match each other.
 */
export function payoutItemReference(batchSeq: number, itemNumber: number): string {
  if (!Number.isSafeInteger(batchSeq) || batchSeq < 1) throw new RangeError("batchSeq must be a positive whole number")
  if (!Number.isSafeInteger(itemNumber) || itemNumber < 1) throw new RangeError("itemNumber must be a positive whole number")
  return `${PAYOUT_REFERENCE_PREFIX}-${batchSeq}-${itemNumber}`
}

/**
 * The reference of the ledger transaction that reserves a maker's money for a batch: her n-th reserve in that
 * currency. Two batches built at the same moment from the same reading of her balance would both write her
 * n-th reserve, and the unique index on ledger_transaction.reference lets only one of them through: the
 * database guard behind the batch lock.
 */
export function reserveReference(makerId: string, currency: string, n: number): string {
  return `payout_reserve:${makerId}:${currency}:${n}`
}
