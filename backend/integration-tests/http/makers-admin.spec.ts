import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MAKER_MODULE, type MakerModuleService } from "../../src/modules/maker"
import { createMakerWorkflow } from "../../src/workflows/create-maker"
import { updateMakerWorkflow } from "../../src/workflows/update-maker"
import { attempt, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"

// The admin API for makers (docs/makers-api.md): staff create, edit, assign products, and see who changed
// what; bad input is a 400 with a message and changes nothing; an unknown maker in the path is a 404.

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    const makers = () => getContainer().resolve<MakerModuleService>(MAKER_MODULE)

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    const newMaker = {
      handle: "ibu-rosta",
      display_name: "Ibu Rosta",
      story_id: "Saya membuat buket untuk pesta.",
      story_en: "I make bouquets for parties.",
      crafts: ["bouquet", "wall"],
      city: "Medan",
      private: {
        legal_name: "Rosta Manurung",
        phone: "+6281200000001",
        whatsapp: "+6281200000001",
        address: "Jl. Contoh No. 1, Medan",
        payout_method: "ewallet",
        bank_name: "BRI",
        bank_account_number: "0123456789",
        bank_account_holder: "Rosta Manurung",
        ewallet_provider: "DANA",
        ewallet_number: "+6281200000001",
        staff_notes: "Contoh catatan",
      },
      consents: { display_name: true, story: true, city: false },
    }

    /** Every maker row, private row, consent and history entry, to prove a rejected request changed nothing. */
    async function snapshot({ ignoreUpdatedAt = false } = {}) {
      const service = makers()
      const [rows, privates, consents, changes] = await Promise.all([
        service.listMakers({}, { order: { id: "ASC" } }),
        service.listMakerPrivates({}, { order: { id: "ASC" } }),
        service.listMakerConsents({}, { order: { id: "ASC" } }),
        service.listMakerChanges({}, { order: { id: "ASC" } }),
      ])
      const { data: links } = await getContainer()
        .resolve("query")
        .graph({ entity: "product_maker", fields: ["product_id", "maker_id"] })
      const sortedLinks = links.map((l: any) => `${l.product_id}>${l.maker_id}`).sort()
      // A compensation writes the previous values back, which moves updated_at: compare values only then.
      const replacer = (key: string, value: unknown) => (ignoreUpdatedAt && key === "updated_at" ? undefined : value)
      return JSON.stringify({ rows, privates, consents, changes, sortedLinks }, replacer)
    }

    it("is for staff only", async () => {
      for (const [method, url] of [
        ["get", "/admin/makers"],
        ["post", "/admin/makers"],
        ["get", "/admin/makers/mkr_1"],
        ["post", "/admin/makers/mkr_1/hide"],
        ["get", "/admin/makers/mkr_1/history"],
      ] as const) {
        const response = await attempt(method === "get" ? api.get(url) : api.post(url, {}))
        expect(response.status, url).toBe(401)
      }
    })

    it("creates a maker with her private data and consents, and shows private data only in the detail", async () => {
      const { data } = await api.post("/admin/makers", newMaker, demo.admin)
      expect(data.maker).toMatchObject({
        handle: "ibu-rosta",
        display_name: "Ibu Rosta",
        crafts: ["bouquet", "wall"],
        status: "active",
        is_collective: false,
        product_count: 0,
      })
      expect(data.maker.private).toBeUndefined()
      expect(data.maker.consents.display_name).toEqual({
        granted: true,
        recorded_at: expect.any(String),
        recorded_by: demo.adminUserId,
      })
      expect(data.maker.consents.city.granted).toBe(false)
      expect(data.maker.consents.image).toEqual({ granted: false, recorded_at: null, recorded_by: null })

      const { data: detail } = await api.get(`/admin/makers/${data.maker.id}`, demo.admin)
      expect(detail.maker.private).toEqual(newMaker.private)
      expect(detail.maker.product_ids).toEqual([])

      const { data: list } = await api.get("/admin/makers?q=rosta", demo.admin)
      expect(list.makers.map((m: any) => m.handle)).toEqual(["ibu-rosta"])
      expect(JSON.stringify(list)).not.toContain("Rosta Manurung")

      const { data: history } = await api.get(`/admin/makers/${data.maker.id}/history`, demo.admin)
      expect(history.changes).toHaveLength(1)
      expect(history.changes[0]).toMatchObject({ action: "created", actor_id: demo.adminUserId })
      expect(history.changes[0].fields).toEqual(
        expect.arrayContaining(["handle", "story_id", "private.legal_name", "private.bank_account_number", "consents.display_name"])
      )
      expect(JSON.stringify(history)).not.toMatch(/Rosta Manurung|0123456789|\+6281200000001/)
    })

    it("lists makers with search, status filter and pages, without private data", async () => {
      const { data: all } = await api.get("/admin/makers?limit=100", demo.admin)
      expect(all.count).toBe(8)
      expect(all.makers).toHaveLength(8)
      for (const maker of all.makers) expect(maker.private).toBeUndefined()
      expect(JSON.stringify(all)).not.toMatch(/legal_name|bank_account|staff_notes/)
      const total = all.makers.reduce((sum: number, m: any) => sum + m.product_count, 0)
      const { data: products } = await api.get("/admin/products?limit=1", demo.admin)
      expect(total).toBe(products.count)

      const { data: hidden } = await api.get("/admin/makers?status=hidden", demo.admin)
      expect(hidden.makers.map((m: any) => m.handle)).toEqual(["tiur"])
      const { data: page } = await api.get("/admin/makers?limit=3&offset=3", demo.admin)
      expect(page).toMatchObject({ count: 8, limit: 3, offset: 3 })
      expect(page.makers).toHaveLength(3)

      const bad = await attempt(api.get("/admin/makers?status=deleted", demo.admin))
      expect(bad.status).toBe(400)
    })

    it("edits public and private fields and consents, recording field names only", async () => {
      const id = await makerIdByHandle(api, demo.admin, "rina")
      const { data } = await api.post(
        `/admin/makers/${id}`,
        {
          display_name: "Rina Kreasi",
          story_id: "Cerita baru",
          private: { phone: "+6281399999999", staff_notes: "Catatan baru" },
          consents: { story: true, city: true },
        },
        demo.admin
      )
      expect(data.maker).toMatchObject({ display_name: "Rina Kreasi", story_id: "Cerita baru" })
      expect(data.maker.consents.story.granted).toBe(true)
      const { data: detail } = await api.get(`/admin/makers/${id}`, demo.admin)
      expect(detail.maker.private.phone).toBe("+6281399999999")
      expect(detail.maker.private.legal_name).toBe("Karina Dewi Pratiwi")

      const { data: history } = await api.get(`/admin/makers/${id}/history`, demo.admin)
      const latest = history.changes[0]
      expect(latest).toMatchObject({ action: "updated", actor_id: demo.adminUserId })
      // city consent was already given: re-sending it records nothing.
      expect(latest.fields.sort()).toEqual(
        ["consents.story", "display_name", "private.phone", "private.staff_notes", "story_id"].sort()
      )
      expect(JSON.stringify(history)).not.toMatch(/Catatan baru|6281399999999|Cerita baru/)

      // A body that changes nothing records nothing.
      await api.post(`/admin/makers/${id}`, { display_name: "Rina Kreasi" }, demo.admin)
      const { data: after } = await api.get(`/admin/makers/${id}/history`, demo.admin)
      expect(after.changes).toHaveLength(history.changes.length)
    })

    it("answers bad input with a 400 and a message, and changes nothing", async () => {
      const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
      const before = await snapshot()
      const { data: someProducts } = await api.get("/admin/products?limit=1", demo.admin)
      const cases: [string, string, unknown, RegExp][] = [
        ["create: duplicate handle", "/admin/makers", { ...newMaker, handle: "kak-melati" }, /already exists/],
        ["create: handle with spaces", "/admin/makers", { ...newMaker, handle: "ibu rosta" }, /handle/],
        ["create: handle in uppercase", "/admin/makers", { ...newMaker, handle: "Ibu-Rosta" }, /handle/],
        ["create: handle too short", "/admin/makers", { ...newMaker, handle: "ib" }, /handle/],
        ["create: story too long", "/admin/makers", { ...newMaker, story_id: "a".repeat(2001) }, /story_id/],
        ["create: English story too long", "/admin/makers", { ...newMaker, story_en: "a".repeat(2001) }, /story_en/],
        ["create: no crafts", "/admin/makers", { ...newMaker, crafts: [] }, /crafts/],
        ["create: unknown craft", "/admin/makers", { ...newMaker, crafts: ["pottery"] }, /crafts/],
        ["create: display name too long", "/admin/makers", { ...newMaker, display_name: "a".repeat(81) }, /display_name/],
        ["create: unknown field", "/admin/makers", { ...newMaker, status: "hidden" }, /status/],
        ["create: unknown private field", "/admin/makers", { ...newMaker, private: { nik: "1271" } }, /nik/],
        ["create: bad phone", "/admin/makers", { ...newMaker, private: { phone: "call me" } }, /private\.phone/],
        ["create: unknown consent item", "/admin/makers", { ...newMaker, consents: { phone: true } }, /phone/],
        ["update: duplicate handle", `/admin/makers/${melati}`, { handle: "rina", private: { legal_name: "Changed" } }, /already exists/],
        ["update: handle with spaces", `/admin/makers/${melati}`, { handle: "kak melati" }, /handle/],
        ["update: story too long", `/admin/makers/${melati}`, { story_en: "a".repeat(2001), city: "Binjai" }, /story_en/],
        ["update: unknown field", `/admin/makers/${melati}`, { is_collective: true }, /is_collective/],
        ["consent: unknown item", `/admin/makers/${melati}/consents`, { item: "phone", granted: false }, /item/],
        ["consent: not a boolean", `/admin/makers/${melati}/consents`, { item: "story", granted: "no" }, /granted/],
        ["products: unknown product id", `/admin/makers/${melati}/products`, { add: [someProducts.products[0].id, "prod_unknown"] }, /prod_unknown/],
        ["products: nothing to do", `/admin/makers/${melati}/products`, {}, /add|remove/],
        ["hide: a body", `/admin/makers/${melati}/hide`, { now: true }, /now/],
      ]
      for (const [name, url, body, message] of cases) {
        const response = await attempt(api.post(url, body, demo.admin))
        expect(response.status, name).toBe(400)
        expect(response.data.type, name).toBe("invalid_data")
        expect(response.data.message, name).toMatch(message)
      }
      const malformed = await attempt(
        api.post("/admin/makers", '{"handle": "x",', {
          headers: { ...demo.admin.headers, "content-type": "application/json" },
          transformRequest: [(d: string) => d],
        })
      )
      expect(malformed.status).toBe(400)
      expect(malformed.data).toEqual({ type: "invalid_data", message: "The request body is not valid JSON" })
      expect(await snapshot()).toBe(before)
    })

    it("answers an unknown maker in the path with a 404", async () => {
      const before = await snapshot()
      const { data: product } = await api.get("/admin/products?limit=1&fields=id", demo.admin)
      for (const [method, url, body] of [
        ["get", "/admin/makers/mkr_unknown", undefined],
        ["post", "/admin/makers/mkr_unknown", { city: "Medan" }],
        ["post", "/admin/makers/mkr_unknown/consents", { item: "story", granted: true }],
        ["post", "/admin/makers/mkr_unknown/hide", {}],
        ["post", "/admin/makers/mkr_unknown/unhide", {}],
        ["post", "/admin/makers/mkr_unknown/products", { add: [product.products[0].id] }],
        ["get", "/admin/makers/mkr_unknown/history", undefined],
      ] as const) {
        const response = await attempt(method === "get" ? api.get(url, demo.admin) : api.post(url, body, demo.admin))
        expect(response.status, url).toBe(404)
        expect(response.data.message, url).toMatch(/not found/i)
      }
      expect(await snapshot()).toBe(before)
    })

    it("undoes every step of a workflow that fails half-way, without quoting private data", async () => {
      // A payout method the API would refuse reaches the database only through a direct workflow call: the
      // database refuses it after the maker row was written, and the workflow must take that row back.
      const before = await snapshot()
      const secret = "Rahasia Sekali 0000"
      const failedCreate = await createMakerWorkflow(getContainer())
        .run({
          input: {
            maker: { handle: "setengah-jadi", display_name: "Setengah", crafts: ["wall"] },
            private: { legal_name: secret, payout_method: "cash" as any },
            consents: { display_name: true },
            actor_id: "user_test",
          },
        })
        .then(() => null, (error: Error) => error)
      expect(failedCreate?.message).toMatch(/private data/)
      expect(JSON.stringify({ message: failedCreate!.message, ...failedCreate })).not.toContain(secret)
      expect(await snapshot()).toBe(before)

      const rina = await makerIdByHandle(api, demo.admin, "rina")
      const valuesBefore = await snapshot({ ignoreUpdatedAt: true })
      const failedUpdate = await updateMakerWorkflow(getContainer())
        .run({
          input: {
            id: rina,
            update: { display_name: "Nama Baru", city: "Binjai" },
            private: { staff_notes: secret, payout_method: "cash" as any },
            consents: { story: true },
            actor_id: "user_test",
          },
        })
        .then(() => null, (error: Error) => error)
      expect(failedUpdate?.message).toMatch(/private data/)
      expect(JSON.stringify({ message: failedUpdate!.message, ...failedUpdate })).not.toContain(secret)
      expect(await snapshot({ ignoreUpdatedAt: true })).toBe(valuesBefore)
    })

    it("keeps the Collective: it cannot be hidden, lose consent, or change its handle", async () => {
      const collective = await makerIdByHandle(api, demo.admin, "kolektif-rumah-karya")
      const before = await snapshot()
      for (const [url, body] of [
        [`/admin/makers/${collective}/hide`, {}],
        [`/admin/makers/${collective}/consents`, { item: "display_name", granted: false }],
        [`/admin/makers/${collective}`, { consents: { image: false } }],
        [`/admin/makers/${collective}`, { handle: "kolektif-baru" }],
        [`/admin/makers/${collective}/products`, { remove: [(await api.get(`/admin/makers/${collective}`, demo.admin)).data.maker.product_ids[0]] }],
      ] as const) {
        const response = await attempt(api.post(url, body, demo.admin))
        expect(response.status, url).toBe(400)
      }
      expect(await snapshot()).toBe(before)
    })

    it("moves products between makers, back to the Collective on removal, always one maker each", async () => {
      const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
      const butet = await makerIdByHandle(api, demo.admin, "butet")
      const collective = await makerIdByHandle(api, demo.admin, "kolektif-rumah-karya")
      const { data: melatiDetail } = await api.get(`/admin/makers/${melati}`, demo.admin)
      const [first, second] = melatiDetail.maker.product_ids

      const { data: moved } = await api.post(`/admin/makers/${butet}/products`, { add: [first] }, demo.admin)
      expect(moved.maker.product_count).toBe(5)
      const summary = async (id: string) => (await api.get(`/store/products/${id}?fields=id`, demo.store)).data.product.maker.handle
      expect(await summary(first)).toBe("butet")
      const { data: ofProduct } = await api.get(`/admin/makers?product_id=${first}`, demo.admin)
      expect(ofProduct.makers.map((m: any) => m.handle)).toEqual(["butet"])
      const { data: ofNothing } = await api.get("/admin/makers?product_id=prod_unknown", demo.admin)
      expect(ofNothing).toMatchObject({ makers: [], count: 0 })

      // Removing from a maker who does not have it is refused; removing from its maker gives it to the Collective.
      expect((await attempt(api.post(`/admin/makers/${melati}/products`, { remove: [first] }, demo.admin))).status).toBe(400)
      await api.post(`/admin/makers/${melati}/products`, { remove: [second] }, demo.admin)
      expect(await summary(second)).toBe("kolektif-rumah-karya")

      // And back again, through the same link rows.
      await api.post(`/admin/makers/${melati}/products`, { add: [first, second] }, demo.admin)
      expect(await summary(first)).toBe("kak-melati")
      expect(await summary(second)).toBe("kak-melati")

      const { data: links } = await getContainer().resolve("query").graph({ entity: "product_maker", fields: ["product_id"] })
      const productIds = links.map((l: any) => l.product_id)
      expect(new Set(productIds).size).toBe(productIds.length)
      const { data: products } = await api.get("/admin/products?limit=1", demo.admin)
      expect(productIds.length).toBe(products.count)

      const { data: history } = await api.get(`/admin/makers/${butet}/history`, demo.admin)
      expect(history.changes.slice(0, 2).map((c: any) => c.action)).toEqual(["products_assigned", "products_assigned"])
      const { data: collectiveHistory } = await api.get(`/admin/makers/${collective}/history`, demo.admin)
      expect(collectiveHistory.changes[0]).toMatchObject({ action: "products_assigned", actor_id: demo.adminUserId, fields: ["products"] })
    })

    it("gives a product created in the admin to the Collective", async () => {
      const { data: product } = await api.get("/admin/products?limit=1&fields=shipping_profile_id", demo.admin)
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Produk Baru",
          status: "published",
          shipping_profile_id: product.products[0].shipping_profile_id,
          options: [{ title: "Ukuran", values: ["Satu"] }],
          variants: [{ title: "Satu", options: { Ukuran: "Satu" }, prices: [{ currency_code: "idr", amount: 100000 }] }],
          sales_channels: [{ id: demo.salesChannelId }],
        },
        demo.admin
      )
      const { data: collective } = await api.get(
        `/admin/makers/${await makerIdByHandle(api, demo.admin, "kolektif-rumah-karya")}`,
        demo.admin
      )
      expect(collective.maker.product_ids).toContain(data.product.id)
      const { data: store } = await api.get(`/store/products/${data.product.id}`, demo.store)
      expect(store.product.maker).toEqual({
        handle: "kolektif-rumah-karya",
        display_name: "Kolektif Rumah Karya",
        image_url: null,
        is_collective: true,
      })
    })
  },
})
