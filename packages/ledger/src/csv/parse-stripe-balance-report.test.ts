import { describe, expect, it } from "vitest";
import { parseStripeBalanceReport } from "./parse-stripe-balance-report.js";

// "Itemized balance change from activity" as downloaded from the Balance report (amounts in major units).
const ITEMIZED = [
  "balance_transaction_id,created_utc,created,available_on_utc,currency,gross,fee,net,reporting_category,source_id,description,customer_facing_amount,customer_facing_currency",
  "txn_3QaB1cLkdIwHu7ix0aBcDeF1,2026-11-28 10:15:00,2026-11-28 17:15:00,2026-11-30 00:00:00,usd,45.00,1.61,43.39,charge,ch_3QaB1cLkdIwHu7ix0xYz1,Order #1042,45.00,usd",
  "txn_3QaB1cLkdIwHu7ix0aBcDeF2,2026-11-29 08:00:01,2026-11-29 15:00:01,2026-11-29 08:00:01,usd,-20.00,0.00,-20.00,refund,re_3QaB1cLkdIwHu7ix0aBc1,,20.00,usd",
  "txn_1QaB1cLkdIwHu7ixPayout01,2026-11-30 00:00:00,2026-11-30 07:00:00,2026-11-30 00:00:00,usd,-23.39,0.00,-23.39,payout,po_1QaB1cLkdIwHu7ixPO1,STRIPE PAYOUT,,",
].join("\n");

describe("parseStripeBalanceReport", () => {
  it("reads the itemized balance report into minor units, UTC times and reporting categories", () => {
    expect(parseStripeBalanceReport(ITEMIZED).rows).toEqual([
      { id: "txn_3QaB1cLkdIwHu7ix0aBcDeF1", type: "charge", source: "ch_3QaB1cLkdIwHu7ix0xYz1", amount: 4500, fee: 161, net: 4339, currency: "USD", created: "2026-11-28T10:15:00Z", description: "Order #1042" },
      { id: "txn_3QaB1cLkdIwHu7ix0aBcDeF2", type: "refund", source: "re_3QaB1cLkdIwHu7ix0aBc1", amount: -2000, fee: 0, net: -2000, currency: "USD", created: "2026-11-29T08:00:01Z", description: null },
      { id: "txn_1QaB1cLkdIwHu7ixPayout01", type: "payout", source: "po_1QaB1cLkdIwHu7ixPO1", amount: -2339, fee: 0, net: -2339, currency: "USD", created: "2026-11-30T00:00:00Z", description: "STRIPE PAYOUT" },
    ]);
  });

  it("reads the Dashboard's balance-transactions export (id, Type, Source, Amount, Created (UTC)) with a BOM", () => {
    const text = [
      "\uFEFFid,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description",
      "txn_1,charge,ch_1,150000.00,5250.00,144750.00,idr,2026-11-28 10:15,2026-11-30 00:00,Order #1043",
      'txn_2,adjustment,,"-12.00",0.00,-12.00,usd,2026-11-28 11:00,2026-11-28 11:00,',
    ].join("\r\n");
    expect(parseStripeBalanceReport(text).rows).toEqual([
      { id: "txn_1", type: "charge", source: "ch_1", amount: 150000, fee: 5250, net: 144750, currency: "IDR", created: "2026-11-28T10:15:00Z", description: "Order #1043" },
      { id: "txn_2", type: "adjustment", source: null, amount: -1200, fee: 0, net: -1200, currency: "USD", created: "2026-11-28T11:00:00Z", description: null },
    ]);
  });

  it("refuses a bank statement passed as a Stripe report, listing the columns found", () => {
    expect(() => parseStripeBalanceReport("Tanggal,Keterangan,Jumlah\n28/11/2026,x,1.000\n")).toThrow(
      "Line 1: This is not a Stripe balance report: it needs columns balance_transaction_id, created_utc, reporting_category, gross, fee, net, currency. Found: Tanggal, Keterangan, Jumlah.",
    );
  });

  it("refuses an empty file, thousands separators, an unknown currency and a bad time, naming the line", () => {
    expect(() => parseStripeBalanceReport("")).toThrow("The file is empty.");
    const header = "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category";
    expect(() => parseStripeBalanceReport(`${header}\ntxn_1,2026-11-28 10:15:00,usd,"1,250.00",0,1250.00,charge\n`)).toThrow(
      'Line 2: The amount "1,250.00" is not a plain decimal number.',
    );
    expect(() => parseStripeBalanceReport(`${header}\ntxn_1,2026-11-28 10:15:00,eur,1.00,0,1.00,charge\n`)).toThrow(/Line 2: Unknown currency "EUR"/);
    expect(() => parseStripeBalanceReport(`${header}\ntxn_1,28/11/2026,usd,1.00,0,1.00,charge\n`)).toThrow(/Line 2: The time "28\/11\/2026"/);
  });
});
