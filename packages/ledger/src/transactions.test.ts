import { describe, expect, it } from "vitest";
import { account } from "./accounts.js";
import { assertBalanced, buildTransaction, type LedgerTransaction } from "./transactions.js";
import { errorCode } from "./test-helpers.js";

const at = "2026-11-28T09:00:00.000Z";

function tx(postings: LedgerTransaction["postings"], extra: Partial<LedgerTransaction> = {}): LedgerTransaction {
  return { kind: "adjustment", reference: "adjustment:1", occurred_at: at, postings, ...extra };
}

describe("assertBalanced", () => {
  it("accepts postings that sum to zero in each currency", () => {
    expect(() =>
      assertBalanced(
        tx([
          { account: account.cashBank, currency: "IDR", amount: 150000 },
          { account: account.makerPending("mkr_1"), currency: "IDR", amount: -135000 },
          { account: account.orgFees, currency: "IDR", amount: -15000 },
          { account: account.cashStripe, currency: "USD", amount: 1250 },
          { account: account.orgOther, currency: "USD", amount: -1250 },
        ]),
      ),
    ).not.toThrow();
  });

  it("refuses a rupiah out of place", () => {
    expect(
      errorCode(() =>
        assertBalanced(
          tx([
            { account: account.cashBank, currency: "IDR", amount: 150000 },
            { account: account.makerPending("mkr_1"), currency: "IDR", amount: -134999 },
            { account: account.orgFees, currency: "IDR", amount: -15000 },
          ]),
        ),
      ),
    ).toBe("unbalanced");
  });

  it("does not let one currency balance another", () => {
    expect(
      errorCode(() =>
        assertBalanced(
          tx([
            { account: account.cashBank, currency: "IDR", amount: 1250 },
            { account: account.orgOther, currency: "USD", amount: -1250 },
          ]),
        ),
      ),
    ).toBe("unbalanced");
  });

  it("refuses empty transactions, fractions, unknown accounts, kinds and currencies", () => {
    expect(errorCode(() => assertBalanced(tx([])))).toBe("empty");
    expect(
      errorCode(() =>
        assertBalanced(
          tx([
            { account: account.cashStripe, currency: "USD", amount: 12.5 },
            { account: account.orgOther, currency: "USD", amount: -12.5 },
          ]),
        ),
      ),
    ).toBe("not_integer");
    const pair = (acc: string, currency = "IDR") => [
      { account: acc, currency, amount: 10 },
      { account: account.orgOther, currency, amount: -10 },
    ];
    expect(errorCode(() => assertBalanced(tx(pair("cash:wallet"))))).toBe("unknown_account");
    expect(errorCode(() => assertBalanced(tx(pair(account.cashBank, "idr"))))).toBe("unknown_currency");
    expect(errorCode(() => assertBalanced(tx(pair(account.cashBank, "EUR"))))).toBe("unknown_currency");
    expect(errorCode(() => assertBalanced(tx(pair(account.cashBank), { kind: "gift" as "sale" })))).toBe("unknown_kind");
    expect(errorCode(() => assertBalanced(tx(pair(account.cashBank), { reference: " " })))).toBe("no_reference");
    expect(errorCode(() => assertBalanced(tx(pair(account.cashBank), { occurred_at: "yesterday" })))).toBe("invalid_date");
  });
});

describe("buildTransaction", () => {
  it("normalises the currency and leaves out zero postings", () => {
    const built = buildTransaction({
      kind: "adjustment",
      reference: "adjustment:2",
      occurredAt: at,
      currency: "usd",
      lines: [
        [account.cashStripe, 500],
        [account.cardFees, 0],
        [account.orgOther, -500],
      ],
      meta: { note_id: "n1" },
    });
    expect(built).toEqual({
      kind: "adjustment",
      reference: "adjustment:2",
      occurred_at: at,
      postings: [
        { account: "cash:stripe", currency: "USD", amount: 500 },
        { account: "org:other", currency: "USD", amount: -500 },
      ],
      meta: { note_id: "n1" },
    });
  });
});
