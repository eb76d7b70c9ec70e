import { account } from "./accounts.js";
import { assertMinor, assertNonNegativeMinor, LedgerError, mulDivHalfUp } from "./money.js";
import { buildTransaction, type LedgerTransaction } from "./transactions.js";

/** Rates in basis points (1000 = 10%). Precedence: maker override > category override > default. */
export interface FeePolicy {
  defaultRateBps: number;
  makerRateBps?: Record<string, number>;
  categoryRateBps?: Record<string, number>;
  makerBearsCardFee: boolean;
}

export function assertRateBps(rate: number, what = "fee rate"): void {
  if (!Number.isInteger(rate) || rate < 0 || rate > 10_000) {
    throw new LedgerError("invalid_rate", `${what} must be whole basis points between 0 and 10000, got ${String(rate)}`);
  }
}

/**
 * The fee rate for a maker's line. When several of the product's categories have an override the
 * lowest applies: category order in Medusa is not meaningful, and the doubt goes in the maker's favour.
 */
export function feeRateBps(policy: FeePolicy, line: { makerId: string; categoryIds?: readonly string[] }): number {
  const own = policy.makerRateBps?.[line.makerId];
  if (own !== undefined) {
    assertRateBps(own, `fee rate for maker ${line.makerId}`);
    return own;
  }
  const categoryRates = (line.categoryIds ?? [])
    .map((id) => policy.categoryRateBps?.[id])
    .filter((r): r is number => r !== undefined);
  categoryRates.forEach((r) => assertRateBps(r, "category fee rate"));
  const rate = categoryRates.length > 0 ? Math.min(...categoryRates) : policy.defaultRateBps;
  assertRateBps(rate);
  return rate;
}

export interface Share {
  gross: number;
  orgFee: number;
  cardFeeShare: number;
  maker: number;
}

/**
 * Splits a line's total (minor units). The organisation's fee is rounded half up; the maker gets the
 * remainder so no unit is lost. Her share of the card fee never takes her below zero.
 */
export function makerShare(input: { lineTotal: number; feeRateBps: number; cardFee: number; makerBearsCardFee: boolean }): Share {
  assertNonNegativeMinor(input.lineTotal, "lineTotal");
  assertNonNegativeMinor(input.cardFee, "cardFee");
  assertRateBps(input.feeRateBps);
  const gross = input.lineTotal;
  const orgFee = mulDivHalfUp(gross, input.feeRateBps, 10_000);
  const cardFeeShare = input.makerBearsCardFee ? Math.min(input.cardFee, gross - orgFee) : 0;
  return { gross, orgFee, cardFeeShare, maker: gross - orgFee - cardFeeShare };
}

/** Cash in (gross) = her pending share + the organisation's fee + her share of the card fee. */
export function saleTransaction(input: {
  lineItemId: string;
  orderId: string;
  makerId: string;
  currency: string;
  lineTotal: number;
  feeRateBps: number;
  cardFee: number;
  makerBearsCardFee: boolean;
  cash: "bank" | "stripe";
  occurredAt: string;
}): LedgerTransaction {
  assertNonNegativeMinor(input.lineTotal, "lineTotal", true);
  const share = makerShare(input);
  return buildTransaction({
    kind: "sale",
    reference: `sale:${input.lineItemId}`,
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [cashAccount(input.cash), share.gross],
      [account.makerPending(input.makerId), -share.maker],
      [account.orgFees, -share.orgFee],
      [account.cardFees, -share.cardFeeShare],
    ],
    meta: {
      order_id: input.orderId,
      line_item_id: input.lineItemId,
      maker_id: input.makerId,
      fee_rate_bps: input.feeRateBps,
      gross: share.gross,
      org_fee: share.orgFee,
      card_fee_share: share.cardFeeShare,
      maker_amount: share.maker,
    },
  });
}

/** Her earning on a line becomes payable: pending → available. */
export function releaseTransaction(input: { lineItemId: string; makerId: string; currency: string; amount: number; occurredAt: string }): LedgerTransaction {
  assertNonNegativeMinor(input.amount, "amount", true);
  return buildTransaction({
    kind: "release",
    reference: `release:${input.lineItemId}`,
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.makerPending(input.makerId), input.amount],
      [account.makerAvailable(input.makerId), -input.amount],
    ],
    meta: { line_item_id: input.lineItemId, maker_id: input.makerId },
  });
}

/**
 * A refund, return or cancellation of (part of) a line: takes `fromPending` of her share from pending
 * and the rest from available (which may go negative; it nets against her next payout), gives back the
 * organisation's fee and card fee share, and pays the sum out of cash.
 */
export function reversalTransaction(input: {
  reference: string;
  lineItemId: string;
  makerId: string;
  currency: string;
  makerAmount: number;
  orgFee: number;
  cardFeeShare: number;
  cash: "bank" | "stripe";
  fromPending: number;
  occurredAt: string;
}): LedgerTransaction {
  assertNonNegativeMinor(input.makerAmount, "makerAmount");
  assertNonNegativeMinor(input.orgFee, "orgFee");
  assertNonNegativeMinor(input.cardFeeShare, "cardFeeShare");
  assertNonNegativeMinor(input.fromPending, "fromPending");
  if (input.fromPending > input.makerAmount) {
    throw new LedgerError("invalid_amount", `fromPending ${input.fromPending} exceeds makerAmount ${input.makerAmount}`);
  }
  const total = input.makerAmount + input.orgFee + input.cardFeeShare;
  assertNonNegativeMinor(total, "reversal total", true);
  return buildTransaction({
    kind: "reversal",
    reference: input.reference,
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.makerPending(input.makerId), input.fromPending],
      [account.makerAvailable(input.makerId), input.makerAmount - input.fromPending],
      [account.orgFees, input.orgFee],
      [account.cardFees, input.cardFeeShare],
      [cashAccount(input.cash), -total],
    ],
    meta: { line_item_id: input.lineItemId, maker_id: input.makerId, refunded_gross: total },
  });
}

/**
 * How much of each part of a line's split to reverse when `refundedGross` more of it is refunded, after
 * `previouslyRefundedGross` already was. Each part's cumulative reversal is a non-decreasing function of
 * the cumulative refunded gross that equals the original part when everything is refunded, so partial
 * reversals never go negative, never exceed the original, and add up exactly to it on a full refund,
 * however the refunds are split. The organisation's side (fee + card fee share) is rounded half up,
 * mirroring the sale; her part is the remainder.
 */
export function proportionalReversal(
  original: Share,
  refundedGross: number,
  previouslyRefundedGross = 0,
): Share {
  for (const key of ["gross", "orgFee", "cardFeeShare", "maker"] as const) assertNonNegativeMinor(original[key], `original.${key}`);
  if (original.orgFee + original.cardFeeShare + original.maker !== original.gross) {
    throw new LedgerError("inconsistent_original", `orgFee + cardFeeShare + maker must equal gross ${original.gross}`);
  }
  assertNonNegativeMinor(refundedGross, "refundedGross");
  assertNonNegativeMinor(previouslyRefundedGross, "previouslyRefundedGross");
  const cumulative = previouslyRefundedGross + refundedGross;
  if (cumulative > original.gross) {
    throw new LedgerError(
      "over_refund",
      `Refunding ${refundedGross} after ${previouslyRefundedGross} would exceed the line's gross ${original.gross}`,
    );
  }
  const before = reversedUpTo(original, previouslyRefundedGross);
  const after = reversedUpTo(original, cumulative);
  return {
    gross: refundedGross,
    orgFee: after.orgFee - before.orgFee,
    cardFeeShare: after.cardFeeShare - before.cardFeeShare,
    maker: after.maker - before.maker,
  };
}

/** The cumulative reversal of each part once `cumulative` of the gross is refunded (two nested monotone splits). */
function reversedUpTo(original: Share, cumulative: number): Share {
  const orgSide = original.orgFee + original.cardFeeShare;
  const orgSideReversed = orgSide === 0 ? 0 : mulDivHalfUp(orgSide, cumulative, original.gross);
  const orgFee = orgSide === 0 ? 0 : mulDivHalfUp(original.orgFee, orgSideReversed, orgSide);
  return { gross: cumulative, orgFee, cardFeeShare: orgSideReversed - orgFee, maker: cumulative - orgSideReversed };
}

/** The card processor's fee on a payment: an expense of the organisation, taken from the Stripe balance. */
export function cardFeeTransaction(input: { reference: string; currency: string; fee: number; occurredAt: string }): LedgerTransaction {
  assertMinor(input.fee, "fee");
  return buildTransaction({
    kind: "card_fee",
    reference: input.reference,
    occurredAt: input.occurredAt,
    currency: input.currency,
    lines: [
      [account.cardFees, input.fee],
      [account.cashStripe, -input.fee],
    ],
  });
}

function cashAccount(cash: "bank" | "stripe"): string {
  if (cash === "bank") return account.cashBank;
  if (cash === "stripe") return account.cashStripe;
  throw new LedgerError("unknown_account", `cash must be "bank" or "stripe", got "${String(cash)}"`);
}
