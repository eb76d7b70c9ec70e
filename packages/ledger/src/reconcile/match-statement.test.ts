import { describe, expect, it } from "vitest";
import { parseBankStatement } from "../csv/parse-bank-statement.js";
import type { StatementLine } from "../csv/statement-line.js";
import { matchStatement, type MatchTarget } from "./match-statement.js";

let lineNo = 1;
function line(amount: number, reference: string, description = ""): StatementLine {
  lineNo += 1;
  return { line: lineNo, date: "2026-11-28", amount, reference, description, fingerprint: `fp${lineNo}` };
}
const payout = (id: string, reference: string, amount: number): MatchTarget => ({ id, kind: "payout_item", reference, amount: -amount, currency: "IDR" });
const payment = (id: string, reference: string, amount: number): MatchTarget => ({ id, kind: "order_payment", reference, amount, currency: "IDR" });

describe("matchStatement", () => {
  const targets = [payout("pi_1", "RK-12-1", 1250000), payout("pi_2", "RK-12-2", 475000), payment("pay_1", "ORD-1042", 350000)];

  it("exact: reference and amount equal → matched", () => {
    const results = matchStatement([line(-1250000, "RK-12-1")], targets, new Set());
    expect(results).toEqual([{ line: expect.objectContaining({ reference: "RK-12-1" }), status: "matched", target: targets[0] }]);
  });

  it("wrong amount → mismatched with the difference (line − expected)", () => {
    const [result] = matchStatement([line(-1200000, "RK-12-1")], targets, new Set());
    expect(result).toMatchObject({ status: "mismatched", target: { id: "pi_1" }, difference: 50000 });
  });

  it("no reference found → unmatched", () => {
    expect(matchStatement([line(-10000, "", "BIAYA ADM")], targets, new Set())).toEqual([
      { line: expect.objectContaining({ description: "BIAYA ADM" }), status: "unmatched" },
    ]);
  });

  it("reference inside the description, in another case and with spaces instead of hyphens", () => {
    const results = matchStatement(
      [
        line(-475000, "FT2611280002", "TRSF E-BANKING DB 2811/FTSCY/WS95032 rk 12 2 MARIA"),
        line(350000, "", "SETORAN ORD1042 PEMBAYARAN"),
      ],
      targets,
      new Set(),
    );
    expect(results.map((r) => [r.status, r.target?.id])).toEqual([["matched", "pi_2"], ["matched", "pay_1"]]);
  });

  it("RK-12-3 is not RK-1-23, and a reference stripped of every separator is left to staff", () => {
    const both = [payout("a", "RK-12-3", 1000), payout("b", "RK-1-23", 1000)];
    expect(matchStatement([line(-1000, "RK 1 23")], both, new Set())[0]).toMatchObject({ status: "matched", target: { id: "b" } });
    expect(matchStatement([line(-1000, "RK123")], both, new Set())[0]).toEqual(expect.objectContaining({ status: "unmatched" }));
  });

  it("a target matches at most one line; the second identical line is unmatched with a note", () => {
    const results = matchStatement([line(-1250000, "RK-12-1"), line(-1250000, "RK-12-1")], targets, new Set());
    expect(results.map((r) => r.status)).toEqual(["matched", "unmatched"]);
    expect(results[1]!.note).toBe("Reference RK-12-1 is already matched to another line.");
  });

  it("an exact line later in the file wins over an earlier wrong-amount line", () => {
    const results = matchStatement([line(-1000, "RK-12-1"), line(-1250000, "RK-12-1")], targets, new Set());
    expect(results.map((r) => r.status)).toEqual(["unmatched", "matched"]);
  });

  it("already matched targets are skipped, with a note", () => {
    expect(matchStatement([line(-1250000, "RK-12-1")], targets, new Set(["pi_1"]))[0]).toMatchObject({
      status: "unmatched",
      note: "Reference RK-12-1 was matched before (an earlier import or by hand).",
    });
  });

  it("a line naming an already-matched RK-12-3 is not handed to a shorter open reference RK-12", () => {
    const t = [payout("pi_3", "RK-12-3", 1000), payment("order_12", "RK-12", 1000)];
    expect(matchStatement([line(-1000, "RK-12-3")], t, new Set(["pi_3"]))[0]).toMatchObject({ status: "unmatched" });
    expect(matchStatement([line(1000, "RK-12 BAYAR")], t, new Set(["pi_3"]))[0]).toMatchObject({ status: "matched", target: { id: "order_12" } });
  });

  it("a line naming two references with neither amount is left unmatched with a note", () => {
    const [result] = matchStatement([line(-999, "", "RK-12-1 RK-12-2")], targets, new Set());
    expect(result).toMatchObject({ status: "unmatched", note: "The text names several references (RK-12-1, RK-12-2); match this line by hand." });
  });

  it("the most specific reference wins (ORD-1042-2 over ORD-1042)", () => {
    const t = [payment("p1", "ORD-1042", 100), payment("p2", "ORD-1042-2", 100)];
    expect(matchStatement([line(100, "ORD-1042-2")], t, new Set())[0]!.target!.id).toBe("p2");
  });

  it("is pure and deterministic", () => {
    const lines = [line(-1250000, "RK-12-1"), line(-1, "RK-12-2"), line(5, "x")];
    const ids = new Set<string>();
    const first = matchStatement(lines, targets, ids);
    expect(matchStatement(lines, targets, ids)).toEqual(first);
    expect(ids.size).toBe(0);
  });

  it("same statement imported twice: equal fingerprints let the caller skip lines it already has", () => {
    const csv = "Tanggal,Keterangan,Jumlah\n28/11/2026,TRSF RK-12-1 SITI,\"1.250.000,00 DB\"\n29/11/2026,SETORAN ORD-1042,350.000\n";
    const first = parseBankStatement(csv, "IDR").lines;
    const firstResults = matchStatement(first, targets, new Set());
    const stored = new Set(first.map((l) => l.fingerprint));
    const matchedIds = new Set(firstResults.flatMap((r) => (r.target ? [r.target.id] : [])));

    const again = parseBankStatement(csv, "IDR").lines;
    expect(again.map((l) => l.fingerprint)).toEqual(first.map((l) => l.fingerprint));
    expect(again.filter((l) => !stored.has(l.fingerprint))).toEqual([]);
    // even if the caller did not skip them, nothing is matched twice
    expect(matchStatement(again, targets, matchedIds).map((r) => r.status)).toEqual(["unmatched", "unmatched"]);
  });
});
