import { describe, expect, it } from "vitest"
import { hasPrice, toCart, toShippingOption } from "./cart"
import { isOrderId, orderNumber, toOrder } from "./orders"

const rawCart = {
  id: "cart_01M8J51DWMW58WE56FEG83PVEQ",
  currency_code: "USD",
  region_id: "reg_1",
  email: null,
  customer_id: null,
  completed_at: null,
  metadata: { gift_note: "Selamat!", locale: "en" },
  item_subtotal: 115,
  subtotal: 115,
  shipping_total: 0,
  tax_total: 0,
  discount_total: 0,
  total: 115,
  items: [
    {
      id: "cali_1",
      quantity: 2,
      unit_price: 44.5,
      subtotal: 89,
      total: 89,
      thumbnail: null,
      product_id: "prod_1",
      product_title: "Buket Mawar Abadi",
      product_handle: "buket-mawar-abadi",
      variant_id: "variant_1",
      variant_title: "Merah / Kecil",
    },
    {
      id: "cali_2",
      quantity: 1,
      unit_price: 26,
      subtotal: null,
      total: null,
      thumbnail: null,
      product_id: "prod_2",
      product_title: "Mandala",
      product_handle: "mandala",
      variant_id: "variant_2",
      variant_title: "Default variant",
    },
  ],
  shipping_address: null,
  shipping_methods: [{ shipping_option_id: "so_1" }],
  region: { countries: [{ iso_2: "SG" }, { iso_2: "us" }] },
  payment_collection: { id: "paycol_1", payment_sessions: [{ provider_id: "pp_bank-transfer_bank-transfer" }] },
}

const products = [
  {
    id: "prod_1",
    handle: "buket-mawar-abadi",
    title: "Buket Mawar Abadi",
    metadata: { title_en: "Everlasting Rose Bouquet" },
    options: [
      { id: "opt_c", title: "Warna" },
      { id: "opt_s", title: "Ukuran" },
    ],
    variants: [
      {
        id: "variant_1",
        metadata: { colour_en: "Red", size_en: "Small" },
        options: [
          { option_id: "opt_c", value: "Merah" },
          { option_id: "opt_s", value: "Kecil" },
        ],
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 3,
      },
    ],
  },
]

describe("toCart", () => {
  it("shows lines in English with the products' translations and their stock", () => {
    const cart = toCart(rawCart, products, "en")
    expect(cart).toMatchObject({
      currencyCode: "usd",
      giftNote: "Selamat!",
      itemCount: 3,
      total: 115,
      shippingOptionId: "so_1",
      countries: ["sg", "us"],
      paymentCollectionId: "paycol_1",
      hasBankTransferSession: true,
      completed: false,
    })
    expect(cart.lines[0]).toMatchObject({
      productTitle: "Everlasting Rose Bouquet",
      variantLabel: "Red / Small",
      subtotal: 89,
      stock: { kind: "in_stock", quantity: 3 },
    })
    // Without product data: Medusa's own titles; a default variant has no label; the subtotal is computed.
    expect(cart.lines[1]).toMatchObject({ productTitle: "Mandala", variantLabel: null, subtotal: 26, stock: null })
  })

  it("keeps Indonesian as stored", () => {
    const cart = toCart(rawCart, products, "id")
    expect(cart.lines[0]).toMatchObject({ productTitle: "Buket Mawar Abadi", variantLabel: "Merah / Kecil" })
  })
})

describe("shipping options", () => {
  it("keep only those priced in the cart's currency, with their type's code", () => {
    const priced = { id: "so_1", name: "Kurir", calculated_price: { calculated_amount: 25000 }, type: { code: "courier" } }
    expect(hasPrice(priced)).toBe(true)
    expect(hasPrice({ id: "so_2", name: "x" })).toBe(false)
    expect(toShippingOption(priced)).toEqual({ id: "so_1", name: "Kurir", code: "courier", amount: 25000 })
    expect(toShippingOption({ id: "so_3", name: "Free", amount: 0 })).toEqual({ id: "so_3", name: "Free", code: null, amount: 0 })
  })
})

describe("orders", () => {
  it("are numbered RK-<display id>, and their ids checked before any request", () => {
    expect(orderNumber(1001)).toBe("RK-1001")
    expect(isOrderId("order_01M8J6BWV5YEXD8526JPV87CY9")).toBe(true)
    expect(isOrderId("order_../../admin")).toBe(false)
  })

  it("become the confirmation's view", () => {
    const order = toOrder({
      id: "order_1",
      display_id: 7,
      status: "pending",
      email: "a@b.co",
      currency_code: "IDR",
      created_at: "2026-11-28T00:00:00Z",
      metadata: { gift_note: "  " },
      item_subtotal: 370000,
      shipping_total: 25000,
      tax_total: null,
      discount_total: 0,
      total: 395000,
      items: [
        {
          id: "ordli_1",
          title: "Default",
          product_title: "Buket",
          variant_title: "Default variant",
          thumbnail: null,
          quantity: 2,
          unit_price: 185000,
          subtotal: null,
          product_handle: "buket",
        },
      ],
      shipping_address: null,
      shipping_methods: [{ name: "Kurir (tarif rata)" }],
    })
    expect(order).toMatchObject({ number: "RK-7", currencyCode: "idr", giftNote: null, taxTotal: 0, shippingMethod: "Kurir (tarif rata)" })
    expect(order.lines[0]).toEqual({ id: "ordli_1", title: "Buket", variant: null, thumbnail: null, quantity: 2, unitPrice: 185000, subtotal: 370000 })
  })
})
