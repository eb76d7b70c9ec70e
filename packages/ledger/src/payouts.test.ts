import { describe, expect, it } from "vitest";
import { payoutCandidates, payoutFailedTransaction, payoutPaidTransaction, payoutReserveTransaction, payoutSettlementReference } from "./payouts.js";
import { errorCode } from "./test-helpers.js";

const at = "2026-11-30T10:00:00.000Z";
const item = { payoutItemId: "pitem_01", makerId: "mkr_sari", currency: "idr", amount: 207000, occurredAt: at };

describe("payout transactions", () => {
  it("reserves available money for a batch", () => {
    expect(payoutReserveTransaction(item)).toEqual({
      kind: "payout_reserve",
      reference: "payout_reserve:pitem_01",
      occurred_at: at,
      postings: [
        { account: "maker:mkr_sari:available", currency: "IDR", amount: 207000 },
        { account: "maker:mkr_sari:in_payout", currency: "IDR", amount: -207000 },
      ],
      meta: { payout_item_id: "pitem_01", maker_id: "mkr_sari" },
    });
  });

  it("records a transfer as paid to her and out of the bank", () => {
    expect(payoutPaidTransaction(item).postings).toEqual([
      { account: "maker:mkr_sari:in_payout", currency: "IDR", amount: 207000 },
      { account: "maker:mkr_sari:paid_out", currency: "IDR", amount: -207000 },
      { account: "org:payouts_sent", currency: "IDR", amount: 207000 },
      { account: "cash:bank", currency: "IDR", amount: -207000 },
    ]);
  });

  it("returns a failed transfer to her available balance", () => {
    expect(payoutFailedTransaction(item).postings).toEqual([
      { account: "maker:mkr_sari:in_payout", currency: "IDR", amount: 207000 },
      { account: "maker:mkr_sari:available", currency: "IDR", amount: -207000 },
    ]);
  });

  it("gives paid and failed the same reference, so an item cannot settle twice", () => {
    expect(payoutPaidTransaction(item).reference).toBe("payout_settle:pitem_01");
    expect(payoutFailedTransaction(item).reference).toBe(payoutSettlementReference("pitem_01"));
  });

  it("refuses empty or fractional payouts", () => {
    expect(errorCode(() => payoutReserveTransaction({ ...item, amount: 0 }))).toBe("invalid_amount");
    expect(errorCode(() => payoutPaidTransaction({ ...item, amount: -5 }))).toBe("invalid_amount");
    expect(errorCode(() => payoutFailedTransaction({ ...item, currency: "USD", amount: 12.5 }))).toBe("not_integer");
  });
});

describe("payoutCandidates", () => {
  const minimum = { IDR: 50000, USD: 500 };

  it("pays those at or above the minimum, never negative or small balances", () => {
    expect(
      payoutCandidates(
        [
          { makerId: "mkr_sari", currency: "IDR", available: 207000 },
          { makerId: "mkr_ayu", currency: "IDR", available: 50000 },
          { makerId: "mkr_rina", currency: "IDR", available: 49999 },
          { makerId: "mkr_dewi", currency: "IDR", available: -45000 },
          { makerId: "mkr_sari", currency: "usd", available: 2250 },
          { makerId: "mkr_ayu", currency: "USD", available: 499 },
        ],
        minimum,
      ),
    ).toEqual([
      { makerId: "mkr_ayu", currency: "IDR", amount: 50000 },
      { makerId: "mkr_sari", currency: "IDR", amount: 207000 },
      { makerId: "mkr_sari", currency: "USD", amount: 2250 },
    ]);
  });

  it("never pays zero, even with a zero minimum", () => {
    expect(payoutCandidates([{ makerId: "m", currency: "IDR", available: 0 }], { IDR: 0 })).toEqual([]);
  });

  it("refuses a currency without a minimum and a maker listed twice", () => {
    expect(errorCode(() => payoutCandidates([{ makerId: "m", currency: "USD", available: 900 }], { IDR: 50000 }))).toBe("no_minimum");
    expect(
      errorCode(() =>
        payoutCandidates(
          [
            { makerId: "m", currency: "IDR", available: 60000 },
            { makerId: "m", currency: "idr", available: 60000 },
          ],
          minimum,
        ),
      ),
    ).toBe("duplicate_balance");
  });
});
