import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import regionsBankTransfer from "../../src/migration-scripts/regions-bank-transfer"
import { products as catalogue } from "../../src/scripts/seed/catalogue"
import { attempt, eventually, setUpDemoStore, type DemoStore } from "../helpers/makers"
import {
  AMSTERDAM_ADDRESS,
  BANK_TRANSFER,
  MEDAN_ADDRESS,
  completeCart,
  readyCart,
  variantOf,
} from "../helpers/checkout"
import { startStorefrontStandIn } from "../helpers/storefront-stand-in"

// Buyers browse, choose and order (docs/checkout-api.md): bank transfer, the order reference, order lookup,
// the gift note, the confirmation, stock refusals and made-to-order variants.

const SECRET = "test-revalidate-secret"
const GIFT_NOTE = "Selamat menikah, Dina & Raka! Semoga bahagia selalu. 🌸"
const LOOKUP_NOT_FOUND = "We could not find an order with this number and email address"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let storefront: Awaited<ReturnType<typeof startStorefrontStandIn>>

    // Seeded once: the runner snapshots the database after this hook and restores it before every test.
    beforeAll(async () => {
      storefront = await startStorefrontStandIn()
      process.env.STOREFRONT_URL = storefront.url
      process.env.REVALIDATE_SECRET = SECRET
      demo = await setUpDemoStore(getContainer(), api)
    })
    afterAll(() => storefront?.close())
    beforeEach(() => {
      storefront.calls.length = 0
      process.env.STOREFRONT_URL = storefront.url
      process.env.REVALIDATE_SECRET = SECRET
    })

    const store = () => demo.store
    const bankTransferOf = (orderId: string) => api.get(`/store/orders/${orderId}/bank-transfer`, store())
    const lookup = (body: unknown) => attempt(api.post("/store/order-lookup", body, store()))

    it("takes an IDR guest order of two makers' crafts with a gift note, paid by bank transfer and confirmed by staff", async () => {
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${demo.regionIds.Indonesia}`, store())
      expect(providers.payment_providers.map((p: { id: string }) => p.id)).toEqual([BANK_TRANSFER])
      // Without Stripe's keys there is no card payment, and its webhook refuses everything.
      const webhook = await attempt(api.post("/hooks/payment/stripe_stripe", { type: "payment_intent.succeeded" }))
      expect(webhook.status).toBe(400)
      expect(webhook.data.message).toBe("Stripe webhooks are not configured on this store")

      const rose = await variantOf(api, store(), "buket-mawar-abadi") // Kak Melati
      const mandala = await variantOf(api, store(), "mandala-dinding-samudra") // Rina
      const cartId = await readyCart(api, store(), {
        regionId: demo.regionIds.Indonesia,
        email: "Sari.Pembeli@Example.com",
        address: MEDAN_ADDRESS,
        lines: [
          { variant_id: rose, quantity: 2 },
          { variant_id: mandala, quantity: 1 },
        ],
        shipping: "Kurir (tarif rata)",
        metadata: { gift_note: GIFT_NOTE, locale: "id" },
      })
      const placed = await completeCart(api, store(), cartId)
      expect(placed.currency_code).toBe("idr")

      // The order: both items, the gift note and the locale carried over from the cart.
      const { data: orderData } = await api.get(
        `/admin/orders/${placed.id}?fields=id,display_id,email,total,metadata,items.product_handle,items.quantity,*payment_collections.payments`,
        demo.admin
      )
      const order = orderData.order
      expect(order.items.map((i: any) => [i.product_handle, i.quantity]).sort()).toEqual([
        ["buket-mawar-abadi", 2],
        ["mandala-dinding-samudra", 1],
      ])
      expect(order.metadata).toMatchObject({ gift_note: GIFT_NOTE, locale: "id" })
      // Prices: rose 185 000 × 2 + mandala 345 000 + courier 25 000.
      expect(order.total).toBe(185000 * 2 + 345000 + 25000)

      // How to pay: the demo account, the reference and the total.
      const { data } = await bankTransferOf(placed.id)
      expect(data).toEqual({
        bank_transfer: {
          bank_name: "Bank Contoh",
          account_name: "Yayasan Rumah Karya",
          account_number: "0000-1234-5678",
          reference: `RK-${order.display_id}`,
          amount: order.total,
          currency_code: "idr",
          status: "awaiting_payment",
        },
      })

      // The confirmation: one "order-placed" email to the buyer, with nothing about the makers.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const [notification] = (await eventually(async () => {
        const found = await notifications.listNotifications({ resource_id: placed.id, template: "order-placed" })
        return found.length ? found : null
      }))!
      expect(notification).toMatchObject({ channel: "email", to: order.email })
      expect(notification.data).toMatchObject({
        display_id: order.display_id,
        reference: `RK-${order.display_id}`,
        currency_code: "idr",
        locale: "id",
        gift_note: GIFT_NOTE,
        totals: { total: order.total, shipping: 25000 },
      })
      expect((notification.data as any).items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ title: "Buket Mawar Abadi", quantity: 2 }),
          expect.objectContaining({ title: "Mandala Dinding Samudra", quantity: 1 }),
        ])
      )
      expect(JSON.stringify(notification.data)).not.toMatch(/maker|legal|phone|whatsapp|kak-melati|rina/i)

      // The storefront is told the stock of both products changed.
      const call = (await eventually(() => storefront.calls.find((c) => c.tags.includes("product:buket-mawar-abadi"))))!
      expect(call.secret).toBe(SECRET)
      expect(call.tags).toEqual(expect.arrayContaining(["products", "product:buket-mawar-abadi", "product:mandala-dinding-samudra"]))

      // The buyer finds her order again: number as printed, any case of her email.
      for (const order_number of [order.display_id, String(order.display_id), `#${order.display_id}`, `RK-${order.display_id}`]) {
        const found = await lookup({ order_number, email: "sari.pembeli@EXAMPLE.com" })
        expect(found.status).toBe(200)
        expect(found.data).toEqual({ order: { id: placed.id } })
      }
      for (const wrong of [
        { order_number: order.display_id, email: "someone.else@example.com" },
        { order_number: order.display_id + 1000, email: "sari.pembeli@example.com" },
      ]) {
        const missed = await lookup(wrong)
        expect(missed.status).toBe(404)
        expect(missed.data.message).toBe(LOOKUP_NOT_FOUND)
      }
      for (const malformed of [
        { order_number: "abc", email: "sari.pembeli@example.com" },
        { order_number: order.display_id, email: "not-an-email" },
        { order_number: order.display_id },
        { order_number: order.display_id, email: "sari.pembeli@example.com", customer_id: "cus_1" },
      ]) {
        const refused = await lookup(malformed)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toEqual(expect.any(String))
      }
      expect((await attempt(api.post("/store/order-lookup", { order_number: 1, email: "a@example.com" }))).status).toBe(400)

      // Staff see the money on the bank statement and press "Mark as paid": the stock capture route.
      const payment = order.payment_collections[0].payments[0]
      expect(payment.provider_id).toBe(BANK_TRANSFER)
      await api.post(`/admin/payments/${payment.id}/capture`, {}, demo.admin)
      expect((await bankTransferOf(placed.id)).data.bank_transfer.status).toBe("paid")
    })

    it("takes a USD order from abroad, made-to-order bale included, and refuses unknown orders", async () => {
      const rose = await variantOf(api, store(), "buket-mawar-abadi")
      const bale = await variantOf(api, store(), "bale-pengantin-batak") // made to order, none in stock
      const cartId = await readyCart(api, store(), {
        regionId: demo.regionIds.International,
        email: "anna@example.com",
        address: AMSTERDAM_ADDRESS,
        lines: [
          { variant_id: rose, quantity: 1 },
          { variant_id: bale, quantity: 2 },
        ],
        shipping: "International courier (flat rate)",
        metadata: { locale: "en" },
      })
      const placed = await completeCart(api, store(), cartId)
      expect(placed.currency_code).toBe("usd")

      const { data } = await bankTransferOf(placed.id)
      expect(data.bank_transfer).toMatchObject({
        reference: `RK-${placed.display_id}`,
        amount: 14 + 89 * 2 + 18,
        currency_code: "usd",
        status: "awaiting_payment",
      })
      const [notification] = (await eventually(async () => {
        const found = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: placed.id, template: "order-placed" })
        return found.length ? found : null
      }))!
      expect(notification.data).toMatchObject({ locale: "en", currency_code: "usd", gift_note: null })

      const unknown = await attempt(bankTransferOf("order_01UNKNOWN"))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toEqual(expect.any(String))
      expect((await attempt(api.get(`/store/orders/${placed.id}/bank-transfer?fields=*`, store()))).status).toBe(400)
      expect((await attempt(api.get(`/store/orders/${placed.id}/bank-transfer`))).status).toBe(400) // no key
    })

    it("answers 404 for an order paid some other way", async () => {
      await updateRegionsWorkflow(getContainer()).run({
        input: { selector: { id: demo.regionIds.Indonesia }, update: { payment_providers: ["pp_system_default", BANK_TRANSFER] } },
      })
      const rose = await variantOf(api, store(), "buket-mawar-abadi")
      const { data } = await api.post("/store/carts", { region_id: demo.regionIds.Indonesia }, store())
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: rose, quantity: 1 }, store())
      await api.post(
        `/store/carts/${data.cart.id}`,
        { email: "sari@example.com", shipping_address: MEDAN_ADDRESS, billing_address: MEDAN_ADDRESS },
        store()
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${data.cart.id}`, store())
      await api.post(`/store/carts/${data.cart.id}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, store())
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store()
      )
      const order = await completeCart(api, store(), data.cart.id)
      const response = await attempt(bankTransferOf(order.id))
      expect(response.status).toBe(404)
      expect(response.data.message).toBe("No order paid by bank transfer with this id")

      // The migration for stores seeded before bank transfer existed: the placeholder goes, bank transfer stays.
      await regionsBankTransfer({ container: getContainer() })
      await regionsBankTransfer({ container: getContainer() })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: regions } = await query.graph({ entity: "region", fields: ["name", "payment_providers.id"] })
      for (const region of regions) expect(region.payment_providers!.map((p) => p!.id)).toEqual([BANK_TRANSFER])
    })

    it("refuses more than the stock of an in-stock variant, and lets made-to-order variants go beyond it", async () => {
      const bouquet = catalogue.find((p) => p.handle === "buket-pengantin-tangan")!
      const variant = await variantOf(api, store(), bouquet.handle)
      const { data } = await api.post("/store/carts", { region_id: demo.regionIds.Indonesia }, store())
      const cartId = data.cart.id
      const lineItems = `/store/carts/${cartId}/line-items`

      const tooMany = await attempt(api.post(lineItems, { variant_id: variant, quantity: bouquet.stock + 1 }, store()))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data).toEqual({
        type: "not_allowed",
        code: "insufficient_inventory",
        message: "Some variant does not have the required inventory",
      })
      expect((await api.get(`/store/carts/${cartId}`, store())).data.cart.items).toEqual([])

      const { data: added } = await api.post(lineItems, { variant_id: variant, quantity: 2 }, store())
      const line = added.cart.items[0]
      const raised = await attempt(api.post(`${lineItems}/${line.id}`, { quantity: bouquet.stock + 1 }, store()))
      expect(raised.status).toBe(400)
      expect(raised.data.code).toBe("insufficient_inventory")
      const again = await attempt(api.post(lineItems, { variant_id: variant, quantity: bouquet.stock - 1 }, store()))
      expect(again.status).toBe(400) // 2 in the cart + stock - 1 is more than the stock
      expect((await api.get(`/store/carts/${cartId}`, store())).data.cart.items.map((i: any) => i.quantity)).toEqual([2])

      // Sold out: nothing to add.
      const soldOut = await variantOf(api, store(), "hiasan-dinding-kupu-kupu")
      const none = await attempt(api.post(lineItems, { variant_id: soldOut, quantity: 1 }, store()))
      expect(none.status).toBe(400)
      expect(none.data.code).toBe("insufficient_inventory")

      // Made to order: one in stock, four ordered; the cap and whole numbers still hold.
      const sirih = await variantOf(api, store(), "bale-sirih-junjung")
      const { data: madeToOrder } = await api.post(lineItems, { variant_id: sirih, quantity: 4 }, store())
      expect(madeToOrder.cart.items.find((i: any) => i.variant_id === sirih).quantity).toBe(4)
      for (const quantity of [51, 2.5]) {
        const refused = await attempt(api.post(lineItems, { variant_id: sirih, quantity }, store()))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("quantity must be a whole number of at most 50")
      }
      const zero = await attempt(api.post(lineItems, { variant_id: sirih, quantity: 0 }, store()))
      expect(zero.status).toBe(400) // Medusa's own validation still applies
    })

    it("refuses to complete a cart whose stock another buyer took first", async () => {
      const bouquet = catalogue.find((p) => p.handle === "buket-pengantin-tangan")!
      const variant = await variantOf(api, store(), bouquet.handle)
      const cart = () =>
        readyCart(api, store(), {
          regionId: demo.regionIds.Indonesia,
          email: "sari@example.com",
          address: MEDAN_ADDRESS,
          lines: [{ variant_id: variant, quantity: bouquet.stock }],
          shipping: "Kurir (tarif rata)",
        })
      const [first, second] = [await cart(), await cart()]
      await completeCart(api, store(), first)
      const late = await attempt(api.post(`/store/carts/${second}/complete`, {}, store()))
      expect(late.status).toBe(400)
      expect(late.data).toEqual({
        type: "not_allowed",
        code: "insufficient_inventory",
        message: "Some variant does not have the required inventory",
      })
      const { data: still } = await api.get(`/store/carts/${second}?fields=id,completed_at,items.quantity`, store())
      expect(still.cart.completed_at).toBeNull()
      expect(still.cart.items.map((i: any) => i.quantity)).toEqual([bouquet.stock])
    })

    it("keeps a gift note of up to 500 characters on the cart and refuses a longer one", async () => {
      const { data } = await api.post("/store/carts", { region_id: demo.regionIds.Indonesia }, store())
      const cart = `/store/carts/${data.cart.id}`

      const long = await attempt(api.post(cart, { metadata: { gift_note: "a".repeat(501) } }, store()))
      expect(long.status).toBe(400)
      expect(long.data.message).toBe("metadata.gift_note must be text of at most 500 characters")
      const atCreation = await attempt(
        api.post("/store/carts", { region_id: demo.regionIds.Indonesia, metadata: { gift_note: "a".repeat(501) } }, store())
      )
      expect(atCreation.status).toBe(400)

      const { data: kept } = await api.post(cart, { metadata: { gift_note: "a".repeat(500), locale: "en" } }, store())
      expect(kept.cart.metadata).toMatchObject({ gift_note: "a".repeat(500), locale: "en" })
      // Medusa's validation of the rest of the body is untouched.
      expect((await attempt(api.post(cart, { email: "not an email" }, store()))).status).toBe(400)
      expect((await attempt(api.post(cart, { metadata: { gift_note: 42 } }, store()))).status).toBe(400)
    })

    it("shows each product's lead time, care notes and stock state", async () => {
      const { data } = await api.get(
        "/store/products?limit=100&fields=handle,metadata,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
        store()
      )
      const state = (v: any) =>
        v.manage_inventory && !v.allow_backorder && v.inventory_quantity <= 0
          ? "sold_out"
          : v.allow_backorder && v.inventory_quantity <= 0
            ? "made_to_order"
            : "in_stock"
      const states = new Map<string, string>(data.products.map((p: any) => [p.handle, state(p.variants[0])]))
      expect([...states].filter(([, s]) => s === "sold_out").map(([h]) => h)).toEqual(["hiasan-dinding-kupu-kupu"])
      expect(states.get("bale-pengantin-batak")).toBe("made_to_order")
      expect(states.get("buket-mawar-abadi")).toBe("in_stock")
      for (const product of data.products) {
        expect(product.metadata.lead_time_days, product.handle).toEqual(expect.any(Number))
        expect(product.metadata.care_id, product.handle).toEqual(expect.any(String))
        expect(product.metadata.care_en, product.handle).toEqual(expect.any(String))
      }
    })
  },
})
