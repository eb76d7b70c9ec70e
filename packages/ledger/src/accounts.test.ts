import { describe, expect, it } from "vitest";
import { account, parseAccount } from "./accounts.js";
import { errorCode } from "./test-helpers.js";

describe("account names", () => {
  it("names a maker's four buckets", () => {
    expect(account.makerPending("mkr_01")).toBe("maker:mkr_01:pending");
    expect(account.makerAvailable("mkr_01")).toBe("maker:mkr_01:available");
    expect(account.makerInPayout("mkr_01")).toBe("maker:mkr_01:in_payout");
    expect(account.makerPaidOut("mkr_01")).toBe("maker:mkr_01:paid_out");
  });

  it("names the organisation's and cash accounts", () => {
    expect([account.orgFees, account.cardFees, account.orgOther, account.cashBank, account.cashStripe, account.payoutsSent]).toEqual([
      "org:fees",
      "org:card_fees",
      "org:other",
      "cash:bank",
      "cash:stripe",
      "org:payouts_sent",
    ]);
  });

  it("refuses an empty maker id rather than writing to maker::pending", () => {
    expect(errorCode(() => account.makerPending(""))).toBe("invalid_maker_id");
    expect(errorCode(() => account.makerAvailable(" mkr_01"))).toBe("invalid_maker_id");
  });
});

describe("parseAccount", () => {
  it("reads maker accounts back", () => {
    expect(parseAccount("maker:mkr_01:in_payout")).toEqual({ kind: "maker", makerId: "mkr_01", bucket: "in_payout" });
    expect(parseAccount("maker:a:b:paid_out")).toEqual({ kind: "maker", makerId: "a:b", bucket: "paid_out" });
  });

  it("reads organisation and cash accounts", () => {
    expect(parseAccount("org:card_fees")).toEqual({ kind: "org", name: "card_fees" });
    expect(parseAccount("cash:stripe")).toEqual({ kind: "cash", name: "stripe" });
  });

  it("round-trips every name it gives", () => {
    for (const bucket of ["makerPending", "makerAvailable", "makerInPayout", "makerPaidOut"] as const) {
      const parsed = parseAccount(account[bucket]("mkr_Z9"));
      expect(parsed.kind === "maker" && parsed.makerId).toBe("mkr_Z9");
    }
  });

  it("refuses anything else", () => {
    for (const bad of ["", "maker:", "maker::pending", "maker:mkr_01:owed", "maker:mkr_01", "bank", "org:", "org:Fees", "vendor:x", "cash:bank:x", "cash:wallet", "org:misc"]) {
      expect(errorCode(() => parseAccount(bad)), bad).toBe("unknown_account");
    }
  });
});
