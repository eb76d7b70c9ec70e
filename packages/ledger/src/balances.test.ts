import { describe, expect, it } from "vitest";
import { account } from "./accounts.js";
import { allMakerBalances, balances, makerBalances } from "./balances.js";
import { releaseTransaction, reversalTransaction, saleTransaction } from "./earnings.js";
import { payoutFailedTransaction, payoutPaidTransaction, payoutReserveTransaction } from "./payouts.js";
import type { LedgerTransaction } from "./transactions.js";

const at = "2026-11-28T09:00:00.000Z";

function sale(lineItemId: string, makerId: string, currency: string, lineTotal: number): LedgerTransaction {
  return saleTransaction({
    lineItemId,
    orderId: "order_1",
    makerId,
    currency,
    lineTotal,
    feeRateBps: 1000,
    cardFee: 0,
    makerBearsCardFee: false,
    cash: currency === "IDR" ? "bank" : "stripe",
    occurredAt: at,
  });
}

describe("balances", () => {
  it("sums postings per account and currency", () => {
    const b = balances([sale("l1", "mkr_sari", "IDR", 150000), sale("l2", "mkr_sari", "USD", 2500)].flatMap((t) => t.postings));
    expect(b.get(account.cashBank)).toEqual(new Map([["IDR", 150000]]));
    expect(b.get(account.makerPending("mkr_sari"))).toEqual(
      new Map([
        ["IDR", -135000],
        ["USD", -2250],
      ]),
    );
    expect(b.get(account.orgFees)?.get("USD")).toBe(-250);
  });
});

describe("makerBalances", () => {
  it("follows Sari's scarf from sale to payout, with a partial refund after release", () => {
    const item = { payoutItemId: "pitem_1", makerId: "mkr_sari", currency: "IDR", occurredAt: at };
    const txs = [
      sale("l1", "mkr_sari", "IDR", 150000), // her share 135.000
      sale("l2", "mkr_sari", "IDR", 80000), // 72.000
      releaseTransaction({ lineItemId: "l1", makerId: "mkr_sari", currency: "IDR", amount: 135000, occurredAt: at }),
      // Rp 50.000 of l1 refunded after release: 45.000 from her available, 5.000 fee back.
      reversalTransaction({
        reference: "reversal:ref_1:l1",
        lineItemId: "l1",
        makerId: "mkr_sari",
        currency: "IDR",
        makerAmount: 45000,
        orgFee: 5000,
        cardFeeShare: 0,
        cash: "bank",
        fromPending: 0,
        occurredAt: at,
      }),
      payoutReserveTransaction({ ...item, amount: 90000 }),
      payoutPaidTransaction({ ...item, amount: 90000 }),
      sale("l3", "mkr_ayu", "IDR", 50000),
    ];
    expect(makerBalances(txs, "mkr_sari")).toEqual([
      { currency: "IDR", pending: 72000, available: 0, inPayout: 0, paidOut: 90000, earned: 207000, reversed: 45000 },
    ]);
    expect(makerBalances(txs, "mkr_nobody")).toEqual([]);
  });

  it("shows a negative available balance when a refund comes after she was paid", () => {
    const item = { payoutItemId: "pitem_1", makerId: "mkr_sari", currency: "USD", occurredAt: at };
    const txs = [
      sale("l1", "mkr_sari", "USD", 2500), // 2250
      releaseTransaction({ lineItemId: "l1", makerId: "mkr_sari", currency: "USD", amount: 2250, occurredAt: at }),
      payoutReserveTransaction({ ...item, amount: 2250 }),
      payoutPaidTransaction({ ...item, amount: 2250 }),
      reversalTransaction({
        reference: "reversal:ref_1:l1",
        lineItemId: "l1",
        makerId: "mkr_sari",
        currency: "USD",
        makerAmount: 2250,
        orgFee: 250,
        cardFeeShare: 0,
        cash: "stripe",
        fromPending: 0,
        occurredAt: at,
      }),
    ];
    expect(makerBalances(txs, "mkr_sari")).toEqual([
      { currency: "USD", pending: 0, available: -2250, inPayout: 0, paidOut: 2250, earned: 2250, reversed: 2250 },
    ]);
  });

  it("returns a failed transfer to available", () => {
    const item = { payoutItemId: "pitem_2", makerId: "mkr_ayu", currency: "IDR", occurredAt: at };
    const txs = [
      sale("l1", "mkr_ayu", "IDR", 100000),
      releaseTransaction({ lineItemId: "l1", makerId: "mkr_ayu", currency: "IDR", amount: 90000, occurredAt: at }),
      payoutReserveTransaction({ ...item, amount: 90000 }),
    ];
    expect(makerBalances(txs, "mkr_ayu")[0]).toMatchObject({ available: 0, inPayout: 90000 });
    txs.push(payoutFailedTransaction({ ...item, amount: 90000 }));
    expect(makerBalances(txs, "mkr_ayu")[0]).toMatchObject({ available: 90000, inPayout: 0, paidOut: 0 });
  });

  it("lists every maker's currencies in order", () => {
    const all = allMakerBalances([sale("l1", "mkr_b", "USD", 1000), sale("l2", "mkr_b", "IDR", 1000), sale("l3", "mkr_a", "IDR", 1000)]);
    expect([...all.keys()].sort()).toEqual(["mkr_a", "mkr_b"]);
    expect(all.get("mkr_b")?.map((b) => b.currency)).toEqual(["IDR", "USD"]);
  });

  it("counts adjustments as earned or reversed so the totals still add up", () => {
    const adjustment: LedgerTransaction = {
      kind: "adjustment",
      reference: "adjustment:bonus-1",
      occurred_at: at,
      postings: [
        { account: account.orgOther, currency: "IDR", amount: 10000 },
        { account: account.makerAvailable("mkr_sari"), currency: "IDR", amount: -10000 },
      ],
    };
    expect(makerBalances([adjustment], "mkr_sari")).toEqual([
      { currency: "IDR", pending: 0, available: 10000, inPayout: 0, paidOut: 0, earned: 10000, reversed: 0 },
    ]);
  });
});
