import { orderConfirmationData, orderLocale } from "../_order-confirmation"
import { productRevalidationTags } from "../_storefront-revalidation"

describe("order confirmation", () => {
  const order = {
    id: "order_1",
    display_id: 1001,
    email: "sari@example.com",
    currency_code: "idr",
    locale: null,
    metadata: { gift_note: "Selamat!", locale: "en" },
    item_subtotal: 370000,
    shipping_total: 25000,
    discount_total: 0,
    tax_total: 0,
    total: 395000,
    items: [
      { product_title: "Buket Mawar Abadi", title: "Merah / Kecil", variant_title: "Merah / Kecil", quantity: 2, total: 370000 },
    ],
  }

  it("says what was ordered, the reference and the totals, in the buyer's language", () => {
    expect(orderConfirmationData(order)).toEqual({
      order_id: "order_1",
      display_id: 1001,
      reference: "RK-1001",
      currency_code: "idr",
      locale: "en",
      gift_note: "Selamat!",
      items: [{ title: "Buket Mawar Abadi", variant: "Merah / Kecil", quantity: 2, total: 370000 }],
      totals: { items: 370000, shipping: 25000, discount: 0, tax: 0, total: 395000 },
    })
  })

  it("reads amounts given as Medusa's big numbers", () => {
    const data = orderConfirmationData({ ...order, total: { value: "12.5", precision: 20 } as never })
    expect(data.totals.total).toBe(12.5)
  })

  it("takes the locale from metadata, then the order, and ignores anything that is not a locale", () => {
    expect(orderLocale({ metadata: { locale: "id" }, locale: "en" })).toBe("id")
    expect(orderLocale({ metadata: {}, locale: "en-US" })).toBe("en-US")
    expect(orderLocale({ metadata: { locale: "<script>" }, locale: null })).toBeNull()
  })
})

describe("stock revalidation tags", () => {
  it("names the product lists and each ordered product once", () => {
    expect(productRevalidationTags(["buket-mawar-abadi", null, "bale-pengantin-batak", "buket-mawar-abadi"])).toEqual([
      "products",
      "product:buket-mawar-abadi",
      "product:bale-pengantin-batak",
    ])
  })
})
