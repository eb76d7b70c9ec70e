import { parseAccount } from "./accounts.js";
import type { LedgerTransaction, Posting } from "./transactions.js";

/** account → currency → signed sum of amounts (debits positive). */
export function balances(postings: Iterable<Posting>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const p of postings) {
    let perCurrency = out.get(p.account);
    if (!perCurrency) out.set(p.account, (perCurrency = new Map()));
    perCurrency.set(p.currency, (perCurrency.get(p.currency) ?? 0) + p.amount);
  }
  return out;
}

/** Positive figures are owed (pending, available, inPayout) or paid (paidOut) to her. */
export interface MakerBalance {
  currency: string;
  pending: number;
  available: number;
  inPayout: number;
  paidOut: number;
  /** Her credits in sale (and adjustment) transactions. */
  earned: number;
  /** Her debits in reversal (and adjustment) transactions. */
  reversed: number;
}

/**
 * Her balances per currency (sorted by currency). Releases and payouts only move money between her
 * own accounts, so pending + available + inPayout + paidOut = earned − reversed.
 */
export function makerBalances(transactions: Iterable<LedgerTransaction>, makerId: string): MakerBalance[] {
  return allMakerBalances(transactions).get(makerId) ?? [];
}

/** Every maker's balances: makerId → balances per currency (sorted by currency). */
export function allMakerBalances(transactions: Iterable<LedgerTransaction>): Map<string, MakerBalance[]> {
  const byMaker = new Map<string, Map<string, MakerBalance>>();
  for (const tx of transactions) {
    for (const p of tx.postings) {
      const parsed = parseAccount(p.account);
      if (parsed.kind !== "maker") continue;
      let perCurrency = byMaker.get(parsed.makerId);
      if (!perCurrency) byMaker.set(parsed.makerId, (perCurrency = new Map()));
      let b = perCurrency.get(p.currency);
      if (!b) {
        b = { currency: p.currency, pending: 0, available: 0, inPayout: 0, paidOut: 0, earned: 0, reversed: 0 };
        perCurrency.set(p.currency, b);
      }
      const owed = -p.amount;
      if (parsed.bucket === "pending") b.pending += owed;
      else if (parsed.bucket === "available") b.available += owed;
      else if (parsed.bucket === "in_payout") b.inPayout += owed;
      else b.paidOut += owed;
      if ((tx.kind === "sale" || tx.kind === "adjustment") && p.amount < 0) b.earned -= p.amount;
      if ((tx.kind === "reversal" || tx.kind === "adjustment") && p.amount > 0) b.reversed += p.amount;
    }
  }
  const out = new Map<string, MakerBalance[]>();
  for (const [makerId, perCurrency] of byMaker) {
    out.set(
      makerId,
      [...perCurrency.values()].sort((x, y) => x.currency.localeCompare(y.currency)).map(withoutNegativeZero),
    );
  }
  return out;
}

function withoutNegativeZero(b: MakerBalance): MakerBalance {
  const fix = (n: number) => (n === 0 ? 0 : n);
  return {
    currency: b.currency,
    pending: fix(b.pending),
    available: fix(b.available),
    inPayout: fix(b.inPayout),
    paidOut: fix(b.paidOut),
    earned: fix(b.earned),
    reversed: fix(b.reversed),
  };
}
