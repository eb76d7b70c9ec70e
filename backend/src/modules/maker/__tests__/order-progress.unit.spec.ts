import {
  compareMakerItems,
  dueBy,
  HANDOVER_DAYS,
  isMadeToOrder,
  isOrderPaid,
  itemStatus,
  leadTimeDays,
  type MakerItemStatus,
} from "../order-progress"

const PLACED = "2026-03-01T08:30:00.000Z"

describe("isOrderPaid", () => {
  it("needs a captured payment that is not canceled, on an order that is neither canceled nor a draft", () => {
    const captured = { captured_at: "2026-03-02T00:00:00Z", canceled_at: null }
    expect(isOrderPaid("pending", [captured])).toBe(true)
    expect(isOrderPaid("completed", [{ captured_at: null }, captured])).toBe(true)
    expect(isOrderPaid("pending", [{ captured_at: null, canceled_at: null }])).toBe(false)
    expect(isOrderPaid("pending", [{ ...captured, canceled_at: "2026-03-03T00:00:00Z" }])).toBe(false)
    expect(isOrderPaid("pending", [])).toBe(false)
    expect(isOrderPaid("canceled", [captured])).toBe(false)
    expect(isOrderPaid("draft", [captured])).toBe(false)
  })
})

describe("made to order and lead time", () => {
  it("reads allow_backorder or metadata.made_to_order", () => {
    expect(isMadeToOrder({ allow_backorder: true }, {})).toBe(true)
    expect(isMadeToOrder({ allow_backorder: false }, { made_to_order: true })).toBe(true)
    expect(isMadeToOrder({ allow_backorder: false }, { made_to_order: "yes" })).toBe(false)
    expect(isMadeToOrder(null, null)).toBe(false)
  })

  it("takes whole days 1..365, as a number or a numeric string", () => {
    expect(leadTimeDays({ lead_time_days: 21 })).toBe(21)
    expect(leadTimeDays({ lead_time_days: "14" })).toBe(14)
    for (const bad of [0, -3, 2.5, 366, "", "abc", null, true]) expect(leadTimeDays({ lead_time_days: bad })).toBeNull()
    expect(leadTimeDays(null)).toBeNull()
  })

  it("is due lead time days after placing when made to order, HANDOVER_DAYS otherwise", () => {
    expect(dueBy(PLACED, true, 21).toISOString()).toBe("2026-03-22T08:30:00.000Z")
    expect(dueBy(PLACED, false, 21).toISOString()).toBe("2026-03-03T08:30:00.000Z")
    expect(dueBy(PLACED, true, null).getTime() - new Date(PLACED).getTime()).toBe(HANDOVER_DAYS * 86_400_000)
  })
})

describe("itemStatus", () => {
  const base = { quantity: 2, fulfilled_quantity: 0, ready_at: null, made_to_order: false }
  it("is shipped once the whole quantity is fulfilled, whatever else", () => {
    expect(itemStatus({ ...base, fulfilled_quantity: 2, ready_at: PLACED })).toBe("shipped")
    expect(itemStatus({ ...base, fulfilled_quantity: 1 })).toBe("to_hand_over")
  })
  it("is ready when marked, else to_make or to_hand_over", () => {
    expect(itemStatus({ ...base, ready_at: PLACED })).toBe("ready")
    expect(itemStatus({ ...base, made_to_order: true })).toBe("to_make")
    expect(itemStatus(base)).toBe("to_hand_over")
  })
})

describe("compareMakerItems", () => {
  const item = (id: string, status: MakerItemStatus, due_by: string, placed_at = PLACED) => ({ id, status, due_by, placed_at })
  it("puts open items first by due date, then shipped ones newest first", () => {
    const items = [
      item("a", "shipped", "2026-03-03T00:00:00.000Z", "2026-03-01T00:00:00.000Z"),
      item("b", "to_make", "2026-03-20T00:00:00.000Z"),
      item("c", "shipped", "2026-03-05T00:00:00.000Z", "2026-03-02T00:00:00.000Z"),
      item("d", "ready", "2026-03-03T00:00:00.000Z"),
      item("e", "to_hand_over", "2026-03-03T00:00:00.000Z"),
    ]
    expect(items.sort(compareMakerItems).map((i) => i.id)).toEqual(["d", "e", "b", "c", "a"])
  })
})
