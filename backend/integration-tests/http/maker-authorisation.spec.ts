import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MEDAN_ADDRESS, completeCart, readyCart, variantOf } from "../helpers/checkout"
import { attempt, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { expectStatus, portalLogin, productBody, uploadPhoto, type PortalMaker } from "../helpers/maker-portal"
import { multipart } from "../helpers/multipart"

// Who may do what on the makers' portal and the staff routes beside it (DESIGN.md, privacy rule 5: a maker acts
// only on her own products, orders and earnings). One table of cases; each names what it checks and is reported
// by that name. Cases only read or are refused, so they share one database state: add rows for new routes
// (orders, earnings) to CASES rather than new test files (each file costs a database setup).

type Api = { get: (url: string, config?: any) => Promise<any>; post: (url: string, body?: any, config?: any) => Promise<any> }

interface World {
  api: Api
  demo: DemoStore
  /** Maker A (Rina) and maker B (Kak Melati), both with portal logins. */
  a: PortalMaker
  b: PortalMaker
  /** B's product (live), A's product (in review), and each one's upload. */
  bProduct: string
  aProduct: string
  bUpload: string
  aUpload: string
  /** A paid order with one item of each: B's roses and A's mandala. */
  order: string
  bItem: string
  aItem: string
  /** B's login (maker_session). */
  bSession: string
  none: { headers: Record<string, string> }
  query: (entity: string, fields: string[], filters: Record<string, unknown>) => Promise<any[]>
}

interface Case {
  name: string
  run: (w: World) => Promise<any>
  status: number
  /** The body expected, exactly; or a check of it. */
  body?: Record<string, unknown> | ((data: any, w: World) => void)
  /** What must still hold afterwards (nothing changed). */
  after?: (w: World) => Promise<void>
}

const NOT_FOUND = { type: "not_found", message: "Product not found" }
const ITEM_NOT_FOUND = { type: "not_found", message: "Order item not found" }
const UNKNOWN_PHOTO = { type: "invalid_data", message: "Unknown photo" }

/** The path with its placeholders filled: :a / :b products, :aItem / :bItem order items, :order, :bSession, :makerA. */
const fill = (path: string, w: World) =>
  path.replace(/:(aItem|bItem|bSession|makerA|order|a|b)\b/g, (_, key: string) =>
    ({ a: w.aProduct, b: w.bProduct, aItem: w.aItem, bItem: w.bItem, bSession: w.bSession, makerA: w.a.id, order: w.order })[key as "a"]
  )
const get = (path: string, who: (w: World) => { headers: Record<string, string> }) => (w: World) => attempt(w.api.get(fill(path, w), who(w)))
const post = (path: string, body: unknown, who: (w: World) => { headers: Record<string, string> }) => (w: World) =>
  attempt(w.api.post(fill(path, w), body, who(w)))

const asA = (w: World) => w.a.auth
const asNobody = (w: World) => w.none
const asStaff = (w: World) => w.demo.admin

/** B's product is as it was: live, her title and price. */
const bUntouched = async (w: World) => {
  const [row] = await w.query("product", ["status", "title", "variants.prices.amount", "variants.prices.currency_code"], { id: w.bProduct })
  expect(row).toMatchObject({ status: "published", title: "Bale Kecil Merah" })
  expect(row.variants[0].prices.find((p: any) => p.currency_code === "idr").amount).toBe(350000)
}
/** A's product is still in review (nobody published it). */
const aStillInReview = async (w: World) => {
  const [row] = await w.query("product", ["status"], { id: w.aProduct })
  expect(row.status).toBe("proposed")
}

/** B's item is not ready: nobody marked it for her. */
const bItemNotReady = async (w: World) => {
  const { data } = await w.api.get(`/admin/orders/${w.order}/maker-items`, w.demo.admin)
  expect(data.items.find((i: any) => i.id === w.bItem)).toMatchObject({ status: "to_hand_over", ready_at: null })
}

/** Every /maker route but the public invite acceptance, as [method, path, body]. */
const MAKER_ROUTES: ["GET" | "POST", string, unknown?][] = [
  ["GET", "/maker/me"],
  ["GET", "/maker/products"],
  ["POST", "/maker/products", {}],
  ["GET", "/maker/products/:a"],
  ["POST", "/maker/products/:a", { stock: 1 }],
  ["POST", "/maker/products/:a/pause", {}],
  ["POST", "/maker/products/:a/resume", {}],
  ["GET", "/maker/price-hint?category=buket-bunga"],
  ["POST", "/maker/uploads", {}],
  ["GET", "/maker/orders"],
  ["POST", "/maker/orders/items/:aItem/ready", {}],
  ["GET", "/maker/sessions"],
  ["POST", "/maker/sessions/:bSession/end", {}],
  ["POST", "/maker/sessions/end-all", {}],
]

/** Staff routes a maker's token must never open. */
const ADMIN_ROUTES: ["GET" | "POST", string, unknown?][] = [
  ["GET", "/admin/product-reviews"],
  ["POST", "/admin/product-reviews/:a/approve", {}],
  ["POST", "/admin/product-reviews/:a/return", { note: "Nope" }],
  ["GET", "/admin/makers"],
  ["GET", "/admin/products"],
  ["POST", "/admin/products/:a", { status: "published" }],
  ["GET", "/admin/orders"],
  ["GET", "/admin/orders/:order/maker-items"],
  ["GET", "/admin/makers/:makerA/access"],
  ["POST", "/admin/makers/:makerA/end-sessions", {}],
]

export const CASES: Record<string, Case[]> = {
  "maker A and maker B's products": [
    { name: "A reads B's product → 404", run: get("/maker/products/:b", asA), status: 404, body: NOT_FOUND },
    { name: "A edits B's product → 404, unchanged", run: post("/maker/products/:b", { title: "Milik Saya", price_idr: 1000 }, asA), status: 404, body: NOT_FOUND, after: bUntouched },
    { name: "A pauses B's product → 404, still live", run: post("/maker/products/:b/pause", {}, asA), status: 404, body: NOT_FOUND, after: bUntouched },
    { name: "A resumes B's product → 404", run: post("/maker/products/:b/resume", {}, asA), status: 404, body: NOT_FOUND, after: bUntouched },
    { name: "A reads a product that does not exist → the same 404", run: get("/maker/products/prod_01NOSUCHPRODUCT", asA), status: 404, body: NOT_FOUND },
    { name: "A reads a seeded product of another maker → 404", run: async (w) => {
      const [p] = await w.query("product", ["id"], { handle: "buket-mawar-abadi" })
      return attempt(w.api.get(`/maker/products/${p.id}`, w.a.auth))
    }, status: 404, body: NOT_FOUND },
    {
      name: "A lists only her own products",
      run: get("/maker/products", asA),
      status: 200,
      body: (data, w) => {
        const ids = data.products.map((p: any) => p.id)
        expect(ids).toContain(w.aProduct)
        expect(ids).not.toContain(w.bProduct)
      },
    },
    {
      name: "A submits with B's upload → 400 Unknown photo, nothing created",
      run: (w) => attempt(w.api.post("/maker/products", productBody([w.aUpload, w.bUpload]), w.a.auth)),
      status: 400,
      body: UNKNOWN_PHOTO,
      after: async (w) => expect(await w.query("product", ["id"], { title: "Mandala Laut Biru" })).toHaveLength(1),
    },
    {
      name: "A puts B's upload on her own product → 400 Unknown photo",
      run: (w) => attempt(w.api.post(`/maker/products/${w.aProduct}`, { upload_ids: [w.bUpload] }, w.a.auth)),
      status: 400,
      body: UNKNOWN_PHOTO,
    },
  ],
  "maker A and maker B's orders": [
    {
      name: "A lists only her own items of the order",
      run: get("/maker/orders", asA),
      status: 200,
      body: (data, w) => expect(data.items.map((i: any) => i.id)).toEqual([w.aItem]),
    },
    { name: "A marks B's item ready → 404, not ready", run: post("/maker/orders/items/:bItem/ready", {}, asA), status: 404, body: ITEM_NOT_FOUND, after: bItemNotReady },
    { name: "A marks an item that does not exist → the same 404", run: post("/maker/orders/items/ordli_01NOSUCHITEM/ready", {}, asA), status: 404, body: ITEM_NOT_FOUND },
    { name: "A reads the order's staff view → 401", run: get("/admin/orders/:order/maker-items", asA), status: 401 },
  ],
  "maker A and maker B's logins": [
    {
      name: "A lists only her own logins",
      run: get("/maker/sessions", asA),
      status: 200,
      body: (data, w) => expect(data.sessions.map((s: any) => s.id)).not.toContain(w.bSession),
    },
    {
      name: "A ends B's login → 404, B still logged in",
      run: post("/maker/sessions/:bSession/end", {}, asA),
      status: 404,
      body: { type: "not_found", message: "Session not found" },
      after: async (w) => expect((await attempt(w.api.get("/maker/me", w.b.auth))).status).toBe(200),
    },
  ],
  "no token": MAKER_ROUTES.map(([method, path, body]) => ({
    name: `${method} ${path} without a token → 401`,
    run: method === "GET" ? get(path, asNobody) : post(path, body, asNobody),
    status: 401,
    after: aStillInReview,
  })),
  "a staff token on maker routes": MAKER_ROUTES.filter(([, path]) => path !== "/maker/uploads").map(([method, path, body]) => ({
    name: `${method} ${path} with a staff token → 401`,
    run: method === "GET" ? get(path, asStaff) : post(path, body, asStaff),
    status: 401,
  })),
  "a maker token on staff routes": ADMIN_ROUTES.map(([method, path, body]) => ({
    name: `${method} ${path} with a maker token → 401`,
    run: method === "GET" ? get(path, asA) : post(path, body, asA),
    status: 401,
    after: aStillInReview,
  })),
  "a maker cannot publish": [
    {
      name: "status on a new product → 400",
      run: (w) => attempt(w.api.post("/maker/products", productBody([w.aUpload], { status: "published" }), w.a.auth)),
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'status'" },
    },
    {
      name: "status on an edit → 400, still in review",
      run: post("/maker/products/:a", { status: "published" }, asA),
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'status'" },
      after: aStillInReview,
    },
    { name: "the approve route with her token → 401, still in review", run: post("/admin/product-reviews/:a/approve", {}, asA), status: 401, after: aStillInReview },
    {
      name: "resume of her product in review → 400, still in review",
      run: post("/maker/products/:a/resume", {}, asA),
      status: 400,
      body: { type: "invalid_data", message: "Only a paused product can be resumed" },
      after: aStillInReview,
    },
  ],
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const w = { api, none: { headers: {} } } as World

    beforeAll(async () => {
      w.demo = await setUpDemoStore(getContainer(), api)
      w.query = async (entity, fields, filters) => (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters })).data
      w.a = await portalLogin(api, w.demo, "rina", "0813-7025-5194", "482913")
      w.b = await portalLogin(api, w.demo, "kak-melati", "melati.auth@example.com", "915372")
      w.aUpload = await uploadPhoto(api, w.a)
      w.bUpload = await uploadPhoto(api, w.b, "#e48aa8")
      w.bSession = (await api.get("/maker/sessions", w.b.auth)).data.sessions[0].id
      const b = await attempt(api.post("/maker/products", productBody([w.bUpload], { title: "Bale Kecil Merah", category: "bale-pengantin", price_idr: 350000 }), w.b.auth))
      expectStatus(b, 201)
      w.bProduct = b.data.product.id
      expectStatus(await attempt(api.post(`/admin/product-reviews/${w.bProduct}/approve`, {}, w.demo.admin)), 200)
      const a = await attempt(api.post("/maker/products", productBody([w.aUpload]), w.a.auth))
      expectStatus(a, 201)
      w.aProduct = a.data.product.id

      // A buyer pays (bank transfer, confirmed by staff) for Kak Melati's roses and Rina's mandala.
      const cartId = await readyCart(api, w.demo.store, {
        regionId: w.demo.regionIds.Indonesia,
        email: "pembeli@example.com",
        address: MEDAN_ADDRESS,
        lines: [
          { variant_id: await variantOf(api, w.demo.store, "buket-mawar-abadi"), quantity: 1 },
          { variant_id: await variantOf(api, w.demo.store, "mandala-dinding-samudra"), quantity: 1 },
        ],
        shipping: "Kurir (tarif rata)",
      })
      const placed = await completeCart(api, w.demo.store, cartId)
      const { data } = await api.get(`/admin/orders/${placed.id}?fields=id,items.id,items.product_handle,*payment_collections.payments`, w.demo.admin)
      await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, w.demo.admin)
      w.order = placed.id
      w.bItem = data.order.items.find((i: any) => i.product_handle === "buket-mawar-abadi").id
      w.aItem = data.order.items.find((i: any) => i.product_handle === "mandala-dinding-samudra").id
    })

    for (const [group, cases] of Object.entries(CASES)) {
      it(group, async () => {
        const failures: string[] = []
        for (const c of cases) {
          try {
            const response = await c.run(w)
            expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(c.status)
            if (typeof c.body === "function") c.body(response.data, w)
            else if (c.body) expect(response.data).toEqual(c.body)
            await c.after?.(w)
          } catch (error) {
            failures.push(`${c.name}: ${(error as Error).message.split("\n")[0]}`)
          }
        }
        expect(failures).toEqual([])
      })
    }

    it("a multipart upload without a token is refused before it is read", async () => {
      const { body, contentType } = multipart([{ name: "file", filename: "x.jpg", type: "image/jpeg", content: "not a photo" }])
      expectStatus(await attempt(api.post("/maker/uploads", body, { headers: { "content-type": contentType } })), 401)
    })
  },
})
