/**
 * Random histories of a shop (sales by several makers in IDR and USD, partial and full refunds before
 * and after release, batches, paid and failed transfers, repeated settlements) driven through the
 * ledger the way the backend drives it; the books must hold after every step.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { account, parseAccount } from "./accounts.js";
import { allMakerBalances, balances } from "./balances.js";
import { makerShare, proportionalReversal, releaseTransaction, reversalTransaction, saleTransaction, type Share } from "./earnings.js";
import {
  payoutCandidates,
  payoutFailedTransaction,
  payoutPaidTransaction,
  payoutReserveTransaction,
  payoutSettlementReference,
} from "./payouts.js";
import { assertBalanced, type LedgerTransaction } from "./transactions.js";

const MAKERS = ["mkr_sari", "mkr_ayu", "mkr_rina"] as const;
const MINIMUM = { IDR: 50000, USD: 500 };
const at = "2026-11-28T09:00:00.000Z";

type Currency = "IDR" | "USD";

type Op =
  | { op: "sale"; maker: number; currency: Currency; lineTotal: number; rate: number; cardFee: number; bears: boolean }
  | { op: "refund"; line: number; permille: number }
  | { op: "fullRefund"; line: number }
  | { op: "release"; line: number }
  | { op: "batch"; currency: Currency }
  | { op: "settle"; item: number; paid: boolean; retry: "none" | "same" | "other" };

interface Line {
  id: string;
  makerId: string;
  currency: Currency;
  cash: "bank" | "stripe";
  share: Share;
  refundedGross: number;
  released: boolean;
  /** Her part of this line still in pending (what a release would move). */
  pendingLeft: number;
}

interface Item {
  id: string;
  makerId: string;
  currency: Currency;
  amount: number;
  settled: boolean;
}

/** The transaction store with the backend's UNIQUE(reference) guard. */
class Store {
  readonly txs: LedgerTransaction[] = [];
  private readonly references = new Set<string>();

  add(tx: LedgerTransaction): boolean {
    assertBalanced(tx);
    if (this.references.has(tx.reference)) return false;
    this.references.add(tx.reference);
    this.txs.push(tx);
    return true;
  }
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    op: fc.constant("sale" as const),
    maker: fc.nat({ max: MAKERS.length - 1 }),
    currency: fc.constantFrom<Currency>("IDR", "USD"),
    // Tiny lines stress rounding; large ones reach the payout minimum.
    lineTotal: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 3_000_000 })),
    rate: fc.constantFrom(0, 500, 1000, 1250, 3333, 10000),
    cardFee: fc.integer({ min: 0, max: 20_000 }),
    bears: fc.boolean(),
  }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("refund" as const), line: fc.nat(), permille: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("fullRefund" as const), line: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("release" as const), line: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("batch" as const), currency: fc.constantFrom<Currency>("IDR", "USD") }) },
  { weight: 4, arbitrary: fc.record({
    op: fc.constant("settle" as const),
    item: fc.nat(),
    // Mostly paid, as in life; failed still comes up often.
    paid: fc.constantFrom(true, true, false),
    retry: fc.constantFrom("none" as const, "same" as const, "other" as const),
  }) },
);

/** Histories of up to `maxLength` steps; "max" size so long histories (sale → release → batch → settle) are common. */
function history(maxLength: number): fc.Arbitrary<Op[]> {
  return fc.array(opArb, { minLength: 1, maxLength, size: "max" });
}

/** Plays `ops`; the books are checked every few steps and at the end (checking after every step is quadratic). */
function run(ops: Op[], check = true): { store: Store; lines: Line[]; items: Item[] } {
  const store = new Store();
  const lines: Line[] = [];
  const items: Item[] = [];
  let batchSeq = 0;

  for (const [step, o] of ops.entries()) {
    if (check && step % 5 === 4) checkBooks(store, lines, items);
    if (o.op === "sale") {
      // USD lines are cents: keep them to a believable size.
      const lineTotal = o.currency === "USD" ? 1 + (o.lineTotal % 50_000) : o.lineTotal;
      const makerId = MAKERS[o.maker] as string;
      const input = { lineTotal, feeRateBps: o.rate, cardFee: o.cardFee, makerBearsCardFee: o.bears };
      const share = makerShare(input);
      const line: Line = {
        id: `ordli_${lines.length}`,
        makerId,
        currency: o.currency,
        cash: o.currency === "IDR" ? "bank" : "stripe",
        share,
        refundedGross: 0,
        released: false,
        pendingLeft: share.maker,
      };
      expect(
        store.add(
          saleTransaction({ ...input, lineItemId: line.id, orderId: `order_${lines.length}`, makerId, currency: o.currency, cash: line.cash, occurredAt: at }),
        ),
      ).toBe(true);
      lines.push(line);
    } else if (o.op === "refund" || o.op === "fullRefund") {
      const line = lines.length ? lines[o.line % lines.length] : undefined;
      if (!line) continue;
      const remaining = line.share.gross - line.refundedGross;
      if (remaining === 0) continue;
      const amount = o.op === "fullRefund" ? remaining : Math.max(1, Math.floor((remaining * o.permille) / 1000));
      const part = proportionalReversal(line.share, amount, line.refundedGross);
      const fromPending = Math.min(part.maker, line.pendingLeft);
      if (part.maker + part.orgFee + part.cardFeeShare > 0) {
        const ok = store.add(
          reversalTransaction({
            reference: `reversal:refund_${store.txs.length}:${line.id}`,
            lineItemId: line.id,
            makerId: line.makerId,
            currency: line.currency,
            makerAmount: part.maker,
            orgFee: part.orgFee,
            cardFeeShare: part.cardFeeShare,
            cash: line.cash,
            fromPending,
            occurredAt: at,
          }),
        );
        expect(ok).toBe(true);
      }
      line.refundedGross += amount;
      line.pendingLeft -= fromPending;
    } else if (o.op === "release") {
      const line = lines.length ? lines[o.line % lines.length] : undefined;
      if (!line || line.released) continue;
      if (line.pendingLeft > 0) {
        const tx = releaseTransaction({ lineItemId: line.id, makerId: line.makerId, currency: line.currency, amount: line.pendingLeft, occurredAt: at });
        expect(store.add(tx)).toBe(true);
        // A second release of the same line is refused by its reference.
        expect(store.add(tx)).toBe(false);
      }
      line.released = true;
      line.pendingLeft = 0;
    } else if (o.op === "batch") {
      batchSeq += 1;
      const available = [...allMakerBalances(store.txs)].flatMap(([makerId, bs]) =>
        bs.filter((b) => b.currency === o.currency).map((b) => ({ makerId, currency: b.currency, available: b.available })),
      );
      for (const c of payoutCandidates(available, MINIMUM)) {
        const item: Item = { id: `pitem_${batchSeq}_${c.makerId}`, makerId: c.makerId, currency: c.currency as Currency, amount: c.amount, settled: false };
        expect(store.add(payoutReserveTransaction({ payoutItemId: item.id, makerId: item.makerId, currency: item.currency, amount: item.amount, occurredAt: at }))).toBe(true);
        items.push(item);
      }
    } else {
      const item = items.length ? items[o.item % items.length] : undefined;
      if (!item) continue;
      const input = { payoutItemId: item.id, makerId: item.makerId, currency: item.currency, amount: item.amount, occurredAt: at };
      const settle = (paid: boolean) => store.add(paid ? payoutPaidTransaction(input) : payoutFailedTransaction(input));
      expect(settle(o.paid)).toBe(!item.settled);
      item.settled = true;
      if (o.retry !== "none") expect(settle(o.retry === "same" ? o.paid : !o.paid)).toBe(false);
    }
  }
  if (check) checkBooks(store, lines, items);
  return { store, lines, items };
}

function checkBooks(store: Store, lines: Line[], items: Item[]): void {
  for (const tx of store.txs) expect(() => assertBalanced(tx)).not.toThrow();

  // Every maker's figures add up, and nothing is paid that was not released.
  const released = sumBy(store.txs.filter((t) => t.kind === "release"), (p) => p.account.endsWith(":available") && p.amount < 0, (p) => -p.amount);
  const pendingLeft = new Map<string, number>();
  for (const l of lines) pendingLeft.set(`${l.makerId}|${l.currency}`, (pendingLeft.get(`${l.makerId}|${l.currency}`) ?? 0) + l.pendingLeft);
  for (const [makerId, perCurrency] of allMakerBalances(store.txs)) {
    for (const b of perCurrency) {
      expect(b.pending + b.available + b.inPayout + b.paidOut).toBe(b.earned - b.reversed);
      expect(b.pending).toBeGreaterThanOrEqual(0);
      expect(b.inPayout).toBeGreaterThanOrEqual(0);
      expect(b.paidOut).toBeGreaterThanOrEqual(0);
      expect(b.paidOut).toBeLessThanOrEqual(b.earned);
      expect(b.paidOut + b.inPayout).toBeLessThanOrEqual(released.get(`${makerId}|${b.currency}`) ?? 0);
      expect(b.pending).toBe(pendingLeft.get(`${makerId}|${b.currency}`) ?? 0);
    }
  }

  // A payout item settles at most once, and the reserve matches the item.
  const referenceCount = new Map<string, number>();
  for (const t of store.txs) referenceCount.set(t.reference, (referenceCount.get(t.reference) ?? 0) + 1);
  for (const item of items) {
    expect(referenceCount.get(payoutSettlementReference(item.id)) ?? 0).toBe(item.settled ? 1 : 0);
    expect(referenceCount.get(`payout_reserve:${item.id}`)).toBe(1);
  }

  // Money sent to makers equals what their paid_out accounts say, per currency.
  const all = balances(store.txs.flatMap((t) => t.postings));
  for (const currency of ["IDR", "USD"]) {
    const sent = all.get(account.payoutsSent)?.get(currency) ?? 0;
    const paidOut = [...all].filter(([acc]) => acc.endsWith(":paid_out")).reduce((s, [, m]) => s - (m.get(currency) ?? 0), 0);
    expect(sent).toBe(paidOut);
    const paidItems = new Set(store.txs.filter((t) => t.kind === "payout_paid").map((t) => t.meta?.payout_item_id));
    expect(sent).toBe(items.filter((i) => i.currency === currency && paidItems.has(i.id)).reduce((s, i) => s + i.amount, 0));
    // The whole ledger is zero in each currency.
    expect([...all.values()].reduce((s, m) => s + (m.get(currency) ?? 0), 0)).toBe(0);
  }

  // No line is reversed beyond its original, part by part.
  const reversedByLine = new Map<string, { maker: number; orgFee: number; cardFeeShare: number; cash: number }>();
  for (const t of store.txs) {
    if (t.kind !== "reversal") continue;
    const lineId = String(t.meta?.line_item_id);
    const r = reversedByLine.get(lineId) ?? { maker: 0, orgFee: 0, cardFeeShare: 0, cash: 0 };
    for (const p of t.postings) {
      if (parseAccount(p.account).kind === "maker") r.maker += p.amount;
      else if (p.account === account.orgFees) r.orgFee += p.amount;
      else if (p.account === account.cardFees) r.cardFeeShare += p.amount;
      else if (p.account.startsWith("cash:")) r.cash -= p.amount;
    }
    reversedByLine.set(lineId, r);
  }
  for (const line of lines) {
    const r = reversedByLine.get(line.id) ?? { maker: 0, orgFee: 0, cardFeeShare: 0, cash: 0 };
    expect(r.maker).toBeLessThanOrEqual(line.share.maker);
    expect(r.orgFee).toBeLessThanOrEqual(line.share.orgFee);
    expect(r.cardFeeShare).toBeLessThanOrEqual(line.share.cardFeeShare);
    expect(r.cash).toBe(line.refundedGross);
    if (line.refundedGross === line.share.gross) {
      expect(r).toEqual({ maker: line.share.maker, orgFee: line.share.orgFee, cardFeeShare: line.share.cardFeeShare, cash: line.share.gross });
    }
  }
}

function sumBy(
  txs: LedgerTransaction[],
  pick: (p: LedgerTransaction["postings"][number]) => boolean,
  value: (p: LedgerTransaction["postings"][number]) => number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of txs.flatMap((t) => t.postings)) {
    if (!pick(p)) continue;
    const parsed = parseAccount(p.account);
    if (parsed.kind !== "maker") continue;
    const key = `${parsed.makerId}|${p.currency}`;
    out.set(key, (out.get(key) ?? 0) + value(p));
  }
  return out;
}

describe("ledger over random shop histories", () => {
  it("keeps the books: balanced, her figures add up, nothing paid twice or beyond what she earned", () => {
    fc.assert(
      fc.property(history(40), (ops) => {
        run(ops);
      }),
      { numRuns: 200 },
    );
  });

  it("after every line is released or refunded and every item settled, what she is owed is exactly her available balance", () => {
    fc.assert(
      fc.property(history(30), (ops) => {
        const { store, lines, items } = run(ops);
        // Close out: release everything, settle every open item as paid.
        for (const line of lines) {
          if (!line.released && line.pendingLeft > 0) {
            store.add(releaseTransaction({ lineItemId: line.id, makerId: line.makerId, currency: line.currency, amount: line.pendingLeft, occurredAt: at }));
          }
          line.released = true;
          line.pendingLeft = 0;
        }
        for (const item of items.filter((i) => !i.settled)) {
          store.add(payoutPaidTransaction({ payoutItemId: item.id, makerId: item.makerId, currency: item.currency, amount: item.amount, occurredAt: at }));
          item.settled = true;
        }
        checkBooks(store, lines, items);
        for (const [, perCurrency] of allMakerBalances(store.txs)) {
          for (const b of perCurrency) {
            expect(b.pending).toBe(0);
            expect(b.inPayout).toBe(0);
            expect(b.available).toBe(b.earned - b.reversed - b.paidOut);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("when every sale is fully refunded, every maker ends with exactly what was paid to her owed back", () => {
    fc.assert(
      fc.property(history(30), (ops) => {
        const { store, lines } = run(ops);
        for (const line of lines) {
          const remaining = line.share.gross - line.refundedGross;
          if (remaining === 0) continue;
          const part = proportionalReversal(line.share, remaining, line.refundedGross);
          store.add(
            reversalTransaction({
              reference: `reversal:final:${line.id}`,
              lineItemId: line.id,
              makerId: line.makerId,
              currency: line.currency,
              makerAmount: part.maker,
              orgFee: part.orgFee,
              cardFeeShare: part.cardFeeShare,
              cash: line.cash,
              fromPending: Math.min(part.maker, line.pendingLeft),
              occurredAt: at,
            }),
          );
          line.pendingLeft -= Math.min(part.maker, line.pendingLeft);
          line.refundedGross = line.share.gross;
        }
        const all = balances(store.txs.flatMap((t) => t.postings));
        for (const currency of ["IDR", "USD"]) {
          // Fees are fully given back.
          expect(all.get(account.orgFees)?.get(currency) ?? 0).toBe(0);
        }
        for (const [, perCurrency] of allMakerBalances(store.txs)) {
          for (const b of perCurrency) {
            expect(b.earned).toBe(b.reversed);
            expect(b.pending).toBe(0);
            // What she has been paid or has in a transfer is now owed back (negative available).
            expect(b.available).toBe(0 - (b.paidOut + b.inPayout));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the random histories", () => {
  it("reach the states worth testing (paid and failed transfers, refunds after release, negative balances)", () => {
    const seen = { paid: 0, failed: 0, refusedResettle: 0, reversalFromAvailable: 0, negativeAvailable: 0, usdPayout: 0 };
    for (const ops of fc.sample(history(40), { numRuns: 200, seed: 7 })) {
      const { store } = run(ops, false);
      const kinds = new Set(store.txs.map((t) => t.kind));
      if (kinds.has("payout_paid")) seen.paid++;
      if (kinds.has("payout_failed")) seen.failed++;
      if (ops.some((o) => o.op === "settle" && o.retry !== "none") && kinds.has("payout_reserve")) seen.refusedResettle++;
      if (store.txs.some((t) => t.kind === "reversal" && t.postings.some((p) => p.account.endsWith(":available")))) seen.reversalFromAvailable++;
      if ([...allMakerBalances(store.txs).values()].flat().some((b) => b.available < 0)) seen.negativeAvailable++;
      if (store.txs.some((t) => t.kind === "payout_reserve" && t.postings[0]?.currency === "USD")) seen.usdPayout++;
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThanOrEqual(10);
  });
});
