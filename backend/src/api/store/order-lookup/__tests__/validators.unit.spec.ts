import { ORDER_NUMBER_MESSAGE, StoreOrderLookup } from "../validators"

describe("order lookup body", () => {
  it("reads the order number however the buyer typed it, and the email trimmed and lower-cased", () => {
    for (const order_number of [1001, "1001", "#1001", "RK-1001", " rk-1001 "]) {
      expect(StoreOrderLookup.parse({ order_number, email: "  Sari@Example.COM " })).toEqual({
        order_number: 1001,
        email: "sari@example.com",
      })
    }
  })

  it("refuses what is not an order number, with a message that says what is expected", () => {
    for (const order_number of ["", "abc", "RK-", "10.5", 0, -4, 1.5, null, true, "1".repeat(50)]) {
      const result = StoreOrderLookup.safeParse({ order_number, email: "sari@example.com" })
      expect(result.success, String(order_number)).toBe(false)
      expect(JSON.stringify(result.error?.issues)).toContain("order_number")
    }
    const result = StoreOrderLookup.safeParse({ order_number: "abc", email: "sari@example.com" })
    expect(result.error?.issues[0].message).toBe(ORDER_NUMBER_MESSAGE)
  })

  it("refuses a missing or malformed email and unknown fields", () => {
    for (const body of [
      { order_number: 1001 },
      { order_number: 1001, email: "" },
      { order_number: 1001, email: "not an email" },
      { order_number: 1001, email: 5 },
      { order_number: 1001, email: "sari@example.com", extra: 1 },
      {},
    ]) {
      expect(StoreOrderLookup.safeParse(body).success, JSON.stringify(body)).toBe(false)
    }
  })
})
