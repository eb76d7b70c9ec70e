import { account } from "./accounts.js";
import { assertNonNegativeMinor, LedgerError, normalizeCurrency } from "./money.js";
import { buildTransaction, type LedgerTransaction } from "./transactions.js";

export interface PayoutItemInput {
  payoutItemId: string;
  makerId: string;
  currency: string;
  amount: number;
  occurredAt: string;
}

/** Reserves her available money for a batch item: available → in_payout. */
export function payoutReserveTransaction(input: PayoutItemInput): LedgerTransaction {
  assertNonNegativeMinor(input.amount, "amount", true);
  return buildTransaction({
    kind: "payout_reserve",
    reference: `payout_reserve:${input.payoutItemId}`,
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.makerAvailable(input.makerId), input.amount],
      [account.makerInPayout(input.makerId), -input.amount],
    ],
    meta: itemMeta(input),
  });
}

/**
 * The reference shared by paid and failed: an item settles once, so a unique reference in the store
 * refuses a second settlement of either kind.
 */
export function payoutSettlementReference(payoutItemId: string): string {
  return `payout_settle:${payoutItemId}`;
}

/** The transfer went out: in_payout → paid_out, and the money leaves the bank (org:payouts_sent / cash:bank). */
export function payoutPaidTransaction(input: PayoutItemInput): LedgerTransaction {
  assertNonNegativeMinor(input.amount, "amount", true);
  return buildTransaction({
    kind: "payout_paid",
    reference: payoutSettlementReference(input.payoutItemId),
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.makerInPayout(input.makerId), input.amount],
      [account.makerPaidOut(input.makerId), -input.amount],
      [account.payoutsSent, input.amount],
      [account.cashBank, -input.amount],
    ],
    meta: itemMeta(input),
  });
}

/** The transfer failed: the money goes back to her available balance for the next batch. */
export function payoutFailedTransaction(input: PayoutItemInput): LedgerTransaction {
  assertNonNegativeMinor(input.amount, "amount", true);
  return buildTransaction({
    kind: "payout_failed",
    reference: payoutSettlementReference(input.payoutItemId),
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.makerInPayout(input.makerId), input.amount],
      [account.makerAvailable(input.makerId), -input.amount],
    ],
    meta: itemMeta(input),
  });
}

export interface PayoutCandidate {
  makerId: string;
  currency: string;
  amount: number;
}

/**
 * One item per maker and currency whose available balance reaches the minimum for that currency
 * (minor units). Negative or small balances are left to net against later earnings. Sorted by
 * currency then maker id so a batch is reproducible.
 */
export function payoutCandidates(
  balances: { makerId: string; currency: string; available: number }[],
  minimum: Record<string, number>,
): PayoutCandidate[] {
  const minimums = new Map<string, number>();
  for (const [currency, min] of Object.entries(minimum)) {
    assertNonNegativeMinor(min, `minimum for ${currency}`);
    minimums.set(normalizeCurrency(currency), min);
  }
  const seen = new Set<string>();
  const out: PayoutCandidate[] = [];
  for (const b of balances) {
    const currency = normalizeCurrency(b.currency);
    const key = `${b.makerId}\u0000${currency}`;
    if (seen.has(key)) {
      throw new LedgerError("duplicate_balance", `Maker ${b.makerId} has two ${currency} balances; pass one per maker and currency`);
    }
    seen.add(key);
    const min = minimums.get(currency);
    if (min === undefined) throw new LedgerError("no_minimum", `No payout minimum is configured for ${currency}`);
    assertNonNegativeMinor(Math.abs(b.available), "available");
    if (b.available > 0 && b.available >= min) out.push({ makerId: b.makerId, currency, amount: b.available });
  }
  return out.sort((x, y) => (x.currency === y.currency ? (x.makerId < y.makerId ? -1 : x.makerId > y.makerId ? 1 : 0) : x.currency < y.currency ? -1 : 1));
}

function itemMeta(input: PayoutItemInput): Record<string, string> {
  return { payout_item_id: input.payoutItemId, maker_id: input.makerId };
}
