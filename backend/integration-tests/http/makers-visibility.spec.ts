import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import seedDemoStore from "../../src/scripts/seed"
import { demoMakers } from "../../src/scripts/seed/makers"
import { PRIVATE_FIELDS } from "../../src/modules/maker/types"
import { attempt, eventually, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { startStorefrontStandIn } from "../helpers/storefront-stand-in"

// What the public sees of makers (docs/makers-api.md): the store's maker routes, the maker summary on
// products, hiding and consent withdrawal taking effect at once, and the storefront told within 5 seconds.

const SECRET = "test-revalidate-secret"
const PUBLIC_MAKER_KEYS = ["crafts", "city", "display_name", "handle", "id", "image_url", "is_collective", "joined_at", "story"].sort()

/** A stand-in for the storefront's POST /api/revalidate that records what it was sent. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let storefront: Awaited<ReturnType<typeof startStorefrontStandIn>>

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
    })

    const store = () => demo.store
    const summaryOf = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=id`, store())).data.products[0].maker
    const revalidatedFor = (makerHandle: string) =>
      storefront.calls.find((c) => c.body.tags?.includes(`maker:${makerHandle}`))

    it("lists the active, named makers with public fields only, the Collective last", async () => {
      const { data } = await api.get("/store/makers", store())
      const handles = data.makers.map((m: any) => m.handle)
      expect(handles).toEqual(["kak-melati", "ibu-sondang", "anggrek", "rina", "nur", "butet", "kolektif-rumah-karya"])
      expect(data).toMatchObject({ count: 7, limit: 50, offset: 0 })
      for (const maker of data.makers) expect(Object.keys(maker).sort()).toEqual(PUBLIC_MAKER_KEYS)
      const byHandle = Object.fromEntries(data.makers.map((m: any) => [m.handle, m]))
      expect(byHandle.anggrek.image_url).toBeNull() // no image consent
      expect(byHandle.rina.story).toEqual({ id: null, en: null }) // no story consent
      expect(byHandle.nur.city).toBeNull() // no city consent
      expect(byHandle["kak-melati"].image_url).toMatch(/\.webp$/)
      expect(byHandle["kolektif-rumah-karya"].is_collective).toBe(true)

      const { data: page } = await api.get("/store/makers?limit=2&offset=5", store())
      expect(page.makers.map((m: any) => m.handle)).toEqual(["butet", "kolektif-rumah-karya"])
      expect(page.count).toBe(7)

      expect((await attempt(api.get("/store/makers"))).status).toBe(400) // no publishable key
      expect((await attempt(api.get("/store/makers?fields=*private", store()))).status).toBe(400)
    })

    it("shows a maker's profile with her published products in the key's sales channel", async () => {
      const { data } = await api.get("/store/makers/kak-melati", store())
      expect(Object.keys(data.maker).sort()).toEqual(PUBLIC_MAKER_KEYS)
      expect(data.products.map((p: any) => p.handle).sort()).toEqual(
        ["buket-mawar-abadi", "buket-melati-wisuda", "buket-tulip-pelangi"]
      )
      for (const product of data.products) expect(Object.keys(product).sort()).toEqual(["handle", "id", "thumbnail", "title"])

      // A draft product and a product sold only in another channel are not on her page.
      const container = getContainer()
      const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
      const [draft, elsewhere] = data.products
      await container.resolve(Modules.PRODUCT).updateProducts(draft.id, { status: ProductStatus.DRAFT })
      const { result: channel } = await (await import("@medusajs/medusa/core-flows"))
        .createSalesChannelsWorkflow(container)
        .run({ input: { salesChannelsData: [{ name: "Pameran" }] } })
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({ [Modules.PRODUCT]: { product_id: elsewhere.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: demo.salesChannelId } })
      await link.create({ [Modules.PRODUCT]: { product_id: elsewhere.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel[0].id } })
      const { data: after } = await api.get("/store/makers/kak-melati", store())
      expect(after.products.map((p: any) => p.id)).toEqual(data.products.slice(2).map((p: any) => p.id))
      expect(melati).toBeTruthy()

      for (const handle of ["tiur", "nobody-here", "Kak-Melati", "a"]) {
        const response = await attempt(api.get(`/store/makers/${handle}`, store()))
        expect(response.status, handle).toBe(404)
        expect(response.data.message).toBe("Maker not found")
      }
    })

    it("gives every product a maker summary; a hidden maker's products carry the Collective's", async () => {
      const { data } = await api.get("/store/products?limit=100&fields=handle", store())
      const collective = { handle: "kolektif-rumah-karya", display_name: "Kolektif Rumah Karya", image_url: null, is_collective: true }
      const tiur = demoMakers.find((m) => m.handle === "tiur")!
      for (const product of data.products) {
        expect(Object.keys(product.maker).sort()).toEqual(["display_name", "handle", "image_url", "is_collective"])
        if (tiur.products.includes(product.handle)) expect(product.maker).toEqual(collective)
      }
      expect(data.products.filter((p: any) => p.maker.handle === "tiur")).toEqual([])
      const { data: detail } = await api.get(`/store/products/${data.products[0].id}`, store())
      expect(detail.product.maker.handle).toBeTruthy()

      // The Collective's page lists group work and the hidden maker's products.
      const { data: page } = await api.get("/store/makers/kolektif-rumah-karya", store())
      const handles = page.products.map((p: any) => p.handle)
      expect(handles).toEqual(expect.arrayContaining([...tiur.products, "bale-pengantin-putih-suci"]))
    })

    it("hides a maker at once everywhere, tells the storefront within 5 seconds, and shows her again", async () => {
      const butet = await makerIdByHandle(api, demo.admin, "butet")
      const product = demoMakers.find((m) => m.handle === "butet")!.products[0]
      expect((await summaryOf(product)).handle).toBe("butet")

      const started = Date.now()
      const { data } = await api.post(`/admin/makers/${butet}/hide`, {}, demo.admin)
      expect(data.maker.status).toBe("hidden")
      expect((await attempt(api.get("/store/makers/butet", store()))).status).toBe(404)
      expect((await api.get("/store/makers", store())).data.makers.map((m: any) => m.handle)).not.toContain("butet")
      expect((await summaryOf(product)).handle).toBe("kolektif-rumah-karya")
      const { data: collectivePage } = await api.get("/store/makers/kolektif-rumah-karya", store())
      expect(collectivePage.products.map((p: any) => p.handle)).toContain(product)
      // Still for sale.
      expect((await api.get(`/store/products?handle=${product}`, store())).data.products).toHaveLength(1)

      const call = (await eventually(() => revalidatedFor("butet"), 5000))!
      expect(call.at - started).toBeLessThan(5000)
      expect(call.secret).toBe(SECRET)
      expect(call.body).toEqual({ tags: ["makers", "maker:butet", "products"] })

      storefront.calls.length = 0
      await api.post(`/admin/makers/${butet}/unhide`, {}, demo.admin)
      expect((await api.get("/store/makers/butet", store())).data.maker.handle).toBe("butet")
      expect((await summaryOf(product)).handle).toBe("butet")
      await eventually(() => revalidatedFor("butet"), 5000)

      const { data: history } = await api.get(`/admin/makers/${butet}/history`, demo.admin)
      expect(history.changes.slice(0, 2).map((c: any) => [c.action, c.actor_id, c.fields])).toEqual([
        ["unhidden", demo.adminUserId, ["status"]],
        ["hidden", demo.adminUserId, ["status"]],
      ])
    })

    it("withdraws each consent at once, and a new grant shows the item again", async () => {
      const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
      const product = "buket-mawar-abadi"
      const profile = async () => (await api.get("/store/makers/kak-melati", store())).data.maker
      const withdraw = (item: string, granted = false) =>
        api.post(`/admin/makers/${melati}/consents`, { item, granted }, demo.admin)

      await withdraw("story")
      expect((await profile()).story).toEqual({ id: null, en: null })
      await withdraw("city")
      expect((await profile()).city).toBeNull()
      await withdraw("image")
      expect((await profile()).image_url).toBeNull()
      expect((await summaryOf(product)).image_url).toBeNull()
      expect((await summaryOf(product)).handle).toBe("kak-melati")
      const { data } = await withdraw("display_name")
      expect(data.maker.consents.display_name).toMatchObject({ granted: false, recorded_by: demo.adminUserId })
      expect((await attempt(api.get("/store/makers/kak-melati", store()))).status).toBe(404)
      expect((await summaryOf(product)).handle).toBe("kolektif-rumah-karya")
      expect((await api.get("/store/makers", store())).data.makers.map((m: any) => m.handle)).not.toContain("kak-melati")
      await eventually(() => storefront.calls.length >= 4 && revalidatedFor("kak-melati"), 5000)

      for (const item of ["display_name", "story", "image", "city"]) await withdraw(item, true)
      const shown = await profile()
      expect(shown.story.id).toMatch(/botol bekas/)
      expect(shown.city).toBe("Medan")
      expect(shown.image_url).toMatch(/\.webp$/)
      expect((await summaryOf(product)).handle).toBe("kak-melati")

      const { data: history } = await api.get(`/admin/makers/${melati}/history?limit=8`, demo.admin)
      expect(history.changes.map((c: any) => c.action)).toEqual([
        ...Array(4).fill("consent_granted"),
        ...Array(4).fill("consent_withdrawn"),
      ])
    })

    it("renames a maker's page, and tells the storefront about both handles", async () => {
      const anggrek = await makerIdByHandle(api, demo.admin, "anggrek")
      await api.post(`/admin/makers/${anggrek}`, { handle: "anggrek-bulan" }, demo.admin)
      expect((await attempt(api.get("/store/makers/anggrek", store()))).status).toBe(404)
      expect((await api.get("/store/makers/anggrek-bulan", store())).data.maker.display_name).toBe("Anggrek")
      expect((await summaryOf("buket-anggrek-bulan")).handle).toBe("anggrek-bulan")
      const call = (await eventually(() => revalidatedFor("anggrek-bulan"), 5000))!
      expect(call.body.tags).toEqual(["makers", "maker:anggrek", "maker:anggrek-bulan", "products"])
    })

    it("answers the request when the storefront is down, and hides her all the same", async () => {
      process.env.STOREFRONT_URL = "http://localhost:9" // nothing listens there
      const nur = await makerIdByHandle(api, demo.admin, "nur")
      const started = Date.now()
      const response = await api.post(`/admin/makers/${nur}/hide`, {}, demo.admin)
      expect(response.status).toBe(200)
      expect(Date.now() - started).toBeLessThan(3000)
      expect((await attempt(api.get("/store/makers/nur", store()))).status).toBe(404)
      await new Promise((resolve) => setTimeout(resolve, 300))
    })

    it("seeds at least six makers with every private field filled, every product assigned, and runs again idempotently", async () => {
      const { data } = await api.get("/admin/makers?limit=100", demo.admin)
      const people = data.makers.filter((m: any) => !m.is_collective)
      expect(people.length).toBeGreaterThanOrEqual(6)
      expect(people.filter((m: any) => m.status === "hidden").map((m: any) => m.handle)).toEqual(["tiur"])
      for (const maker of data.makers.filter((m: any) => !m.is_collective)) {
        const { data: detail } = await api.get(`/admin/makers/${maker.id}`, demo.admin)
        for (const field of PRIVATE_FIELDS) expect(detail.maker.private[field], `${maker.handle}.${field}`).toBeTruthy()
        expect(detail.maker.product_ids.length, maker.handle).toBeGreaterThan(0)
      }
      const before = JSON.stringify(data.makers.map((m: any) => [m.handle, m.product_count, m.status]))

      await seedDemoStore({ container: getContainer(), args: [] })
      const { data: again } = await api.get("/admin/makers?limit=100", demo.admin)
      expect(JSON.stringify(again.makers.map((m: any) => [m.handle, m.product_count, m.status]))).toBe(before)

      const { data: products } = await api.get("/store/products?limit=100&fields=id", store())
      expect(products.products.every((p: any) => typeof p.maker?.handle === "string")).toBe(true)
    })
  },
})
