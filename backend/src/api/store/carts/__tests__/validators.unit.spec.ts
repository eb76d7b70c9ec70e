import { CartGiftNote, CartLineQuantity, GIFT_NOTE_MESSAGE, QUANTITY_MESSAGE } from "../validators"

describe("cart body checks", () => {
  it("accepts a gift note of up to 500 characters, counting an emoji as one", () => {
    for (const gift_note of ["Selamat menikah!", "a".repeat(500), "🌸".repeat(500), null, undefined]) {
      expect(CartGiftNote.safeParse({ metadata: { gift_note, locale: "id" } }).success).toBe(true)
    }
    expect(CartGiftNote.safeParse({ email: "x@example.com" }).success).toBe(true)
  })

  it("refuses a longer gift note or one that is not text", () => {
    for (const gift_note of ["a".repeat(501), 42, { text: "hi" }]) {
      const result = CartGiftNote.safeParse({ metadata: { gift_note } })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0].message).toBe(GIFT_NOTE_MESSAGE)
    }
  })

  it("leaves other metadata shapes and other keys to Medusa", () => {
    expect(CartGiftNote.safeParse({ metadata: "oops", region_id: 5 }).success).toBe(true)
  })

  it("caps a line's quantity at a whole number up to 50", () => {
    for (const quantity of [1, 50, 0, undefined, "3"]) expect(CartLineQuantity.safeParse({ quantity }).success).toBe(true)
    for (const quantity of [51, 1.5, 1000]) {
      const result = CartLineQuantity.safeParse({ quantity, variant_id: "variant_1" })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0].message).toBe(QUANTITY_MESSAGE)
    }
  })
})
