import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cardFeeTransaction,
  feeRateBps,
  makerShare,
  proportionalReversal,
  releaseTransaction,
  reversalTransaction,
  saleTransaction,
  type FeePolicy,
  type Share,
} from "./earnings.js";
import { errorCode } from "./test-helpers.js";

const at = "2026-11-28T09:00:00.000Z";

describe("feeRateBps", () => {
  const policy: FeePolicy = {
    defaultRateBps: 1000,
    makerRateBps: { mkr_sari: 500 },
    categoryRateBps: { pcat_batik: 1500, pcat_anyaman: 800 },
    makerBearsCardFee: false,
  };

  it("prefers the maker's own rate, then the category's, then the default", () => {
    expect(feeRateBps(policy, { makerId: "mkr_sari", categoryIds: ["pcat_batik"] })).toBe(500);
    expect(feeRateBps(policy, { makerId: "mkr_ayu", categoryIds: ["pcat_batik"] })).toBe(1500);
    expect(feeRateBps(policy, { makerId: "mkr_ayu", categoryIds: ["pcat_other"] })).toBe(1000);
    expect(feeRateBps(policy, { makerId: "mkr_ayu" })).toBe(1000);
  });

  it("takes the lowest of several category rates, whatever their order", () => {
    expect(feeRateBps(policy, { makerId: "mkr_ayu", categoryIds: ["pcat_batik", "pcat_anyaman"] })).toBe(800);
    expect(feeRateBps(policy, { makerId: "mkr_ayu", categoryIds: ["pcat_anyaman", "pcat_batik"] })).toBe(800);
  });

  it("refuses rates that are not whole basis points between 0 and 100%", () => {
    expect(errorCode(() => feeRateBps({ ...policy, defaultRateBps: 10.5 }, { makerId: "x" }))).toBe("invalid_rate");
    expect(errorCode(() => feeRateBps({ ...policy, makerRateBps: { x: 10001 } }, { makerId: "x" }))).toBe("invalid_rate");
    expect(errorCode(() => feeRateBps({ ...policy, categoryRateBps: { c: -1 } }, { makerId: "x", categoryIds: ["c"] }))).toBe("invalid_rate");
  });
});

describe("makerShare", () => {
  it("takes 10% of a Rp 150.000 scarf for the organisation", () => {
    expect(makerShare({ lineTotal: 150000, feeRateBps: 1000, cardFee: 0, makerBearsCardFee: false })).toEqual({
      gross: 150000,
      orgFee: 15000,
      cardFeeShare: 0,
      maker: 135000,
    });
  });

  it("rounds the organisation's fee half up and gives her the remainder", () => {
    // 10% of Rp 12.345 is 1.234,5 → 1.235; she gets 11.110.
    expect(makerShare({ lineTotal: 12345, feeRateBps: 1000, cardFee: 0, makerBearsCardFee: false })).toEqual({
      gross: 12345,
      orgFee: 1235,
      cardFeeShare: 0,
      maker: 11110,
    });
    // 12.5% of $19.99 is 249.875 cents → 250.
    expect(makerShare({ lineTotal: 1999, feeRateBps: 1250, cardFee: 0, makerBearsCardFee: false }).orgFee).toBe(250);
    expect(makerShare({ lineTotal: 1999, feeRateBps: 1250, cardFee: 0, makerBearsCardFee: false }).maker).toBe(1749);
  });

  it("charges her the card fee only when the policy says so", () => {
    const card = { lineTotal: 2500, feeRateBps: 1000, cardFee: 103 };
    expect(makerShare({ ...card, makerBearsCardFee: false })).toEqual({ gross: 2500, orgFee: 250, cardFeeShare: 0, maker: 2250 });
    expect(makerShare({ ...card, makerBearsCardFee: true })).toEqual({ gross: 2500, orgFee: 250, cardFeeShare: 103, maker: 2147 });
  });

  it("never leaves her below zero", () => {
    expect(makerShare({ lineTotal: 100, feeRateBps: 9000, cardFee: 50, makerBearsCardFee: true })).toEqual({
      gross: 100,
      orgFee: 90,
      cardFeeShare: 10,
      maker: 0,
    });
    expect(makerShare({ lineTotal: 100, feeRateBps: 10000, cardFee: 0, makerBearsCardFee: false }).maker).toBe(0);
  });

  it("always adds back up to the gross", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        (lineTotal, rate, cardFee, bears) => {
          const s = makerShare({ lineTotal, feeRateBps: rate, cardFee, makerBearsCardFee: bears });
          expect(s.orgFee + s.cardFeeShare + s.maker).toBe(lineTotal);
          expect(s.maker).toBeGreaterThanOrEqual(0);
          expect(Math.abs(s.orgFee - (lineTotal * rate) / 10000)).toBeLessThanOrEqual(0.5 + 1e-6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses fractional amounts", () => {
    expect(errorCode(() => makerShare({ lineTotal: 12.5, feeRateBps: 1000, cardFee: 0, makerBearsCardFee: false }))).toBe("not_integer");
    expect(errorCode(() => makerShare({ lineTotal: -1, feeRateBps: 1000, cardFee: 0, makerBearsCardFee: false }))).toBe("invalid_amount");
  });
});

describe("saleTransaction", () => {
  const sale = {
    lineItemId: "ordli_1",
    orderId: "order_1",
    makerId: "mkr_sari",
    currency: "idr",
    lineTotal: 150000,
    feeRateBps: 1000,
    cardFee: 0,
    makerBearsCardFee: false,
    cash: "bank" as const,
    occurredAt: at,
  };

  it("puts the cash in and her share in pending", () => {
    expect(saleTransaction(sale)).toEqual({
      kind: "sale",
      reference: "sale:ordli_1",
      occurred_at: at,
      postings: [
        { account: "cash:bank", currency: "IDR", amount: 150000 },
        { account: "maker:mkr_sari:pending", currency: "IDR", amount: -135000 },
        { account: "org:fees", currency: "IDR", amount: -15000 },
      ],
      meta: {
        order_id: "order_1",
        line_item_id: "ordli_1",
        maker_id: "mkr_sari",
        fee_rate_bps: 1000,
        gross: 150000,
        org_fee: 15000,
        card_fee_share: 0,
        maker_amount: 135000,
      },
    });
  });

  it("credits her share of the card fee back to org:card_fees", () => {
    const tx = saleTransaction({ ...sale, currency: "USD", lineTotal: 2500, cardFee: 103, makerBearsCardFee: true, cash: "stripe" });
    expect(tx.postings).toEqual([
      { account: "cash:stripe", currency: "USD", amount: 2500 },
      { account: "maker:mkr_sari:pending", currency: "USD", amount: -2147 },
      { account: "org:fees", currency: "USD", amount: -250 },
      { account: "org:card_fees", currency: "USD", amount: -103 },
    ]);
  });

  it("refuses free lines and unknown currencies", () => {
    expect(errorCode(() => saleTransaction({ ...sale, lineTotal: 0 }))).toBe("invalid_amount");
    expect(errorCode(() => saleTransaction({ ...sale, currency: "EUR" }))).toBe("unknown_currency");
    expect(errorCode(() => saleTransaction({ ...sale, cash: "wallet" as "bank" }))).toBe("unknown_account");
  });
});

describe("releaseTransaction", () => {
  it("moves her earning from pending to available", () => {
    expect(releaseTransaction({ lineItemId: "ordli_1", makerId: "mkr_sari", currency: "IDR", amount: 135000, occurredAt: at })).toEqual({
      kind: "release",
      reference: "release:ordli_1",
      occurred_at: at,
      postings: [
        { account: "maker:mkr_sari:pending", currency: "IDR", amount: 135000 },
        { account: "maker:mkr_sari:available", currency: "IDR", amount: -135000 },
      ],
      meta: { line_item_id: "ordli_1", maker_id: "mkr_sari" },
    });
    expect(errorCode(() => releaseTransaction({ lineItemId: "l", makerId: "m", currency: "IDR", amount: 0, occurredAt: at }))).toBe("invalid_amount");
  });
});

describe("reversalTransaction", () => {
  const base = {
    reference: "reversal:refund_1:ordli_1",
    lineItemId: "ordli_1",
    makerId: "mkr_sari",
    currency: "IDR",
    makerAmount: 135000,
    orgFee: 15000,
    cardFeeShare: 0,
    cash: "bank" as const,
    occurredAt: at,
  };

  it("takes a refund of a pending earning from pending", () => {
    expect(reversalTransaction({ ...base, fromPending: 135000 }).postings).toEqual([
      { account: "maker:mkr_sari:pending", currency: "IDR", amount: 135000 },
      { account: "org:fees", currency: "IDR", amount: 15000 },
      { account: "cash:bank", currency: "IDR", amount: -150000 },
    ]);
  });

  it("takes the rest from available once it was released", () => {
    const tx = reversalTransaction({ ...base, fromPending: 35000 });
    expect(tx.postings).toEqual([
      { account: "maker:mkr_sari:pending", currency: "IDR", amount: 35000 },
      { account: "maker:mkr_sari:available", currency: "IDR", amount: 100000 },
      { account: "org:fees", currency: "IDR", amount: 15000 },
      { account: "cash:bank", currency: "IDR", amount: -150000 },
    ]);
    expect(tx.meta).toEqual({ line_item_id: "ordli_1", maker_id: "mkr_sari", refunded_gross: 150000 });
  });

  it("gives back her card fee share", () => {
    const tx = reversalTransaction({ ...base, currency: "USD", makerAmount: 2147, orgFee: 250, cardFeeShare: 103, cash: "stripe", fromPending: 0 });
    expect(tx.postings).toEqual([
      { account: "maker:mkr_sari:available", currency: "USD", amount: 2147 },
      { account: "org:fees", currency: "USD", amount: 250 },
      { account: "org:card_fees", currency: "USD", amount: 103 },
      { account: "cash:stripe", currency: "USD", amount: -2500 },
    ]);
  });

  it("refuses to take more from pending than her part, or to reverse nothing", () => {
    expect(errorCode(() => reversalTransaction({ ...base, fromPending: 135001 }))).toBe("invalid_amount");
    expect(errorCode(() => reversalTransaction({ ...base, makerAmount: 0, orgFee: 0, fromPending: 0 }))).toBe("invalid_amount");
    expect(errorCode(() => reversalTransaction({ ...base, orgFee: -1, fromPending: 0 }))).toBe("invalid_amount");
  });
});

describe("proportionalReversal", () => {
  const scarf: Share = { gross: 150000, orgFee: 15000, cardFeeShare: 0, maker: 135000 };

  it("reverses a whole line exactly", () => {
    expect(proportionalReversal(scarf, 150000)).toEqual(scarf);
  });

  it("reverses a third of a line, rounding the organisation's side half up", () => {
    // Rp 50.000 of Rp 150.000 refunded: fee 5.000, hers 45.000.
    expect(proportionalReversal(scarf, 50000)).toEqual({ gross: 50000, orgFee: 5000, cardFeeShare: 0, maker: 45000 });
    // Rp 33.333: fee 3.333,3 → 3.333.
    expect(proportionalReversal(scarf, 33333)).toEqual({ gross: 33333, orgFee: 3333, cardFeeShare: 0, maker: 30000 });
  });

  it("adds up to the original over three partial refunds of Rp 50.001, 49.999 and 50.000", () => {
    const first = proportionalReversal(scarf, 50001);
    const second = proportionalReversal(scarf, 49999, 50001);
    const third = proportionalReversal(scarf, 50000, 100000);
    expect(first).toEqual({ gross: 50001, orgFee: 5000, cardFeeShare: 0, maker: 45001 });
    expect(second).toEqual({ gross: 49999, orgFee: 5000, cardFeeShare: 0, maker: 44999 });
    expect(third).toEqual({ gross: 50000, orgFee: 5000, cardFeeShare: 0, maker: 45000 });
  });

  it("splits the organisation's side between its fee and her card fee share", () => {
    const bag: Share = { gross: 2500, orgFee: 250, cardFeeShare: 103, maker: 2147 };
    expect(proportionalReversal(bag, 1250)).toEqual({ gross: 1250, orgFee: 125, cardFeeShare: 52, maker: 1073 });
    expect(proportionalReversal(bag, 1250, 1250)).toEqual({ gross: 1250, orgFee: 125, cardFeeShare: 51, maker: 1074 });
  });

  it("never reverses a part beyond its original, even on tiny lines", () => {
    const tiny: Share = { gross: 3, orgFee: 1, cardFeeShare: 1, maker: 1 };
    const steps = [1, 1, 1].map((r, i) => proportionalReversal(tiny, r, i));
    for (const key of ["orgFee", "cardFeeShare", "maker"] as const) {
      expect(steps.every((s) => s[key] >= 0)).toBe(true);
      expect(steps.reduce((sum, s) => sum + s[key], 0)).toBe(tiny[key]);
    }
  });

  it("refuses to refund more than the line", () => {
    expect(errorCode(() => proportionalReversal(scarf, 150001))).toBe("over_refund");
    expect(errorCode(() => proportionalReversal(scarf, 100000, 50001))).toBe("over_refund");
    expect(errorCode(() => proportionalReversal({ ...scarf, maker: 1 }, 10))).toBe("inconsistent_original");
  });

  it("for any split of refunds: parts never negative, never beyond the original, exact when fully refunded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (gross, rate, cardFee, weights) => {
          const original = makerShare({ lineTotal: gross, feeRateBps: rate, cardFee, makerBearsCardFee: true });
          const refunds = allocateRefunds(gross, weights);
          let refunded = 0;
          const total = { orgFee: 0, cardFeeShare: 0, maker: 0 };
          for (const r of refunds) {
            const part = proportionalReversal(original, r, refunded);
            refunded += r;
            expect(part.orgFee + part.cardFeeShare + part.maker).toBe(r);
            for (const key of ["orgFee", "cardFeeShare", "maker"] as const) {
              expect(part[key]).toBeGreaterThanOrEqual(0);
              total[key] += part[key];
              expect(total[key]).toBeLessThanOrEqual(original[key]);
            }
          }
          expect(total).toEqual({ orgFee: original.orgFee, cardFeeShare: original.cardFeeShare, maker: original.maker });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("cardFeeTransaction", () => {
  it("books Stripe's fee as the organisation's expense", () => {
    expect(cardFeeTransaction({ reference: "card_fee:txn_1", currency: "USD", fee: 103, occurredAt: at }).postings).toEqual([
      { account: "org:card_fees", currency: "USD", amount: 103 },
      { account: "cash:stripe", currency: "USD", amount: -103 },
    ]);
  });
});

/** Cuts `gross` into consecutive refunds proportional to `weights` (each at least 0; zeros dropped). */
function allocateRefunds(gross: number, weights: number[]): number[] {
  const sum = BigInt(weights.reduce((s, w) => s + w, 0));
  let upTo = 0n;
  const cuts = weights.map((w) => Number((BigInt(gross) * (upTo += BigInt(w))) / sum));
  return cuts.map((c, i) => c - (i === 0 ? 0 : (cuts[i - 1] as number))).filter((r) => r > 0);
}
