import { describe, expect, it } from "vitest"
import { bestStock, leadTimeDaysOf, variantStock } from "./stock"

describe("variantStock", () => {
  it("is in stock with the quantity when some are left", () => {
    expect(variantStock({ id: "v", manage_inventory: true, inventory_quantity: 3 }, null)).toEqual({
      kind: "in_stock",
      quantity: 3,
    })
  })
  it("is made to order with the lead time when none are left and backorders are allowed", () => {
    expect(
      variantStock({ id: "v", manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }, 14)
    ).toEqual({ kind: "made_to_order", leadTimeDays: 14 })
  })
  it("is sold out when none are left and backorders are not allowed", () => {
    expect(variantStock({ id: "v", manage_inventory: true, allow_backorder: false, inventory_quantity: 0 }, 5)).toEqual({
      kind: "sold_out",
    })
  })
  it("is in stock when stock is not managed or the quantity is unknown", () => {
    expect(variantStock({ id: "v", manage_inventory: false, inventory_quantity: 0 }, null).kind).toBe("in_stock")
    expect(variantStock({ id: "v", manage_inventory: true }, null).kind).toBe("in_stock")
  })
})

describe("bestStock", () => {
  it("prefers in stock, then made to order, then sold out, summing known quantities", () => {
    expect(bestStock([{ kind: "sold_out" }, { kind: "made_to_order", leadTimeDays: 7 }])).toEqual({
      kind: "made_to_order",
      leadTimeDays: 7,
    })
    expect(
      bestStock([
        { kind: "in_stock", quantity: 2 },
        { kind: "made_to_order", leadTimeDays: 7 },
        { kind: "in_stock", quantity: 3 },
      ])
    ).toEqual({ kind: "in_stock", quantity: 5 })
    expect(bestStock([])).toEqual({ kind: "sold_out" })
  })
})

describe("leadTimeDaysOf", () => {
  it("reads a positive number of days from metadata", () => {
    expect(leadTimeDaysOf({ lead_time_days: 14 })).toBe(14)
    expect(leadTimeDaysOf({ lead_time_days: "5" })).toBe(5)
    expect(leadTimeDaysOf({ lead_time_days: -1 })).toBeNull()
    expect(leadTimeDaysOf({ lead_time_days: "soon" })).toBeNull()
    expect(leadTimeDaysOf(null)).toBeNull()
  })
})
