import { LedgerError } from "./money.js";

export type MakerBucket = "pending" | "available" | "in_payout" | "paid_out";

const MAKER_BUCKETS: readonly MakerBucket[] = ["pending", "available", "in_payout", "paid_out"];

function makerAccount(makerId: string, bucket: MakerBucket): string {
  if (typeof makerId !== "string" || makerId.trim() === "" || makerId !== makerId.trim()) {
    throw new LedgerError("invalid_maker_id", `A maker id must be a non-empty string without surrounding spaces, got "${String(makerId)}"`);
  }
  return `maker:${makerId}:${bucket}`;
}

/** Account names. Maker accounts are credit-normal: what the organisation owes (or has paid) her. */
export const account = Object.freeze({
  makerPending: (makerId: string): string => makerAccount(makerId, "pending"),
  makerAvailable: (makerId: string): string => makerAccount(makerId, "available"),
  makerInPayout: (makerId: string): string => makerAccount(makerId, "in_payout"),
  makerPaidOut: (makerId: string): string => makerAccount(makerId, "paid_out"),
  /** The organisation's fee on sales. */
  orgFees: "org:fees",
  /** Card fees the organisation bears (an expense); a maker's share of them is credited back here. */
  cardFees: "org:card_fees",
  /** Shipping, tax, anything that is not a maker's. */
  orgOther: "org:other",
  cashBank: "cash:bank",
  cashStripe: "cash:stripe",
  /** Money sent to makers; settles what paid_out records as paid to her. */
  payoutsSent: "org:payouts_sent",
} as const);

// Only the accounts named above exist, so a typo in an account name is refused, not silently opened.
const FIXED_ACCOUNTS: ReadonlySet<string> = new Set(
  [account.orgFees, account.cardFees, account.orgOther, account.cashBank, account.cashStripe, account.payoutsSent],
);

export type ParsedAccount =
  | { kind: "maker"; makerId: string; bucket: MakerBucket }
  | { kind: "org" | "cash"; name: string };

export function parseAccount(a: string): ParsedAccount {
  if (typeof a === "string" && a.startsWith("maker:")) {
    // The bucket is the last segment, so a maker id may itself contain ":".
    const cut = a.lastIndexOf(":");
    const makerId = a.slice("maker:".length, cut);
    const bucket = a.slice(cut + 1) as MakerBucket;
    if (cut > "maker:".length && makerId.trim() === makerId && MAKER_BUCKETS.includes(bucket)) {
      return { kind: "maker", makerId, bucket };
    }
  } else if (FIXED_ACCOUNTS.has(a)) {
    const [kind, name] = a.split(":") as ["org" | "cash", string];
    return { kind, name };
  }
  throw new LedgerError("unknown_account", `"${String(a)}" is not a ledger account`);
}
