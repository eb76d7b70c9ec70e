import { findOrderReference, orderReference, parseOrderNumber } from "../reference"

describe("order reference", () => {
  it("is RK- and the display_id", () => {
    expect(orderReference(1001)).toBe("RK-1001")
    expect(orderReference("7")).toBe("RK-7")
  })

  it("refuses what is not a display_id", () => {
    for (const bad of [0, -1, 1.5, "", "abc", "01"]) expect(() => orderReference(bad as number)).toThrow()
  })

  it("reads back what a buyer types", () => {
    for (const typed of [1001, "1001", "#1001", "RK-1001", "rk-1001", " RK1001 ", "RK 1001", "# 1001"]) {
      expect(parseOrderNumber(typed), String(typed)).toBe(1001)
    }
    expect(parseOrderNumber(orderReference(42))).toBe(42)
  })

  it("returns null for anything else", () => {
    for (const typed of ["", "RK-", "RK-10a", "ORDER 1001", "1001.5", "-1", "0", 0, 2.5, -3, null, undefined, {}, "RK--1", "99999999999999999"]) {
      expect(parseOrderNumber(typed), String(typed)).toBeNull()
    }
  })

  it("finds a reference in a bank statement line", () => {
    expect(findOrderReference("TRF 28/11 RK-1001 SARI P")).toBe(1001)
    expect(findOrderReference("transfer rk 12 for flowers")).toBe(12)
    expect(findOrderReference("TRF 1001 SARI")).toBeNull()
  })
})
