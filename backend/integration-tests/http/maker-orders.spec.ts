import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HANDOVER_DAYS } from "../../src/modules/maker/order-progress"
import { BANK_TRANSFER, MEDAN_ADDRESS, completeCart, readyCart, variantOf } from "../helpers/checkout"
import { attempt, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"

// Her orders (docs/maker-portal-api.md, "Her orders"): a maker sees her own line items of paid orders, with
// when each is due and where it stands, and nothing of the buyer; she marks an item ready and staff see it on
// the order page. All cases live in this one file: each file costs a database set-up.

const DAY_MS = 24 * 60 * 60 * 1000
const BUYER_EMAIL = "sari.pembeli@example.com"
/** Everything of the buyer that must never reach a maker. */
const BUYER_VALUES = [
  BUYER_EMAIL,
  "Sari",
  "Pembeli",
  MEDAN_ADDRESS.address_1,
  MEDAN_ADDRESS.phone,
  MEDAN_ADDRESS.postal_code,
]

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    // Seeded once: the runner snapshots the database after this hook and restores it before every test.
    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    const expectStatus = (response: any, code: number) =>
      expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(code)

    /** Staff invite the maker with this handle and she accepts: her id and portal token. */
    const makerLogin = async (handle: string, email: string) => {
      const id = await makerIdByHandle(api, demo.admin, handle)
      const { data } = await api.post(`/admin/makers/${id}/invite`, {}, demo.admin)
      const accepted = await attempt(api.post("/maker/invites/accept", { code: data.invite.code, identifier: email, password: "482913" }))
      expectStatus(accepted, 200)
      return { id, auth: bearer(accepted.data.token as string) }
    }

    /**
     * A buyer's IDR order by bank transfer: two roses (Kak Melati, from stock), one bale (Ibu Sondang, made to
     * order, 21 days) and one mandala (Rina, from stock).
     */
    const placeOrder = async () => {
      const store = demo.store
      const cartId = await readyCart(api, store, {
        regionId: demo.regionIds.Indonesia,
        email: BUYER_EMAIL,
        address: MEDAN_ADDRESS,
        lines: [
          { variant_id: await variantOf(api, store, "buket-mawar-abadi"), quantity: 2 },
          { variant_id: await variantOf(api, store, "bale-pengantin-batak"), quantity: 1 },
          { variant_id: await variantOf(api, store, "mandala-dinding-samudra"), quantity: 1 },
        ],
        shipping: "Kurir (tarif rata)",
      })
      const order = await completeCart(api, store, cartId)
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=id,created_at,items.id,items.product_handle,*payment_collections.payments`,
        demo.admin
      )
      const itemOf = (handle: string) => data.order.items.find((i: any) => i.product_handle === handle).id as string
      return {
        id: order.id as string,
        display_id: order.display_id as number,
        placed_at: data.order.created_at as string,
        payment: data.order.payment_collections[0].payments[0] as { id: string; provider_id: string },
        rose: itemOf("buket-mawar-abadi"),
        bale: itemOf("bale-pengantin-batak"),
        mandala: itemOf("mandala-dinding-samudra"),
      }
    }
    /** Staff see the money on the bank statement and press "Mark as paid" (the order widget's capture). */
    const confirmTransfer = async (order: Awaited<ReturnType<typeof placeOrder>>) => {
      expect(order.payment.provider_id).toBe(BANK_TRANSFER)
      await api.post(`/admin/payments/${order.payment.id}/capture`, {}, demo.admin)
    }
    const herOrders = async (auth: { headers: Record<string, string> }) => {
      const response = await attempt(api.get("/maker/orders", auth))
      expectStatus(response, 200)
      return response.data.items as any[]
    }
    const markReady = (itemId: string, auth?: { headers: Record<string, string> }, body: unknown = {}) =>
      attempt(api.post(`/maker/orders/items/${itemId}/ready`, body, auth))
    const makerItems = async (orderId: string) => {
      const response = await attempt(api.get(`/admin/orders/${orderId}/maker-items`, demo.admin))
      expectStatus(response, 200)
      return response.data
    }
    const plusDays = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * DAY_MS).toISOString()

    it("lists her items of paid orders only, with due dates, and nothing of the buyer", async () => {
      const melati = await makerLogin("kak-melati", "melati@example.com")
      const sondang = await makerLogin("ibu-sondang", "sondang@example.com")
      const order = await placeOrder()

      // Awaiting the buyer's transfer: no maker sees the order yet, and she cannot mark its items.
      expect(await herOrders(melati.auth)).toEqual([])
      expect(await herOrders(sondang.auth)).toEqual([])
      const early = await markReady(order.rose, melati.auth)
      expectStatus(early, 404)
      expect(early.data).toEqual({ type: "not_found", message: "Order item not found" })
      const unpaid = await makerItems(order.id)
      expect(unpaid.paid).toBe(false)
      expect(unpaid.items.every((i: any) => i.ready_at === null)).toBe(true)

      await confirmTransfer(order)

      const melatiItems = await herOrders(melati.auth)
      expect(melatiItems).toEqual([
        {
          id: order.rose,
          order_id: order.id,
          order_display_id: order.display_id,
          placed_at: order.placed_at,
          product_id: expect.any(String),
          title: expect.any(String),
          variant_title: expect.any(String),
          thumbnail: expect.any(String),
          quantity: 2,
          made_to_order: false,
          due_by: plusDays(order.placed_at, HANDOVER_DAYS),
          status: "to_hand_over",
          ready_at: null,
        },
      ])
      const sondangItems = await herOrders(sondang.auth)
      expect(sondangItems).toHaveLength(1)
      expect(sondangItems[0]).toMatchObject({
        id: order.bale,
        quantity: 1,
        made_to_order: true,
        due_by: plusDays(order.placed_at, 21), // bale-pengantin-batak: lead_time_days 21
        status: "to_make",
        ready_at: null,
      })

      // Only her items: Rina's mandala and the other's item are in the same order, and not shown.
      for (const [items, others] of [
        [melatiItems, [order.bale, order.mandala]],
        [sondangItems, [order.rose, order.mandala]],
      ] as const) {
        const body = JSON.stringify(items)
        for (const other of others) expect(body).not.toContain(other)
      }

      // Nothing of the buyer anywhere in what a maker receives.
      for (const response of [melatiItems, sondangItems]) {
        const body = JSON.stringify(response)
        for (const value of BUYER_VALUES) expect(body.toLowerCase()).not.toContain(value.toLowerCase())
        expect(body).not.toMatch(/email|address|phone|customer|shipping|total|price/i)
      }
    })

    it("she marks an item ready, once; staff see when and by whom; another maker gets a 404", async () => {
      const melati = await makerLogin("kak-melati", "melati@example.com")
      const sondang = await makerLogin("ibu-sondang", "sondang@example.com")
      const order = await placeOrder()
      await confirmTransfer(order)

      const before = Date.now()
      const marked = await markReady(order.rose, melati.auth)
      expectStatus(marked, 200)
      expect(marked.data.item).toMatchObject({ id: order.rose, status: "ready", ready_at: expect.any(String) })
      const readyAt = marked.data.item.ready_at as string
      expect(new Date(readyAt).getTime()).toBeGreaterThanOrEqual(before - 1000)

      // Idempotent: marking it again (here without a body, as the portal may send it) keeps the first moment.
      const again = await markReady(order.rose, melati.auth, null)
      expectStatus(again, 200)
      expect(again.data.item.ready_at).toBe(readyAt)
      expect((await herOrders(melati.auth))[0]).toMatchObject({ id: order.rose, status: "ready", ready_at: readyAt })

      // Another maker cannot mark it (nor learn that it exists); nor can anyone mark an unknown item.
      for (const [itemId, auth] of [
        [order.rose, sondang.auth],
        [order.mandala, sondang.auth],
        [order.bale, melati.auth],
        ["ordli_unknown", melati.auth],
      ] as const) {
        const refused = await markReady(itemId, auth)
        expectStatus(refused, 404)
        expect(refused.data).toEqual({ type: "not_found", message: "Order item not found" })
      }

      // Unknown fields are refused.
      const extra = await markReady(order.rose, melati.auth, { ready_at: "2020-01-01T00:00:00Z" })
      expectStatus(extra, 400)
      expect(extra.data.type).toBe("invalid_data")
      expect(extra.data.message).toMatch(/^Invalid request/)
      expectStatus(await attempt(api.get("/maker/orders?fields=*", melati.auth)), 400)

      // Staff see every item of the order with its maker, status and ready time.
      const staff = await makerItems(order.id)
      expect(staff.paid).toBe(true)
      expect(staff.items).toHaveLength(3)
      const byId = new Map(staff.items.map((i: any) => [i.id, i]))
      expect(byId.get(order.rose)).toMatchObject({
        quantity: 2,
        maker: { id: melati.id, display_name: expect.any(String) },
        status: "ready",
        ready_at: readyAt,
        marked_by: melati.id,
        due_by: plusDays(order.placed_at, HANDOVER_DAYS),
        made_to_order: false,
      })
      expect(byId.get(order.bale)).toMatchObject({
        maker: { id: sondang.id },
        status: "to_make",
        ready_at: null,
        marked_by: null,
        due_by: plusDays(order.placed_at, 21),
        made_to_order: true,
      })
      expect(byId.get(order.mandala)).toMatchObject({ status: "to_hand_over", ready_at: null })
    })

    it("refuses requests without her login, and maker tokens on the admin route", async () => {
      const melati = await makerLogin("kak-melati", "melati@example.com")
      const order = await placeOrder()
      await confirmTransfer(order)

      expectStatus(await attempt(api.get("/maker/orders")), 401)
      expectStatus(await markReady(order.rose), 401)
      expectStatus(await markReady(order.rose, bearer("not-a-token")), 401)
      expectStatus(await attempt(api.get(`/admin/orders/${order.id}/maker-items`, melati.auth)), 401)
      expectStatus(await attempt(api.get(`/admin/orders/${order.id}/maker-items`)), 401)
      expectStatus(await attempt(api.get("/admin/orders/order_unknown/maker-items", demo.admin)), 404)
      expect((await makerItems(order.id)).items.every((i: any) => i.ready_at === null)).toBe(true)
    })

    it("drops a canceled order from her list, and shows a fulfilled item as shipped", async () => {
      const melati = await makerLogin("kak-melati", "melati@example.com")
      const canceled = await placeOrder()
      const shipped = await placeOrder()
      await confirmTransfer(canceled)
      await confirmTransfer(shipped)
      expect((await herOrders(melati.auth)).map((i) => i.id).sort()).toEqual([canceled.rose, shipped.rose].sort())

      // Staff cancel the first order (Medusa refunds the captured payment): she no longer sees it.
      expectStatus(await attempt(api.post(`/admin/orders/${canceled.id}/cancel`, {}, demo.admin)), 200)
      expect((await herOrders(melati.auth)).map((i) => i.id)).toEqual([shipped.rose])
      expectStatus(await markReady(canceled.rose, melati.auth), 404)

      // Staff fulfil her roses: shipped, listed after open items.
      const fulfilled = await attempt(
        api.post(`/admin/orders/${shipped.id}/fulfillments`, { items: [{ id: shipped.rose, quantity: 2 }] }, demo.admin)
      )
      expectStatus(fulfilled, 200)
      expect(await herOrders(melati.auth)).toEqual([expect.objectContaining({ id: shipped.rose, status: "shipped" })])
      expect((await makerItems(shipped.id)).items.find((i: any) => i.id === shipped.rose).status).toBe("shipped")
    })
  },
})
