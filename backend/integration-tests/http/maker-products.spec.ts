import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MAKER_MODULE, type MakerModuleService } from "../../src/modules/maker"
import { captureOutput } from "../helpers/output-capture"
import { attempt, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { expectStatus, portalLogin, productBody, uploadPhoto, type PortalMaker } from "../helpers/maker-portal"

// A maker's own products (docs/maker-portal-api.md, "Products"): she submits, staff review (approve with a USD
// price, or return with a note), she edits, pauses and resumes. Products in review, returned or paused are never
// on the shop. Her private data appears in no answer and no log line.

const printed = captureOutput({ silent: true })

/** Rina's private data (seed): none of it may appear in an answer or be printed. */
const RINA_PRIVATE = ["Karina Dewi Pratiwi", "+6281370255194", "81370255194", "1060012874431", "Garu II", "menabung"]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let rina: PortalMaker
    let photos: string[] // three of Rina's uploads

    const submit = (body: Record<string, unknown>, maker = rina) => attempt(api.post("/maker/products", body, maker.auth))
    const mine = async (id: string, maker = rina) => {
      const response = await attempt(api.get(`/maker/products/${id}`, maker.auth))
      expectStatus(response, 200)
      return response.data.product
    }
    const edit = (id: string, body: Record<string, unknown>, maker = rina) => attempt(api.post(`/maker/products/${id}`, body, maker.auth))
    const approve = (id: string, body: Record<string, unknown> = {}) => attempt(api.post(`/admin/product-reviews/${id}/approve`, body, demo.admin))
    const giveBack = (id: string, note: string) => attempt(api.post(`/admin/product-reviews/${id}/return`, { note }, demo.admin))
    const inStore = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}`, demo.store)
      return data.products as any[]
    }
    const storeById = (id: string) => attempt(api.get(`/store/products/${id}`, demo.store))
    const created = async (body: Record<string, unknown> = productBody(photos.slice(0, 2))) => {
      const response = await submit(body)
      expectStatus(response, 201)
      return response.data.product
    }
    const live = async (body?: Record<string, unknown>) => {
      const product = await created(body)
      expectStatus(await approve(product.id), 200)
      return product
    }
    const counts = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id"] })
      const reviews = await getContainer().resolve<MakerModuleService>(MAKER_MODULE).listProductReviews({}, { select: ["id"] })
      return { products: data.length, reviews: reviews.length }
    }

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      rina = await portalLogin(api, demo, "rina", "0813-7025-5194", "482913")
      photos = [await uploadPhoto(api, rina, "#3f7cac"), await uploadPhoto(api, rina, "#9cc3e0"), await uploadPhoto(api, rina, "#24506f")]
    })

    it("a submitted product is hers, in review, in stock at the workshop, and not on the shop", async () => {
      const response = await submit(productBody(photos.slice(0, 2)))
      expectStatus(response, 201)
      const { product } = response.data
      expect(product).toEqual({
        id: expect.stringMatching(/^prod_/),
        handle: expect.stringMatching(/^mandala-laut-biru-[0-9a-f]{6}$/),
        title: "Mandala Laut Biru",
        description: "Mandala dari kelopak botol biru.",
        category: "hiasan-dinding",
        status: "in_review",
        review_note: null,
        price_idr: 185000,
        stock: 3,
        made_to_order: false,
        lead_time_days: null,
        images: [
          { id: expect.any(String), url: expect.any(String), upload_id: photos[0], width: 800, height: 533, variants: expect.any(Array) },
          { id: expect.any(String), url: expect.any(String), upload_id: photos[1], width: 800, height: 533, variants: expect.any(Array) },
        ],
        thumbnail: expect.any(String),
        created_at: expect.any(String),
        updated_at: expect.any(String),
      })
      // The image is the largest variant (photos are never enlarged: 900 px gives 400 and 800); the thumbnail the
      // first photo at listing size.
      const first = product.images[0]
      expect(first.variants.map((v: any) => [v.width, v.height])).toEqual([[400, 267], [800, 533]])
      expect(first.url).toBe(first.variants[1].url)
      expect(product.thumbnail).toBe(first.variants[1].url)

      // Hers, listed for her, newest first.
      const { data: list } = await api.get("/maker/products", rina.auth)
      expect(list.products[0].id).toBe(product.id)
      // Her three seeded mandalas (published by staff before the portal) are hers too, live.
      expect(list.products.slice(1).map((p: any) => [p.handle, p.status, p.category])).toEqual(
        expect.arrayContaining([["mandala-dinding-samudra", "live", "hiasan-dinding"], ["mandala-dinding-senja", "live", "hiasan-dinding"]])
      )
      expect(list.products).toHaveLength(4)
      const { data: owner } = await api.get(`/admin/makers?product_id=${product.id}`, demo.admin)
      expect(owner.makers.map((m: any) => m.handle)).toEqual(["rina"])

      // Medusa's side: proposed, one variant priced in IDR, inventory at the workshop, default channel and profile.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      // Untyped on purpose: the generated query types do not know the price and inventory links.
      const { data: [row] }: { data: any[] } = await query.graph({
        entity: "product",
        fields: [
          "status", "shipping_profile.id", "sales_channels.id", "images.metadata",
          "variants.manage_inventory", "variants.allow_backorder", "variants.prices.amount", "variants.prices.currency_code",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
          "variants.inventory_items.inventory.location_levels.location_id",
        ],
        filters: { id: product.id },
      })
      expect(row.status).toBe("proposed")
      expect(row.sales_channels.map((c: any) => c.id)).toEqual([demo.salesChannelId])
      expect(row.shipping_profile?.id).toBeTruthy()
      expect(row.images.map((i: any) => i.metadata)).toEqual([{ upload_id: photos[0] }, { upload_id: photos[1] }])
      expect(row.variants).toHaveLength(1)
      expect(row.variants[0]).toMatchObject({ manage_inventory: true, allow_backorder: false })
      expect(row.variants[0].prices.map((p: any) => [p.currency_code, Number(p.amount)])).toEqual([["idr", 185000]])
      const levels = row.variants[0].inventory_items[0].inventory.location_levels
      expect(levels).toHaveLength(1)
      expect(Number(levels[0].stocked_quantity)).toBe(3)

      // Recorded as submitted by her.
      const reviews = await getContainer().resolve<MakerModuleService>(MAKER_MODULE).listProductReviews({ product_id: product.id })
      expect(reviews).toMatchObject([{ maker_id: rina.id, decision: "submitted", actor_id: rina.id, note: null }])

      // Not on the shop, in any way a buyer could ask.
      expect(await inStore(product.handle)).toEqual([])
      expectStatus(await storeById(product.id), 404)
      const { data: page } = await api.get("/store/makers/rina", demo.store)
      expect(page.products.map((p: any) => p.id)).not.toContain(product.id)

      // In the staff queue, with her public name only.
      const { data: queue } = await api.get("/admin/product-reviews", demo.admin)
      expect(queue.count).toBe(1)
      expect(queue.reviews[0]).toMatchObject({
        product: { id: product.id, title: "Mandala Laut Biru", category: "hiasan-dinding", price_idr: 185000, stock: 3, made_to_order: false, price_usd: null, suggested_price_usd: 12 },
        maker: { id: rina.id, display_name: "Rina", handle: "rina" },
        submitted_at: expect.any(String),
      })
      for (const text of RINA_PRIVATE) {
        expect(JSON.stringify([response.data, list, queue]), text).not.toContain(text)
      }
    })

    it("approved: live, on the shop under her name and on her page, with a USD price derived from the rupiah price", async () => {
      const product = await created(productBody(photos.slice(0, 1), { price_idr: 185000 }))
      const approved = await approve(product.id)
      expectStatus(approved, 200)
      expect(approved.data).toEqual({
        product: { id: product.id, status: "published", price_idr: 185000, price_usd: 12 },
        review: { decision: "approved", note: null, actor_id: demo.adminUserId, created_at: expect.any(String) },
      })
      expect((await mine(product.id)).status).toBe("live")

      const [shown] = await inStore(product.handle)
      expect(shown?.id).toBe(product.id)
      expect(shown.maker).toEqual({ handle: "rina", display_name: "Rina", image_url: expect.anything(), is_collective: false })
      expectStatus(await storeById(product.id), 200)
      const { data: page } = await api.get("/store/makers/rina", demo.store)
      expect(page.products.map((p: any) => p.id)).toContain(product.id)
      const { data: queue } = await api.get("/admin/product-reviews", demo.admin)
      expect(queue.count).toBe(0)

      // Staff may set the USD price themselves; it then stays when she changes the rupiah price.
      const other = await created(productBody(photos.slice(1, 2), { title: "Mandala Senja", price_idr: 100000 }))
      const withUsd = await approve(other.id, { price_usd: 9.5 })
      expectStatus(withUsd, 200)
      expect(withUsd.data.product.price_usd).toBe(9.5)
      expectStatus(await edit(other.id, { price_idr: 320000 }), 200)
      // A derived one follows her new price (rounded up to a whole dollar).
      expectStatus(await edit(product.id, { price_idr: 320001 }), 200)
      const usd = async (id: string) => {
        const { data }: { data: any[] } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["variants.prices.amount", "variants.prices.currency_code"], filters: { id } })
        return Number(data[0].variants[0].prices.find((p: any) => p.currency_code === "usd").amount)
      }
      expect(await usd(other.id)).toBe(9.5)
      expect(await usd(product.id)).toBe(21)

      // Only a product in review can be decided on.
      const again = await approve(product.id)
      expectStatus(again, 400)
      expect(again.data.message).toBe("This product is not waiting for review")
    })

    it("returned with a note: she sees the note; any edit resubmits it, and the record keeps every decision", async () => {
      const product = await created()
      const returned = await giveBack(product.id, "Fotonya kurang terang, tolong foto ulang di luar.")
      expectStatus(returned, 200)
      let mineNow = await mine(product.id)
      expect(mineNow).toMatchObject({ status: "returned", review_note: "Fotonya kurang terang, tolong foto ulang di luar." })
      expect(await inStore(product.handle)).toEqual([])
      const { data: returnedList } = await api.get("/maker/products?status=returned", rina.auth)
      expect(returnedList.products.map((p: any) => p.id)).toEqual([product.id])

      const resubmitted = await edit(product.id, { upload_ids: [photos[2]] })
      expectStatus(resubmitted, 200)
      expect(resubmitted.data.product).toMatchObject({ status: "in_review", review_note: null })
      expect(resubmitted.data.product.images).toHaveLength(1)
      expect(resubmitted.data.product.images[0].variants).toHaveLength(2)

      // A second return and a price-only edit: still resubmits.
      expectStatus(await giveBack(product.id, "Harga terlalu rendah."), 200)
      mineNow = await mine(product.id)
      expect(mineNow.review_note).toBe("Harga terlalu rendah.")
      const priced = await edit(product.id, { price_idr: 250000 })
      expect(priced.data.product).toMatchObject({ status: "in_review", review_note: null, price_idr: 250000 })

      const rows = await getContainer()
        .resolve<MakerModuleService>(MAKER_MODULE)
        .listProductReviews({ product_id: product.id }, { order: { created_at: "ASC" } })
      expect(rows.map((r) => [r.decision, r.actor_id, r.note])).toEqual([
        ["submitted", rina.id, null],
        ["returned", demo.adminUserId, "Fotonya kurang terang, tolong foto ulang di luar."],
        ["submitted", rina.id, null],
        ["returned", demo.adminUserId, "Harga terlalu rendah."],
        ["submitted", rina.id, null],
      ])

      const empty = await attempt(api.post(`/admin/product-reviews/${product.id}/return`, { note: "  " }, demo.admin))
      expectStatus(empty, 400)
      expect(empty.data.message).toBe("Invalid request: Field 'note' must be 1 to 500 characters")
    })

    it("price and stock apply at once on a live product; a new title or photos take it off the shop until approved", async () => {
      const product = await live()
      const priced = await edit(product.id, { price_idr: 199000, stock: 7 })
      expectStatus(priced, 200)
      expect(priced.data.product).toMatchObject({ status: "live", price_idr: 199000, stock: 7 })
      const [shown] = await inStore(product.handle)
      expect(shown?.id).toBe(product.id)

      // Stock 0: sold out (still published); made to order it is live again.
      const soldOut = await edit(product.id, { stock: 0 })
      expect(soldOut.data.product).toMatchObject({ status: "sold_out", stock: 0 })
      const toOrder = await edit(product.id, { made_to_order: true, lead_time_days: 10 })
      expect(toOrder.data.product).toMatchObject({ status: "live", made_to_order: true, lead_time_days: 10, stock: 0 })
      const noLead = await edit(product.id, { made_to_order: false })
      expect(noLead.data.product).toMatchObject({ status: "sold_out", made_to_order: false })

      // Same title again changes nothing; a new one sends it to review and off the shop.
      expect((await edit(product.id, { title: product.title })).data.product.status).toBe("sold_out")
      const retitled = await edit(product.id, { title: "Mandala Laut Dalam" })
      expect(retitled.data.product).toMatchObject({ status: "in_review", title: "Mandala Laut Dalam" })
      expect(await inStore(product.handle)).toEqual([])

      // Photos too.
      const other = await live(productBody(photos.slice(0, 1), { title: "Hiasan Kedua" }))
      const rephotographed = await edit(other.id, { upload_ids: [photos[1], photos[0]] })
      expect(rephotographed.data.product.status).toBe("in_review")
      expect(rephotographed.data.product.images.map((i: any) => i.variants.length)).toEqual([2, 2])
      expectStatus(await storeById(other.id), 404)
    })

    it("pause and resume: off the shop and back, only when it was approved and is unchanged", async () => {
      const product = await live()
      const paused = await attempt(api.post(`/maker/products/${product.id}/pause`, {}, rina.auth))
      expectStatus(paused, 200)
      expect(paused.data.product.status).toBe("paused")
      expect(await inStore(product.handle)).toEqual([])
      const { data: page } = await api.get("/store/makers/rina", demo.store)
      expect(page.products.map((p: any) => p.id)).not.toContain(product.id)

      const pausedTwice = await attempt(api.post(`/maker/products/${product.id}/pause`, {}, rina.auth))
      expectStatus(pausedTwice, 400)
      expect(pausedTwice.data.message).toBe("Only a product on the shop can be paused")

      // Stock while paused keeps it paused; resume puts it back.
      expect((await edit(product.id, { stock: 5 })).data.product.status).toBe("paused")
      const resumed = await attempt(api.post(`/maker/products/${product.id}/resume`, {}, rina.auth))
      expectStatus(resumed, 200)
      expect(resumed.data.product).toMatchObject({ status: "live", stock: 5 })
      expect((await inStore(product.handle))[0]?.id).toBe(product.id)

      // Changed while paused: back to review, and it cannot be resumed until approved.
      expectStatus(await attempt(api.post(`/maker/products/${product.id}/pause`, {}, rina.auth)), 200)
      expect((await edit(product.id, { description: "Lebih besar dari sebelumnya." })).data.product.status).toBe("in_review")
      const tooEarly = await attempt(api.post(`/maker/products/${product.id}/resume`, {}, rina.auth))
      expectStatus(tooEarly, 400)
      expect(tooEarly.data.message).toBe("Only a paused product can be resumed")

      // A draft staff made (not paused by her) cannot be published by her.
      const [mandala] = await inStore("mandala-dinding-samudra")
      await api.post(`/admin/products/${mandala.id}`, { status: "draft" }, demo.admin)
      const staffDraft = await attempt(api.post(`/maker/products/${mandala.id}/resume`, {}, rina.auth))
      expectStatus(staffDraft, 400)
      expect(staffDraft.data.message).toBe("This product needs staff approval before it can go back on the shop")
      // Her seeded products (published by staff, never reviewed) can be paused and resumed.
      const [senja] = await inStore("mandala-dinding-senja")
      expectStatus(await attempt(api.post(`/maker/products/${senja.id}/pause`, {}, rina.auth)), 200)
      expectStatus(await attempt(api.post(`/maker/products/${senja.id}/resume`, {}, rina.auth)), 200)
    })

    it("price hint: the spread of published IDR prices in a category", async () => {
      const hint = async (category: string) => {
        const response = await attempt(api.get(`/maker/price-hint?category=${category}`, rina.auth))
        expectStatus(response, 200)
        return response.data.hint
      }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const [category] = await getContainer().resolve(Modules.PRODUCT).listProductCategories({ handle: "hiasan-dinding" })
      const { data } = await query.graph({
        entity: "product",
        fields: ["status", "categories.id", "variants.prices.amount", "variants.prices.currency_code"],
      })
      const prices = data
        .filter((p: any) => p.status === "published" && p.categories.some((c: any) => c.id === category!.id))
        .flatMap((p: any) => p.variants.flatMap((v: any) => v.prices.filter((x: any) => x.currency_code === "idr").map((x: any) => Number(x.amount))))
        .sort((a: number, b: number) => a - b)
      expect(prices.length).toBeGreaterThan(2)
      const before = await hint("hiasan-dinding")
      expect(before).toMatchObject({ category: "hiasan-dinding", count: prices.length, min: prices[0], max: prices.at(-1) })
      expect(before.median).toBeGreaterThanOrEqual(before.min)
      expect(before.median).toBeLessThanOrEqual(before.max)

      // Her product counts once approved, not while in review.
      const product = await created(productBody(photos.slice(0, 1), { price_idr: 99_000_000 }))
      expect((await hint("hiasan-dinding")).count).toBe(prices.length)
      expectStatus(await approve(product.id), 200)
      expect(await hint("hiasan-dinding")).toMatchObject({ count: prices.length + 1, max: 99_000_000 })

      const bad = await attempt(api.get("/maker/price-hint?category=sepatu", rina.auth))
      expectStatus(bad, 400)
      expect(bad.data.message).toMatch(/^Invalid request: Field 'category' must be one of buket-bunga/)
      expect(bad.data.message).not.toContain("sepatu")
    })

    it("refuses bad submissions with a 400 and a message that repeats nothing she sent, creating nothing", async () => {
      const before = await counts()
      const good = productBody(photos.slice(0, 2))
      const { title: _t, ...noTitle } = good
      const { stock: _s, ...noStock } = good
      const cases: [string, unknown, string][] = [
        ["no title", noTitle, "Invalid request: Field 'title' must be 2 to 80 characters"],
        ["a one-letter title", { ...good, title: "Q" }, "Invalid request: Field 'title' must be 2 to 80 characters"],
        ["a title of 81 characters", { ...good, title: "x".repeat(81) }, "Invalid request: Field 'title' must be 2 to 80 characters"],
        ["a long description", { ...good, description: "y".repeat(501) }, "Invalid request: Field 'description' must be at most 500 characters"],
        ["an unknown category", { ...good, category: "sepatu-kulit" }, "Invalid request: Field 'category' must be one of buket-bunga, bale-pengantin, hiasan-dinding, hiasan-pintu"],
        ["a parent category", { ...good, category: "dekorasi-botol-daur-ulang" }, "Invalid request: Field 'category' must be one of buket-bunga, bale-pengantin, hiasan-dinding, hiasan-pintu"],
        ["a price with cents", { ...good, price_idr: 185000.5 }, "Invalid request: Field 'price_idr' must be a whole number of rupiah from 1000 to 100000000"],
        ["a price as text", { ...good, price_idr: "185000" }, "Invalid request: Field 'price_idr' must be a whole number of rupiah from 1000 to 100000000"],
        ["a price too low", { ...good, price_idr: 999 }, "Invalid request: Field 'price_idr' must be a whole number of rupiah from 1000 to 100000000"],
        ["no stock when made from stock", noStock, "Invalid request: Field 'stock' is required unless made to order"],
        ["stock of 1000", { ...good, stock: 1000 }, "Invalid request: Field 'stock' must be a whole number from 0 to 999"],
        ["made to order without lead time", { ...noStock, made_to_order: true }, "Invalid request: Field 'lead_time_days' is required for made to order"],
        ["a lead time of 91 days", { ...good, made_to_order: true, lead_time_days: 91 }, "Invalid request: Field 'lead_time_days' must be a whole number of days from 1 to 90"],
        ["no photos", { ...good, upload_ids: [] }, "Invalid request: Field 'upload_ids' must list 1 to 6 different photos"],
        ["seven photos", { ...good, upload_ids: Array(7).fill(0).map((_, i) => `mkrupl_${i}`) }, "Invalid request: Field 'upload_ids' must list 1 to 6 different photos"],
        ["the same photo twice", { ...good, upload_ids: [photos[0], photos[0]] }, "Invalid request: Field 'upload_ids' must list 1 to 6 different photos"],
        ["a photo that does not exist", { ...good, upload_ids: [photos[0], "mkrupl_01NOTAREALUPLOAD"] }, "Unknown photo"],
        ["a status", { ...good, status: "published" }, "Invalid request: Unrecognized fields: 'status'"],
        ["a maker id", { ...good, maker_id: "mkr_someone" }, "Invalid request: Unrecognized fields: 'maker_id'"],
        ["a list", [good], "Invalid request: The request body must be a JSON object"],
      ]
      for (const [what, body, message] of cases) {
        const response = await submit(body as Record<string, unknown>)
        expect(response.status, `${what}: ${JSON.stringify(response.data)}`).toBe(400)
        expect(response.data, what).toEqual({ type: "invalid_data", message })
        for (const echoed of ["sepatu", "185000.5", "NOTAREAL", "mkr_someone", "yyyy"]) expect(response.data.message, what).not.toContain(echoed)
      }
      const malformed = await attempt(api.post("/maker/products", Buffer.from('{"title": "Mandala'), { headers: { ...rina.auth.headers, "content-type": "application/json" } }))
      expectStatus(malformed, 400)
      expect(malformed.data.message).toBe("The request body is not valid JSON")
      expect(await counts()).toEqual(before)

      // Edits are checked the same way, and an empty edit says so.
      const product = await created()
      const cases2: [unknown, string][] = [
        [{}, "Invalid request: Change at least one field"],
        [{ status: "published" }, "Invalid request: Unrecognized fields: 'status'"],
        [{ price_idr: -5 }, "Invalid request: Field 'price_idr' must be a whole number of rupiah from 1000 to 100000000"],
        [{ made_to_order: true }, "Invalid request: Field 'lead_time_days' is required for made to order"],
      ]
      for (const [body, message] of cases2) {
        const response = await edit(product.id, body as Record<string, unknown>)
        expect(response.status, JSON.stringify(body)).toBe(400)
        expect(response.data.message).toBe(message)
      }
      expect(await mine(product.id)).toMatchObject({ status: "in_review", made_to_order: false, price_idr: 185000 })

      // Nothing she or staff did printed her private data.
      const output = printed.join("\n")
      for (const text of RINA_PRIVATE) expect(output, text).not.toContain(text)
    })
  },
})
