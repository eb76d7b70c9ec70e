import crypto from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { captureOutput } from "../helpers/output-capture"
import { logger } from "@medusajs/framework/logger"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVATE_FIELDS } from "../../src/modules/maker/types"
import { attempt, setUpDemoStore, type DemoStore } from "../helpers/makers"

// Privacy of makers (DESIGN.md, "Privacy and safety of makers"): a unique sentinel goes into every private
// field of every maker, then every store route a client can reach is called, with every fields/expand trick a
// client might try, and no sentinel may appear in any response, nor in any log line printed meanwhile.

// Everything written to the console or the process streams while this file runs.
const printed = captureOutput({ silent: true })

const RUN = crypto.randomBytes(4).toString("hex")
const digits = (n: number) => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join("")

/** A sentinel that fits the field's format: phone-like fields get unique digits, the others unique text. */
function sentinelFor(makerIndex: number, field: (typeof PRIVATE_FIELDS)[number]): string | null {
  switch (field) {
    case "payout_method":
      return null // an enum (bank | ewallet): no room for a sentinel; the key itself is checked for instead
    case "phone":
    case "whatsapp":
    case "ewallet_number":
      return `+62899${digits(9)}`
    case "bank_account_number":
      return `7${digits(14)}`
    default:
      return `Zq${RUN}x${makerIndex}x${field}`
  }
}

/** Keys that exist only in private data; none may appear in a store response. */
const PRIVATE_ONLY_KEYS = [
  "legal_name",
  "whatsapp",
  "payout_method",
  "bank_name",
  "bank_account_number",
  "bank_account_holder",
  "ewallet_provider",
  "ewallet_number",
  "staff_notes",
]

const PRODUCT_FIELD_TRICKS = [
  "",
  "fields=*maker",
  "fields=%2Bmaker.*",
  "fields=maker.*",
  "fields=*maker.private",
  "fields=*maker.private.*",
  "fields=%2Bmaker.private.*",
  "fields=maker.private.legal_name",
  "fields=maker.private.phone,maker.private.staff_notes,maker.private.bank_account_number",
  "fields=*maker,*maker.private,maker.private.*,*maker.products",
  "fields=*maker_private,*maker_consent,*maker_change",
  "fields=*product_product_maker_maker",
  "expand=maker",
  "expand=maker.private",
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    const sentinels: string[] = []

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    /** Fills every private field of every maker (and a new one) with sentinels through the admin API. */
    async function fillPrivateFieldsWithSentinels() {
      const { data: created } = await api.post(
        "/admin/makers",
        { handle: `sentinel-${RUN}`, display_name: "Sentinel Maker", crafts: ["wall"], consents: { display_name: true, story: true, image: true, city: true } },
        demo.admin
      )
      const { data } = await api.get("/admin/makers?limit=100", demo.admin)
      expect(data.makers.map((m: any) => m.id)).toContain(created.maker.id)
      for (const [index, maker] of data.makers.entries()) {
        const values = Object.fromEntries(
          PRIVATE_FIELDS.map((field) => [field, field === "payout_method" ? "bank" : sentinelFor(index, field)])
        )
        Object.values(values).forEach((v) => v && v !== "bank" && sentinels.push(v as string))
        await api.post(`/admin/makers/${maker.id}`, { private: values }, demo.admin)
      }
      return data.makers as { id: string; handle: string; status: string }[]
    }

    it("never shows a private field in any store response, any log line, or anywhere but maker_private", async () => {
      logger.setLogLevel("debug")
      const makers = await fillPrivateFieldsWithSentinels()
      expect(sentinels.length).toBe(makers.length * (PRIVATE_FIELDS.length - 1))

      // The sentinels are really there: staff see them.
      const { data: detail } = await api.get(`/admin/makers/${makers[0].id}`, demo.admin)
      expect(PRIVATE_FIELDS.filter((f) => f !== "payout_method").every((f) => sentinels.includes(detail.maker.private[f]))).toBe(true)

      // Give one maker more: hidden, and one without display-name consent, so every public state is covered.
      const visible = makers.filter((m) => m.status === "active")
      await api.post(`/admin/makers/${visible[0].id}/hide`, {}, demo.admin)
      await api.post(`/admin/makers/${visible[1].id}/consents`, { item: "display_name", granted: false }, demo.admin)

      // Staff mistakes carrying private data get a 400 that repeats none of it.
      const badBodies = [
        { handle: `bad-${RUN}`, display_name: "X", crafts: ["bale"], private: { phone: sentinels[0] + "not-a-phone" } },
        { handle: `bad-${RUN}`, display_name: "X", crafts: ["bale"], private: { payout_method: sentinels[1] } },
        { handle: `bad-${RUN}`, display_name: "X", crafts: ["bale"], private: sentinels[2] },
        { handle: `bad-${RUN}`, display_name: "X", crafts: ["bale"], private: { legal_name: [sentinels[3]] } },
        { handle: makers[0].handle, display_name: "X", crafts: ["bale"], private: { legal_name: sentinels[4] } },
      ]
      const adminResponses: any[] = []
      for (const body of badBodies) {
        const response = await attempt(api.post("/admin/makers", body, demo.admin))
        expect(response.status).toBe(400)
        adminResponses.push(response)
      }
      const malformed = await attempt(
        api.post("/admin/makers", `{"handle":"x","private":{"legal_name": ${sentinels[5]}}}`, {
          headers: { ...demo.admin.headers, "content-type": "application/json" },
          transformRequest: [(data: string) => data],
        })
      )
      expect(malformed.status).toBe(400)
      adminResponses.push(malformed)
      const updateWithDuplicate = await attempt(
        api.post(`/admin/makers/${makers[1].id}`, { handle: makers[0].handle, private: { staff_notes: sentinels[6] } }, demo.admin)
      )
      expect(updateWithDuplicate.status).toBe(400)
      adminResponses.push(updateWithDuplicate)

      // Every store route a client can reach.
      const store = demo.store
      const responses: { url: string; status: number; body: string }[] = []
      const call = async (method: "get" | "post", url: string, body?: unknown) => {
        const response = await attempt(method === "get" ? api.get(url, store) : api.post(url, body ?? {}, store))
        responses.push({ url: `${method.toUpperCase()} ${url}`, status: response.status, body: JSON.stringify(response.data) + JSON.stringify(response.headers) })
        return response
      }

      const { data: productList } = await call("get", "/store/products?limit=100")
      const products: { id: string; handle: string }[] = productList.products
      expect(products.length).toBeGreaterThanOrEqual(25)
      const regionId = demo.regionIds.Indonesia
      for (const trick of PRODUCT_FIELD_TRICKS) {
        await call("get", `/store/products?limit=100&${trick}`)
        await call("get", `/store/products?limit=100&region_id=${regionId}&${trick}`)
        await call("get", `/store/products?handle=${products[0].handle}&${trick}`)
      }
      // Every product in detail, with the broadest trick; each trick on a sample (the lists above hold all).
      for (const product of products) {
        await call("get", `/store/products/${product.id}`)
        await call("get", `/store/products/${product.id}?${PRODUCT_FIELD_TRICKS[9]}`)
      }
      for (const trick of PRODUCT_FIELD_TRICKS) {
        for (const product of products.slice(0, 4)) await call("get", `/store/products/${product.id}?${trick}`)
      }
      await call("get", `/store/products?q=${encodeURIComponent(sentinels[0])}`)

      for (const trick of ["", "fields=*private", "expand=private", "fields=private.legal_name", "limit=100", "limit=100&offset=0"]) {
        await call("get", `/store/makers?${trick}`)
        for (const maker of makers) await call("get", `/store/makers/${maker.handle}?${trick}`)
      }

      for (const trick of [
        "fields=*products.maker",
        "fields=*products,*products.maker,*products.maker.private",
        "fields=products.maker.private.legal_name",
        "fields=%2Bproducts.maker.*",
        "include_descendants_tree=true&fields=*products.maker,*category_children.products.maker",
      ]) {
        const { data } = await call("get", `/store/product-categories?limit=100&${trick}`)
        for (const category of data.product_categories ?? []) await call("get", `/store/product-categories/${category.id}?${trick}`)
        await call("get", `/store/collections?${trick}`)
        await call("get", `/store/product-tags?${trick}`)
        await call("get", `/store/product-types?${trick}`)
      }
      for (const trick of ["fields=*product.maker", "fields=product.maker.private.legal_name", "fields=%2Bproduct.maker.*"]) {
        const { data } = await call("get", `/store/product-variants?limit=100&${trick}`)
        for (const variant of (data.variants ?? []).slice(0, 5)) await call("get", `/store/product-variants/${variant.id}?${trick}`)
      }
      await call("post", "/store/search", { index: "product", q: "buket" })

      // A cart and an order with the products' link fields asked for everywhere a product appears.
      const { data: withVariants } = await call("get", `/store/products?limit=3&fields=variants.id`)
      const itemTricks = [
        "fields=*items.product.maker",
        "fields=%2Bitems.product.maker.*",
        "fields=items.product.maker.private.legal_name",
        "fields=*items.product,*items.product.maker.private",
        "fields=*items.variant.product.maker",
      ]
      const { data: cartData } = await call("post", `/store/carts?${itemTricks[0]}`, { region_id: regionId, email: "pembeli@example.com" })
      const cartId = cartData.cart.id
      for (const product of withVariants.products) {
        for (const trick of itemTricks) {
          await call("post", `/store/carts/${cartId}/line-items?${trick}`, { variant_id: product.variants[0].id, quantity: 1 })
        }
      }
      for (const trick of itemTricks) await call("get", `/store/carts/${cartId}?${trick}`)
      const address = { first_name: "Sari", last_name: "Pembeli", address_1: "Jl. Contoh 1", city: "Medan", postal_code: "20111", country_code: "id", phone: "0800000000" }
      await call("post", `/store/carts/${cartId}`, { shipping_address: address, billing_address: address })
      const { data: options } = await call("get", `/store/shipping-options?cart_id=${cartId}`)
      await call("post", `/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id })
      const { data: collection } = await call("post", "/store/payment-collections", { cart_id: cartId })
      await call("post", `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_bank-transfer_bank-transfer" })
      const { data: completed } = await call("post", `/store/carts/${cartId}/complete?${itemTricks[0]}`)
      expect(completed.type).toBe("order")
      for (const trick of itemTricks) await call("get", `/store/orders/${completed.order.id}?${trick}`)

      logger.unsetLogLevel()

      // The sweep really reached the routes (most calls succeed), and nothing private came back.
      expect(responses.length).toBeGreaterThan(200)
      expect(responses.filter((r) => r.status === 200).length).toBeGreaterThan(responses.length * 0.6)
      expect(responses.filter((r) => r.status >= 500)).toEqual([])
      const statusOf = (url: string) => responses.find((r) => r.url === url)?.status
      expect(statusOf("GET /store/products?limit=100&")).toBe(200)
      expect(statusOf("GET /store/products?limit=100&fields=*maker,*maker.private,maker.private.*,*maker.products")).toBe(200)
      expect(statusOf("GET /store/makers?")).toBe(200)
      expect(statusOf("GET /store/product-categories?limit=100&fields=*products.maker")).toBe(200)
      expect(statusOf(`GET /store/carts/${cartId}?fields=*items.product.maker`)).toBe(200)
      const leaks = responses.filter((r) => sentinels.some((s) => r.body.includes(s)))
      expect(leaks.map((r) => r.url)).toEqual([])
      const privateKeys = responses.filter((r) => PRIVATE_ONLY_KEYS.some((key) => r.body.includes(`"${key}"`)))
      expect(privateKeys.map((r) => r.url)).toEqual([])
      const adminLeaks = adminResponses.filter((r) => sentinels.some((s) => JSON.stringify(r.data).includes(s)))
      expect(adminLeaks.map((r) => r.data)).toEqual([])

      // Products name a maker through the summary and nothing more.
      const { data: detailed } = await api.get(`/store/products?limit=100&fields=*maker,*maker.private`, store)
      for (const product of detailed.products) {
        expect(Object.keys(product.maker).sort()).toEqual(["display_name", "handle", "image_url", "is_collective"])
      }

      // Private values live in maker_private and nowhere else in the database (history, workflows, events…).
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const tables: { table_name: string }[] = (
        await db.raw("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
      ).rows
      const copies: string[] = []
      for (const { table_name } of tables.filter((t) => t.table_name !== "maker_private")) {
        const rows = (await db.raw(`select * from "${table_name}"`)).rows
        const text = JSON.stringify(rows)
        if (sentinels.some((s) => text.includes(s))) copies.push(table_name)
      }
      expect(tables.length).toBeGreaterThan(50)
      expect(JSON.stringify((await db.raw("select * from maker_private")).rows)).toContain(sentinels[0])
      expect(copies).toEqual([])

      // Debug-level logging ran the whole time; no line printed meanwhile holds a sentinel.
      expect(printed.length).toBeGreaterThan(100)
      const leakedLines = printed.filter((line) => sentinels.some((s) => line.includes(s)))
      expect(leakedLines.map((line) => line.slice(0, 300))).toEqual([])
    })
  },
})
