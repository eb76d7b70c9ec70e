import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import releaseEarningsJob from "../../src/jobs/release-earnings"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../src/modules/payout"
import { recordEarningsWorkflow } from "../../src/workflows/record-earnings"
import { BANK_TRANSFER, MEDAN_ADDRESS, completeCart, readyCart, variantOf } from "../helpers/checkout"
import { portalLogin, expectStatus, type PortalMaker } from "../helpers/maker-portal"
import { attempt, eventually, setUpDemoStore, type DemoStore } from "../helpers/makers"

// Makers' earnings (docs/payouts.md, "Earnings" and "Balances and statements"): paid orders become sale
// transactions and earnings, rupiah exact; a partial refund reverses proportionally; fulfilment + the hold make
// earnings available; balances, statements and totals are derived from the ledger; fee overrides; a maker sees
// only her own earnings. One file (each costs a database set-up); the runner restores the database per test.

const DAY_MS = 24 * 60 * 60 * 1000
const BUYER_EMAIL = "sari.pembeli@example.com"
const BUYER_VALUES = [BUYER_EMAIL, "Sari", "Pembeli", MEDAN_ADDRESS.address_1, MEDAN_ADDRESS.phone, MEDAN_ADDRESS.postal_code]

// Seeded prices (src/scripts/seed/catalogue.ts): Kak Melati's rose bouquet, Ibu Sondang's bale. Courier Rp 25.000.
const ROSE = { handle: "buket-mawar-abadi", price: 185000 }
const BALE = { handle: "bale-pengantin-batak", price: 1250000 }
const COURIER = 25000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    const payouts = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)

    const placeOrder = async (lines: { handle: string; quantity: number }[]) => {
      const cartId = await readyCart(api, demo.store, {
        regionId: demo.regionIds.Indonesia,
        email: BUYER_EMAIL,
        address: MEDAN_ADDRESS,
        lines: await Promise.all(lines.map(async (l) => ({ variant_id: await variantOf(api, demo.store, l.handle), quantity: l.quantity }))),
        shipping: "Kurir (tarif rata)",
      })
      const order = await completeCart(api, demo.store, cartId)
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=id,display_id,total,items.id,items.product_handle,*payment_collections.payments`,
        demo.admin
      )
      const itemOf = (handle: string) => data.order.items.find((i: any) => i.product_handle === handle)?.id as string
      return {
        id: order.id as string,
        display_id: data.order.display_id as number,
        total: data.order.total as number,
        payment: data.order.payment_collections[0].payments[0] as { id: string; provider_id: string },
        item: itemOf,
      }
    }
    type Order = Awaited<ReturnType<typeof placeOrder>>

    /** Staff see the transfer on the bank statement and capture it; earnings follow (payment.captured). */
    const payByTransfer = async (order: Order, lineCount: number) => {
      expect(order.payment.provider_id).toBe(BANK_TRANSFER)
      expectStatus(await attempt(api.post(`/admin/payments/${order.payment.id}/capture`, {}, demo.admin)), 200)
      await eventually(async () => (await payouts().listEarnings({ order_id: order.id })).length === lineCount, 10000)
    }

    const earningOf = async (lineItemId: string) => {
      const [earning] = await payouts().listEarnings({ line_item_id: lineItemId })
      return earning!
    }
    const figures = (e: any) => ({
      gross: Number(e.gross),
      org_fee: Number(e.org_fee),
      card_fee_share: Number(e.card_fee_share),
      maker_amount: Number(e.maker_amount),
      reversed_amount: Number(e.reversed_amount),
      status: e.status,
    })
    const postingsOf = async (reference: string) => {
      const [tx] = await payouts().listLedgerTransactions({ reference }, { relations: ["entries"] })
      expect(tx, `transaction ${reference}`).toBeDefined()
      return Object.fromEntries(tx!.entries.map((e: any) => [e.account, Number(e.amount)]))
    }
    const balancesOf = async (currency = "idr") => {
      const response = await attempt(api.get(`/admin/payouts/balances?currency=${currency}`, demo.admin))
      expectStatus(response, 200)
      return Object.fromEntries(response.data.balances.map((b: any) => [b.maker.handle, b]))
    }

    it("records exact sales on capture, reverses a partial refund proportionally, releases after fulfilment and the hold", async () => {
      const melati = await portalLogin(api, demo, "kak-melati", "melati@example.com", "482913")
      const sondang = await portalLogin(api, demo, "ibu-sondang", "sondang@example.com", "582914")

      const a = await placeOrder([{ handle: ROSE.handle, quantity: 2 }, { handle: BALE.handle, quantity: 1 }])
      const b = await placeOrder([{ handle: BALE.handle, quantity: 1 }])
      const c = await placeOrder([{ handle: ROSE.handle, quantity: 1 }])
      expect(a.total).toBe(2 * ROSE.price + BALE.price + COURIER)

      // Not paid yet: nothing earned.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await payouts().listEarnings({ order_id: [a.id, b.id, c.id] })).toEqual([])

      await payByTransfer(a, 2)
      await payByTransfer(b, 1)
      await payByTransfer(c, 1)

      // Exact sales, 10% fee (PAYOUT_FEE_RATE_BPS default), rupiah exact; shipping is nobody's earning.
      expect(figures(await earningOf(a.item(ROSE.handle)))).toEqual({ gross: 370000, org_fee: 37000, card_fee_share: 0, maker_amount: 333000, reversed_amount: 0, status: "pending" })
      expect(figures(await earningOf(a.item(BALE.handle)))).toEqual({ gross: 1250000, org_fee: 125000, card_fee_share: 0, maker_amount: 1125000, reversed_amount: 0, status: "pending" })
      expect(figures(await earningOf(b.item(BALE.handle)))).toMatchObject({ gross: 1250000, maker_amount: 1125000 })
      expect(figures(await earningOf(c.item(ROSE.handle)))).toMatchObject({ gross: 185000, org_fee: 18500, maker_amount: 166500 })
      expect(await postingsOf(`sale:${a.item(ROSE.handle)}`)).toEqual({
        "cash:bank": 370000,
        [`maker:${melati.id}:pending`]: -333000,
        "org:fees": -37000,
      })
      const [saleTx] = await payouts().listLedgerTransactions({ reference: `sale:${c.item(ROSE.handle)}` })
      expect(saleTx!.created_by).toBe("system")

      // Recording again (a redelivered event) changes nothing.
      await recordEarningsWorkflow(getContainer()).run({ input: { order_id: a.id, actor: "system" } })
      expect(await payouts().listLedgerTransactions({ kind: "sale" })).toHaveLength(4)

      // Staff refund Rp 329.000 of order A (20% of what the buyer paid): each line loses 20%, split like the sale.
      expectStatus(await attempt(api.post(`/admin/payments/${a.payment.id}/refund`, { amount: 329000 }, demo.admin)), 200)
      await eventually(async () => (await payouts().listLedgerTransactions({ kind: "reversal" })).length === 2, 10000)
      expect(figures(await earningOf(a.item(ROSE.handle)))).toEqual({ gross: 370000, org_fee: 37000, card_fee_share: 0, maker_amount: 333000, reversed_amount: 66600, status: "pending" })
      expect(Number((await earningOf(a.item(ROSE.handle))).reversed_gross)).toBe(74000)
      expect(figures(await earningOf(a.item(BALE.handle)))).toMatchObject({ reversed_amount: 225000, status: "pending" })
      const reversals = await payouts().listLedgerTransactions({ kind: "reversal" }, { relations: ["entries"] })
      expect(reversals).toHaveLength(2)
      const roseReversal = reversals.find((tx: any) => tx.reference.endsWith(`:${a.item(ROSE.handle)}`))!
      expect(roseReversal.reference).toMatch(/^reversal:ref/)
      expect(Object.fromEntries(roseReversal.entries.map((e: any) => [e.account, Number(e.amount)]))).toEqual({
        [`maker:${melati.id}:pending`]: 66600,
        "org:fees": 7400,
        "cash:bank": -74000,
      })

      // Staff fulfil order C. The hold (PAYOUT_HOLD_DAYS = 7) counts from then: not released after 6 days, released after 8.
      expectStatus(await attempt(api.post(`/admin/orders/${c.id}/fulfillments`, { items: [{ id: c.item(ROSE.handle), quantity: 1 }] }, demo.admin)), 200)
      await eventually(async () => Boolean((await earningOf(c.item(ROSE.handle))).available_at), 10000)
      const fulfilled = await earningOf(c.item(ROSE.handle))
      expect(new Date(fulfilled.available_at!).getTime() - new Date(fulfilled.fulfilled_at!).getTime()).toBe(7 * DAY_MS)
      expect(await releaseEarningsJob(getContainer(), new Date(Date.now() + 6 * DAY_MS))).toBe(0)
      const releaseAt = new Date(Date.now() + 8 * DAY_MS)
      expect(await releaseEarningsJob(getContainer(), releaseAt)).toBe(1)
      expect(await releaseEarningsJob(getContainer(), releaseAt)).toBe(0)
      expect(figures(await earningOf(c.item(ROSE.handle))).status).toBe("available")
      expect(await postingsOf(`release:${c.item(ROSE.handle)}`)).toEqual({
        [`maker:${melati.id}:pending`]: 166500,
        [`maker:${melati.id}:available`]: -166500,
      })

      // Balances per maker, derived from the entries (major units; IDR has no minor unit).
      const balances = await balancesOf()
      expect(balances["kak-melati"]).toEqual({
        maker: { id: melati.id, display_name: expect.any(String), handle: "kak-melati" },
        currency: "idr",
        pending: 333000 - 66600,
        available: 166500,
        in_payout: 0,
        paid_out: 0,
        earned: 499500,
        reversed: 66600,
      })
      expect(balances["ibu-sondang"]).toMatchObject({ pending: 2250000 - 225000, available: 0, earned: 2250000, reversed: 225000 })
      expect((await balancesOf("usd"))["kak-melati"]).toBeUndefined()

      // Her statement: each transaction with what it changed and the running balance.
      const statement = await attempt(api.get(`/admin/payouts/makers/${melati.id}/statement?currency=idr`, demo.admin))
      expectStatus(statement, 200)
      expect(statement.data.opening).toEqual({ pending: 0, available: 0, in_payout: 0, paid_out: 0, earned: 0, reversed: 0 })
      expect(statement.data.lines.map((l: any) => [l.kind, l.order_display_id, l.amount, l.balance])).toEqual([
        ["sale", a.display_id, 333000, 333000],
        ["sale", c.display_id, 166500, 499500],
        ["reversal", a.display_id, -66600, 432900],
        ["release", c.display_id, 0, 432900],
      ])
      expect(statement.data.lines[0].description).toMatch(/^Sale: /)
      expect(statement.data.closing).toEqual({ pending: 266400, available: 166500, in_payout: 0, paid_out: 0, earned: 499500, reversed: 66600 })
      // A period that starts after the sales: they are in the opening balance.
      const later = await attempt(
        api.get(`/admin/payouts/makers/${melati.id}/statement?currency=idr&from=${new Date(Date.now() + DAY_MS).toISOString()}`, demo.admin)
      )
      expectStatus(later, 200)
      expect(later.data.opening).toMatchObject({ pending: 432900, available: 0 })
      expect(later.data.lines.map((l: any) => l.kind)).toEqual(["release"])
      expect(later.data.closing).toEqual(statement.data.closing)
      expectStatus(await attempt(api.get(`/admin/payouts/makers/mkr_unknown/statement`, demo.admin)), 404)
      expectStatus(await attempt(api.get(`/admin/payouts/makers/${melati.id}/statement?currency=eur`, demo.admin)), 400)
      expectStatus(await attempt(api.get(`/admin/payouts/makers/${melati.id}/statement?from=yesterday`, demo.admin)), 400)

      // Totals of everything so far.
      const totals = await attempt(api.get("/admin/payouts/totals?currency=idr", demo.admin))
      expectStatus(totals, 200)
      expect(totals.data).toEqual({
        currency: "idr",
        from: null,
        to: null,
        gross_sales: 370000 + 1250000 + 1250000 + 185000,
        refunded: 74000 + 250000,
        organisation_fees: 37000 + 125000 + 125000 + 18500 - 7400 - 25000,
        card_fees: 0,
        paid_to_makers: 0,
        pending: 266400 + 2025000,
        available: 166500,
        in_payout: 0,
      })

      // Her own earnings only, nothing of the buyer, no payout details.
      const mine = await attempt(api.get("/maker/earnings", melati.auth))
      expectStatus(mine, 200)
      expect(mine.data.currency_balances).toEqual([{ currency: "idr", pending: 266400, available: 166500, in_payout: 0, paid_out: 0 }])
      expect(mine.data.history.map((h: any) => [h.kind, h.order_display_id, h.amount])).toEqual([
        ["release", c.display_id, 166500],
        ["reversal", a.display_id, -66600],
        ["sale", c.display_id, 166500],
        ["sale", a.display_id, 333000],
      ])
      expect(mine.data.history[0]).toMatchObject({ product_title: expect.any(String), currency: "idr" })
      expect(mine.data.payouts).toEqual([])
      const body = JSON.stringify(mine.data)
      for (const other of [a.item(BALE.handle), b.item(BALE.handle), sondang.id]) expect(body).not.toContain(other)
      for (const value of BUYER_VALUES) expect(body.toLowerCase()).not.toContain(value.toLowerCase())
      expect(body).not.toMatch(/email|address|phone|customer|shipping|bank|account/i)
      const hers = await attempt(api.get("/maker/earnings", sondang.auth))
      expect(hers.data.currency_balances).toEqual([{ currency: "idr", pending: 2025000, available: 0, in_payout: 0, paid_out: 0 }])

      // Who may call what.
      expectStatus(await attempt(api.get("/maker/earnings")), 401)
      expectStatus(await attempt(api.get("/maker/earnings?maker_id=x", melati.auth)), 400)
      for (const path of ["/admin/payouts/balances", "/admin/payouts/totals", `/admin/payouts/makers/${melati.id}/statement`, "/admin/payouts/fee-rates"]) {
        expectStatus(await attempt(api.get(path, melati.auth)), 401)
        expectStatus(await attempt(api.get(path)), 401)
      }
    })

    it("a canceled order reverses everything, once, whichever event comes first", async () => {
      const order = await placeOrder([{ handle: ROSE.handle, quantity: 1 }, { handle: BALE.handle, quantity: 1 }])
      await payByTransfer(order, 2)
      expectStatus(await attempt(api.post(`/admin/orders/${order.id}/cancel`, {}, demo.admin)), 200)
      await eventually(async () => (await payouts().listEarnings({ order_id: order.id, status: "reversed" })).length === 2, 10000)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const reversals = await payouts().listLedgerTransactions({ kind: "reversal" }, { relations: ["entries"] })
      expect(reversals).toHaveLength(2)
      const balances = await balancesOf()
      expect(balances["kak-melati"]).toMatchObject({ pending: 0, available: 0, earned: 166500, reversed: 166500 })
      expect(balances["ibu-sondang"]).toMatchObject({ pending: 0, earned: 1125000, reversed: 1125000 })
    })

    it("fee overrides: per maker beats per category beats the default; set and listed by staff, validated", async () => {
      const melatiId = (await portalLogin(api, demo, "kak-melati", "melati2@example.com", "482913")).id
      const category = async (handle: string) => {
        const { data } = await api.get(`/admin/product-categories?handle=${handle}&fields=id`, demo.admin)
        return data.product_categories[0].id as string
      }
      const bouquets = await category("buket-bunga")
      const bale = await category("bale-pengantin")
      const set = (body: unknown) => attempt(api.post("/admin/payouts/fee-rates", body, demo.admin))

      expectStatus(await set({ scope: "maker", scope_id: melatiId, rate_bps: 500 }), 200)
      expectStatus(await set({ scope: "category", scope_id: bouquets, rate_bps: 2000 }), 200)
      expectStatus(await set({ scope: "category", scope_id: bale, rate_bps: 1200 }), 200)
      const changed = await set({ scope: "category", scope_id: bale, rate_bps: 1500 })
      expectStatus(changed, 200)
      expect(changed.data.fee_rate).toMatchObject({ scope: "category", scope_id: bale, rate_bps: 1500, set_by: demo.adminUserId })

      for (const bad of [
        { scope: "maker", scope_id: melatiId, rate_bps: 10001 },
        { scope: "maker", scope_id: melatiId, rate_bps: 12.5 },
        { scope: "shop", scope_id: melatiId, rate_bps: 100 },
        { scope: "maker", scope_id: melatiId, rate_bps: 100, extra: 1 },
      ]) {
        const refused = await set(bad)
        expectStatus(refused, 400)
        expect(refused.data.message).not.toContain(melatiId)
      }
      expectStatus(await set({ scope: "maker", scope_id: "mkr_unknown", rate_bps: 100 }), 404)

      const listed = await attempt(api.get("/admin/payouts/fee-rates", demo.admin))
      expectStatus(listed, 200)
      expect(listed.data.default_rate_bps).toBe(1000)
      expect(listed.data.fee_rates.map((r: any) => [r.scope, r.scope_id, r.rate_bps])).toEqual(
        expect.arrayContaining([
          ["maker", melatiId, 500],
          ["category", bouquets, 2000],
          ["category", bale, 1500],
        ])
      )
      expect(listed.data.fee_rates).toHaveLength(3)

      const order = await placeOrder([{ handle: ROSE.handle, quantity: 1 }, { handle: BALE.handle, quantity: 1 }])
      await payByTransfer(order, 2)
      // Kak Melati: her own 5% beats the bouquets' 20%. Ibu Sondang: the bale category's 15%.
      expect(figures(await earningOf(order.item(ROSE.handle)))).toMatchObject({ gross: 185000, org_fee: 9250, maker_amount: 175750 })
      expect(figures(await earningOf(order.item(BALE.handle)))).toMatchObject({ gross: 1250000, org_fee: 187500, maker_amount: 1062500 })
      expect((await earningOf(order.item(BALE.handle))).fee_rate_bps).toBe(1500)

      // Removing her override: the category's rate applies to later sales.
      expectStatus(await set({ scope: "maker", scope_id: melatiId, rate_bps: null }), 200)
      const next = await placeOrder([{ handle: ROSE.handle, quantity: 1 }])
      await payByTransfer(next, 1)
      expect(figures(await earningOf(next.item(ROSE.handle)))).toMatchObject({ org_fee: 37000, maker_amount: 148000 })
    })
  },
})
