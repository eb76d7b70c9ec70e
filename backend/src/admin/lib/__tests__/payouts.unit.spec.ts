import { describe, expect, it } from "vitest"
import {
  balanceTotals,
  batchLabel,
  defaultPeriod,
  endOfDay,
  filenameOf,
  formatDifference,
  formatMoney,
  groupLines,
  isoDay,
  itemMakerName,
  periodQuery,
  toImportResult,
  toReconLine,
  transferFilename,
} from "../payouts"

// Intl's spaces vary by locale data; compare digits and signs only.
const digits = (text: string) => text.replace(/[^\d.,+\u2212-]/g, "")

describe("money in the payouts pages", () => {
  it("shows IDR without cents and USD with cents", () => {
    expect(digits(formatMoney(1250000, "idr"))).not.toMatch(/[.,]00$/)
    expect(formatMoney(1250000, "IDR")).toMatch(/1[.,]250[.,]000$/)
    expect(formatMoney(12.5, "usd")).toMatch(/12\.50/)
    expect(formatMoney(null, "idr")).toBe("—")
    expect(formatMoney(Number.NaN, "idr")).toBe("—")
  })

  it("signs differences", () => {
    expect(formatDifference(5000, "idr").startsWith("+")).toBe(true)
    expect(formatDifference(-5000, "idr").startsWith("\u2212")).toBe(true)
    expect(formatDifference(0, "idr")).toBe(formatMoney(0, "idr"))
  })

  it("sums a balances table", () => {
    const maker = { id: "m", display_name: "Sari" }
    const row = { maker, currency: "idr", pending: 1, available: 2, in_payout: 3, paid_out: 4, earned: 10, reversed: 0 }
    expect(balanceTotals([row, { ...row, pending: 10 }])).toEqual({ pending: 11, available: 4, in_payout: 6, paid_out: 8 })
  })
})

describe("periods and names", () => {
  it("defaults to the first of last month up to today", () => {
    expect(defaultPeriod(new Date(2026, 0, 15))).toEqual({ from: "2025-12-01", to: "2026-01-15" })
    expect(isoDay(new Date(2026, 10, 5))).toBe("2026-11-05")
  })

  it("sends a period of days as moments in Medan's time, the last day included", () => {
    expect(periodQuery({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      from: "2026-11-01T00:00:00+07:00",
      to: "2026-11-30T23:59:59.999+07:00",
    })
    expect(periodQuery({ from: "", to: "nope" })).toEqual({ from: undefined, to: undefined })
    expect(new Date(endOfDay("2026-11-30")).toISOString()).toBe("2026-11-30T16:59:59.999Z")
  })

  it("names the transfer file after the batch", () => {
    expect(transferFilename({ id: "pbat_1", seq: 12, currency: "idr" })).toBe("transfer-batch-12-IDR.csv")
    expect(batchLabel({ id: "pbat_1", seq: 12 })).toBe("#12")
    expect(batchLabel({ id: "pbat_1" })).toBe("pbat_1")
    expect(transferFilename({ id: "pbat/1", currency: "usd" })).toBe("transfer-pbat_1-USD.csv")
  })

  it("keeps the server's filename when it is a plain one", () => {
    expect(filenameOf('attachment; filename="payout-batch-12-IDR.csv"')).toBe("payout-batch-12-IDR.csv")
    expect(filenameOf('attachment; filename="../../etc/passwd"')).toBeNull()
    expect(filenameOf(null)).toBeNull()
  })

  it("finds the maker's name on an item whichever way it comes", () => {
    const item = { id: "i", maker_id: "mkr_1", currency: "idr", amount: 1, reference: "RK-1-1", status: "reserved" as const, transfer_reference: null, settled_at: null, note: null }
    expect(itemMakerName({ ...item, maker: { id: "mkr_1", display_name: "Sari" } })).toBe("Sari")
    expect(itemMakerName({ ...item, maker_display_name: "Rina" })).toBe("Rina")
    expect(itemMakerName(item)).toBe("mkr_1")
  })
})

describe("statement lines", () => {
  const row = {
    id: "stln_1",
    line: 3,
    date: "2026-11-28",
    amount: -250000,
    reference: "RK-12-1",
    description: "TRF RK-12-1 SARI",
    status: "mismatched",
    target_kind: "payout_item",
    target_id: "pitem_1",
    difference: "-5000",
    note: null,
  }

  it("reads a statement_line row", () => {
    expect(toReconLine(row)).toEqual({
      id: "stln_1",
      line: 3,
      date: "2026-11-28",
      amount: -250000,
      reference: "RK-12-1",
      description: "TRF RK-12-1 SARI",
      status: "mismatched",
      target_kind: "payout_item",
      target_id: "pitem_1",
      target_reference: null,
      difference: -5000,
      note: null,
    })
  })

  it("reads a match result ({ line, status, target, difference })", () => {
    const result = {
      statement_line_id: "stln_2",
      line: { line: 4, date: "2026-11-29", amount: 185000, reference: "BT-ABC", description: "Transfer BT-ABC", fingerprint: "x" },
      status: "matched",
      target: { id: "pay_1", kind: "order_payment", reference: "BT-ABC", amount: 185000, currency: "idr" },
    }
    expect(toReconLine(result)).toMatchObject({
      id: "stln_2",
      line: 4,
      amount: 185000,
      status: "matched",
      target_kind: "order_payment",
      target_id: "pay_1",
      target_reference: "BT-ABC",
      difference: null,
    })
  })

  it("groups lines by status in file order, and reads an import answer", () => {
    const answer = toImportResult({
      import: { id: "stimp_1", kind: "bank", filename: "nov.csv", currency: "idr", line_count: 3 },
      results: [
        { ...row, line: 5, status: "unmatched" },
        { ...row, line: 1, status: "matched" },
        row,
      ],
      summary: { matched: 1, mismatched: 1, unmatched: 1, duplicate_lines_skipped: 2 },
    })
    expect(answer.import.id).toBe("stimp_1")
    expect(answer.summary).toEqual({ matched: 1, mismatched: 1, unmatched: 1, duplicate_lines_skipped: 2 })
    const groups = groupLines(answer.lines)
    expect(groups.matched.map((l) => l.line)).toEqual([1])
    expect(groups.mismatched.map((l) => l.line)).toEqual([3])
    expect(groups.unmatched.map((l) => l.line)).toEqual([5])
    // GET /admin/payouts/statements/:id may name them `lines` and have no summary.
    expect(toImportResult({ import: { id: "stimp_1" }, lines: [row] }).lines).toHaveLength(1)
    expect(toImportResult({ import: { id: "stimp_1" }, lines: [row] }).summary).toBeNull()
    // GET /admin/payouts/statements/:id names the import `statement`; lines carry a described `target`.
    const saved = toImportResult({
      statement: { id: "stimp_2", kind: "bank", filename: "nov.csv", currency: "IDR", line_count: 1 },
      lines: [
        {
          ...row,
          target_kind: undefined,
          target_id: undefined,
          status: "matched",
          target: { kind: "payout_item", id: "pitem_9", reference: "RKP-12-3", amount: 250000, status: "paid", maker: { id: "m", display_name: "Sari" } },
        },
      ],
    })
    expect(saved.import.id).toBe("stimp_2")
    expect(saved.lines[0]).toMatchObject({ target_kind: "payout_item", target_id: "pitem_9", target_reference: "RKP-12-3 · Sari" })
    // Stripe lines are matched to card transactions.
    expect(toReconLine({ ...row, target_kind: "card_transaction" }).target_kind).toBe("card_transaction")
    expect(toReconLine({ ...row, target_kind: "something" }).target_kind).toBeNull()
  })
})
