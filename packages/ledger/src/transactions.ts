import { parseAccount } from "./accounts.js";
import { LedgerError, normalizeCurrency } from "./money.js";

/** amount > 0 is a debit, < 0 a credit; integer minor units of `currency`. */
export interface Posting {
  account: string;
  currency: string;
  amount: number;
}

export type TransactionKind =
  | "sale"
  | "release"
  | "reversal"
  | "payout_reserve"
  | "payout_paid"
  | "payout_failed"
  | "card_fee"
  | "adjustment";

export const TRANSACTION_KINDS: readonly TransactionKind[] = [
  "sale",
  "release",
  "reversal",
  "payout_reserve",
  "payout_paid",
  "payout_failed",
  "card_fee",
  "adjustment",
];

export interface LedgerTransaction {
  kind: TransactionKind;
  /** Idempotency key, unique per transaction, e.g. "sale:<line_item_id>". */
  reference: string;
  /** ISO 8601. */
  occurred_at: string;
  postings: Posting[];
  /** Identifiers only (order_id, line_item_id, maker_id, batch_id…); never private data. */
  meta?: Record<string, string | number | null>;
}

/**
 * Refuses a transaction that could corrupt the books: no postings ("empty"), a non-integer amount
 * ("not_integer"), a currency not in canonical form ("unknown_currency"), an unknown account or kind,
 * or postings that do not sum to zero in each currency ("unbalanced").
 */
export function assertBalanced(tx: LedgerTransaction): void {
  if (!TRANSACTION_KINDS.includes(tx.kind)) {
    throw new LedgerError("unknown_kind", `Unknown transaction kind "${String(tx.kind)}"`);
  }
  if (typeof tx.reference !== "string" || tx.reference.trim() === "") {
    throw new LedgerError("no_reference", "A transaction needs a reference (its idempotency key)");
  }
  if (typeof tx.occurred_at !== "string" || Number.isNaN(Date.parse(tx.occurred_at))) {
    throw new LedgerError("invalid_date", `${tx.reference}: occurred_at must be an ISO date, got "${String(tx.occurred_at)}"`);
  }
  if (!Array.isArray(tx.postings) || tx.postings.length === 0) {
    throw new LedgerError("empty", `${tx.reference}: a transaction needs postings`);
  }
  const sums = new Map<string, number>();
  for (const p of tx.postings) {
    if (!Number.isSafeInteger(p.amount)) {
      throw new LedgerError("not_integer", `${tx.reference}: ${p.account} amount ${String(p.amount)} is not a whole number of minor units`);
    }
    if (normalizeCurrency(p.currency) !== p.currency) {
      throw new LedgerError("unknown_currency", `${tx.reference}: currency "${p.currency}" must be written ${normalizeCurrency(p.currency)}`);
    }
    parseAccount(p.account);
    sums.set(p.currency, (sums.get(p.currency) ?? 0) + p.amount);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0) {
      throw new LedgerError("unbalanced", `${tx.reference}: postings in ${currency} sum to ${sum}, not 0`);
    }
  }
}

/** Builds a transaction from [account, amount] pairs in one currency, leaving out zero amounts, and checks it. */
export function buildTransaction(input: {
  kind: TransactionKind;
  reference: string;
  occurredAt: string;
  currency: string;
  lines: [account: string, amount: number][];
  meta?: Record<string, string | number | null>;
}): LedgerTransaction {
  const currency = normalizeCurrency(input.currency);
  const tx: LedgerTransaction = {
    kind: input.kind,
    reference: input.reference,
    occurred_at: input.occurredAt,
    postings: input.lines.filter(([, amount]) => amount !== 0).map(([acc, amount]) => ({ account: acc, currency, amount })),
  };
  if (input.meta) tx.meta = input.meta;
  assertBalanced(tx);
  return tx;
}
