import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoMakers } from "../../src/scripts/seed/makers"
import { products as catalogue } from "../../src/scripts/seed/catalogue"
import { reindexSearch } from "../../src/workflows/utils/search-sync"
import { attempt, eventually, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"

// Search over the demo catalogue (25 products, Indonesian titles, English in metadata) with the default
// PostgreSQL provider: relevance of typical buyer queries (typos, Indonesian and English mixed, maker names),
// facets, filters, sorting, paging, validation, and the privacy rule: a hidden maker's name finds nothing of
// hers, and no private field of any maker is ever in a response.

const categoryOf = new Map(catalogue.map((p) => [p.handle, p.category]))
const tiur = demoMakers.find((m) => m.hidden)!
const privateValues = demoMakers.flatMap((m) => Object.values(m.private).filter((v): v is string => typeof v === "string" && v.length > 3))

type Case = {
  q: string
  /** Handles that must be the first results, in this order. */
  first?: string[]
  /** Handles that must all be within the top `within` results. */
  top?: string[]
  within?: number
  /** Category every one of the top `within` results belongs to. */
  category?: string
  /** Exact number of results. */
  count?: number
}

const CASES: Case[] = [
  // Indonesian and English words for the same things
  { q: "buket", category: "buket-bunga", within: 7 },
  { q: "bouquet", category: "buket-bunga", within: 7 },
  { q: "mawar", first: ["buket-mawar-abadi"] },
  { q: "rose", first: ["buket-mawar-abadi"] },
  { q: "buket mawar", first: ["buket-mawar-abadi"] },
  { q: "jasmine", first: ["buket-melati-wisuda"] },
  { q: "orchid", first: ["buket-anggrek-bulan"] },
  { q: "sunflower", first: ["buket-matahari-ceria"] },
  { q: "tulip", first: ["buket-tulip-pelangi"] },
  { q: "hiasan dinding", category: "hiasan-dinding", within: 5 },
  { q: "wall decor", category: "hiasan-dinding", within: 5 },
  { q: "hiasan pintu", category: "hiasan-pintu", within: 5 },
  { q: "door wreath", category: "hiasan-pintu", within: 5 },
  { q: "mandala", top: ["mandala-dinding-samudra", "mandala-dinding-senja", "mandala-dinding-pastel"], within: 3, count: 3 },
  { q: "bridal bale", category: "bale-pengantin", within: 3 },
  { q: "wedding", top: ["rangkaian-pintu-pengantin", "buket-pengantin-tangan"], within: 10 },
  { q: "natal", first: ["rangkaian-pintu-natal"] },
  { q: "christmas", first: ["rangkaian-pintu-natal"] },
  { q: "lebaran", first: ["rangkaian-pintu-lebaran"] },
  { q: "eid", first: ["rangkaian-pintu-lebaran"] },
  { q: "kupu-kupu", first: ["hiasan-dinding-kupu-kupu"] },
  { q: "butterfly", first: ["hiasan-dinding-kupu-kupu"] },
  { q: "batak", first: ["bale-pengantin-batak"] },
  { q: "bunga raya", first: ["hiasan-dinding-bunga-raya"] },
  { q: "selamat datang", first: ["rangkaian-pintu-selamat-datang"] },
  { q: "seserahan", first: ["bale-seserahan-mini"] },
  // Typos
  { q: "bukett", category: "buket-bunga", within: 5 },
  { q: "hiasn dinding", category: "hiasan-dinding", within: 5 },
  { q: "botol plastk", top: ["buket-mawar-abadi"], within: 10 },
  { q: "mawr", first: ["buket-mawar-abadi"] },
  { q: "tulp", first: ["buket-tulip-pelangi"] },
  { q: "mandla", top: ["mandala-dinding-samudra", "mandala-dinding-senja", "mandala-dinding-pastel"], within: 3 },
  { q: "christmass", first: ["rangkaian-pintu-natal"] },
  // Mixed languages, case and diacritics
  { q: "wall decor merah", top: ["hiasan-dinding-bunga-raya"], within: 3, category: "hiasan-dinding" },
  { q: "buket rose", first: ["buket-mawar-abadi"] },
  { q: "BUKET Mawár", first: ["buket-mawar-abadi"] },
  { q: "pintu christmas", first: ["rangkaian-pintu-natal"] },
  // Makers by the names they chose
  { q: "kak melati", top: ["buket-mawar-abadi", "buket-melati-wisuda", "buket-tulip-pelangi"], within: 3, count: 3 },
  { q: "butet", top: ["hiasan-dinding-kupu-kupu", "hiasan-dinding-bunga-raya", "panel-dinding-daun", "rangkaian-pintu-natal"], within: 4, count: 4 },
  { q: "ibu sondang", top: ["bale-pengantin-batak", "bale-sirih-junjung"], within: 2, count: 2 },
  { q: "sondng", top: ["bale-pengantin-batak", "bale-sirih-junjung"], within: 2 },
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
      await reindexSearch(getContainer())
    })

    const search = async (params: Record<string, string | number | boolean>) => {
      const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()
      const { data } = await api.get(`/store/search?${qs}`, demo.store)
      return data
    }
    const handles = (data: any): string[] => data.hits.map((h: any) => h.handle)

    it(`ranks ${CASES.length} buyer queries over the demo catalogue`, async () => {
      expect(CASES.length).toBeGreaterThanOrEqual(30)
      const failures: string[] = []
      for (const c of CASES) {
        const data = await search({ q: c.q, limit: 25 })
        const got = handles(data)
        const within = c.within ?? c.first?.length ?? 5
        const top = got.slice(0, within)
        const problems: string[] = []
        if (!got.length) problems.push("no results")
        if (c.first && JSON.stringify(got.slice(0, c.first.length)) !== JSON.stringify(c.first)) problems.push(`first ≠ ${c.first}`)
        for (const handle of c.top ?? []) if (!top.includes(handle)) problems.push(`${handle} not in top ${within}`)
        if (c.category) {
          const wrong = top.filter((h) => categoryOf.get(h) !== c.category)
          if (wrong.length) problems.push(`outside ${c.category}: ${wrong}`)
        }
        if (c.count != null && data.count !== c.count) problems.push(`count ${data.count} ≠ ${c.count}`)
        if (problems.length) failures.push(`"${c.q}": ${problems.join("; ")} — got ${got.slice(0, 8).join(", ")}`)
      }
      expect(failures).toEqual([])
    })

    it("answers the public hit shape with facets", async () => {
      const data = await search({ q: "buket", currency: "idr" })
      expect(data).toMatchObject({ count: 7, limit: 20, offset: 0 })
      expect(Object.keys(data.hits[0]).sort()).toEqual(
        ["currency", "handle", "id", "in_stock", "made_to_order", "maker", "price", "thumbnail", "title", "title_en"].sort()
      )
      const mawar = data.hits.find((h: any) => h.handle === "buket-mawar-abadi")
      expect(mawar).toMatchObject({
        title: "Buket Mawar Abadi",
        title_en: "Everlasting Rose Bouquet",
        price: 185000,
        currency: "idr",
        maker: { handle: "kak-melati", name: "Kak Melati" },
        in_stock: true,
        made_to_order: false,
      })
      expect(data.facets.categories).toEqual([{ handle: "buket-bunga", name: "Buket Bunga", count: 7 }])
      expect(data.facets.makers.map((m: any) => m.handle).sort()).toEqual(["anggrek", "kak-melati", "kolektif-rumah-karya"])
      // "From" prices: each product's lowest variant price.
      const prices = data.hits.map((h: any) => h.price)
      expect(data.facets.price).toEqual({ min: Math.min(...prices), max: Math.max(...prices) })
      expect(data.facets.price.min).toBe(85000)
      expect(data.facets.in_stock).toBe(7)

      const usd = await search({ q: "buket mini", currency: "usd" })
      expect(usd.hits[0]).toMatchObject({ handle: "buket-mini-meja", price: 7, currency: "usd" })
    })

    it("filters by category, maker, price and stock; facets ignore their own filter", async () => {
      const doors = await search({ category: "hiasan-pintu", limit: 50 })
      expect(doors.count).toBe(6)
      expect(handles(doors).every((h) => categoryOf.get(h) === "hiasan-pintu")).toBe(true)
      expect(doors.facets.categories.length).toBeGreaterThan(1) // other categories still offered

      const butet = await search({ maker: "butet", limit: 50 })
      expect(handles(butet).sort()).toEqual(demoMakers.find((m) => m.handle === "butet")!.products.sort())

      const cheap = await search({ min_price: 100000, max_price: 200000, limit: 50 })
      expect(cheap.count).toBeGreaterThan(0)
      for (const hit of cheap.hits) expect(hit.price >= 100000 && hit.price <= 200000).toBe(true)
      const cheapUsd = await search({ currency: "usd", max_price: 12, limit: 50 })
      for (const hit of cheapUsd.hits) expect(hit.price).toBeLessThanOrEqual(12)

      const all = await search({ limit: 50 })
      expect(all.count).toBe(25)
      const inStock = await search({ in_stock: true, limit: 50 })
      expect(inStock.count).toBe(all.facets.in_stock)
      expect(handles(inStock)).not.toContain("hiasan-dinding-kupu-kupu") // sold out
      expect(inStock.hits.every((h: any) => h.in_stock)).toBe(true)

      const combined = await search({ q: "pengantin", category: "bale-pengantin", in_stock: false, limit: 50 })
      expect(combined.hits.every((h: any) => categoryOf.get(h.handle) === "bale-pengantin" && !h.in_stock)).toBe(true)
    })

    it("sorts by price and date and pages without overlap", async () => {
      const asc = await search({ sort: "price_asc", limit: 50 })
      const prices = asc.hits.map((h: any) => h.price)
      expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b))
      expect(asc.hits[0].handle).toBe("buket-mini-meja")
      const desc = await search({ sort: "price_desc", limit: 1 })
      expect(desc.hits[0].handle).toBe("bale-pengantin-melayu")
      const newest = await search({ sort: "newest", limit: 50 })
      expect(newest.count).toBe(25)

      const first = await search({ q: "bunga", limit: 5, offset: 0 })
      const second = await search({ q: "bunga", limit: 5, offset: 5 })
      expect(first.count).toBe(second.count)
      expect(second).toMatchObject({ limit: 5, offset: 5 })
      expect(handles(first).filter((h) => handles(second).includes(h))).toEqual([])
      const beyond = await search({ q: "bunga", limit: 5, offset: 500 })
      expect(beyond.hits).toEqual([])
    })

    it("suggests product titles as the buyer types", async () => {
      const { data } = await api.get("/store/search/suggestions?q=mand&limit=5", demo.store)
      expect(data.suggestions.map((s: any) => s.handle).sort()).toEqual(
        ["mandala-dinding-pastel", "mandala-dinding-samudra", "mandala-dinding-senja"]
      )
      for (const s of data.suggestions) expect(Object.keys(s).sort()).toEqual(["handle", "title"])
      expect(data.suggestions.map((s: any) => s.handle).every((h: string) => h.startsWith("mandala"))).toBe(true)
      const typo = await api.get("/store/search/suggestions?q=bukett", demo.store)
      expect(typo.data.suggestions.length).toBeGreaterThan(0)
      const empty = await api.get("/store/search/suggestions?q=", demo.store)
      expect(empty.data.suggestions).toEqual([])
    })

    it("answers 400 with a message to bad parameters, and needs the publishable key", async () => {
      const bad = [
        `q=${"a".repeat(101)}`,
        "currency=eur",
        "sort=cheapest",
        "limit=0",
        "limit=101",
        "offset=-1",
        "min_price=abc",
        "min_price=500&max_price=100",
        "in_stock=maybe",
        "fields=*maker",
        "unknown=1",
      ]
      for (const qs of bad) {
        const response = await attempt(api.get(`/store/search?${qs}`, demo.store))
        expect({ qs, status: response.status }).toEqual({ qs, status: 400 })
        expect(typeof response.data.message).toBe("string")
      }
      expect((await attempt(api.get(`/store/search/suggestions?q=${"a".repeat(101)}`, demo.store))).status).toBe(400)
      expect((await attempt(api.get("/store/search?q=buket"))).status).toBe(400)
      const nothing = await search({ q: "zzzzqqqq" })
      expect(nothing).toMatchObject({ hits: [], count: 0 })
    })

    it("never finds a hidden maker by her name, shows her products under the Collective, and leaks no private field", async () => {
      for (const q of [tiur.display_name, tiur.handle]) {
        const data = await search({ q })
        expect({ q, hits: handles(data) }).toEqual({ q, hits: [] })
      }
      expect((await search({ maker: tiur.handle })).count).toBe(0)
      const suggestions = await api.get(`/store/search/suggestions?q=${tiur.display_name}`, demo.store)
      expect(suggestions.data.suggestions).toEqual([])

      const hers = await search({ q: "bale hantaran marun" })
      expect(hers.hits[0]).toMatchObject({
        handle: "bale-hantaran-marun",
        maker: { handle: "kolektif-rumah-karya", name: "Kolektif Rumah Karya" },
      })

      const everything = JSON.stringify([await search({ limit: 100 }), await search({ q: "bale", limit: 100 })])
      expect(everything).not.toContain(tiur.display_name)
      for (const value of privateValues) expect(everything).not.toContain(value)
      // Private data is not searchable (words of a legal name that are also a public display name aside).
      const publicWords = new Set(demoMakers.filter((m) => !m.hidden).flatMap((m) => m.display_name.toLowerCase().split(/\s+/)))
      for (const m of demoMakers) {
        const q = (m.private.legal_name ?? "").split(/\s+/).filter((w) => !publicWords.has(w.toLowerCase())).join(" ")
        if (q) expect({ q, hits: handles(await search({ q })) }).toEqual({ q, hits: [] })
      }
    })

    it("follows a maker being hidden and shown again, and a product's title changing", async () => {
      const butetId = await makerIdByHandle(api, demo.admin, "butet")
      await api.post(`/admin/makers/${butetId}/hide`, {}, demo.admin)
      await eventually(async () => (await search({ maker: "butet" })).count === 0, 10_000)
      const butetProducts = demoMakers.find((m) => m.handle === "butet")!.products
      const found = handles(await search({ q: "butet", limit: 100 }))
      expect(found.filter((h) => butetProducts.includes(h))).toEqual([])
      const piece = await search({ q: "kupu-kupu" })
      expect(piece.hits[0].maker).toEqual({ handle: "kolektif-rumah-karya", name: "Kolektif Rumah Karya" })

      await api.post(`/admin/makers/${butetId}/unhide`, {}, demo.admin)
      await eventually(async () => (await search({ q: "butet" })).count === 4, 10_000)

      const [product] = (await api.get("/admin/products?handle=rangkaian-pintu-tropis&fields=id", demo.admin)).data.products
      await api.post(`/admin/products/${product.id}`, { title: "Rangkaian Pintu Cempaka" }, demo.admin)
      await eventually(async () => (await search({ q: "cempaka" })).hits[0]?.handle === "rangkaian-pintu-tropis", 10_000)

      await api.post(`/admin/products/${product.id}`, { status: "draft" }, demo.admin)
      await eventually(async () => (await search({ q: "cempaka" })).count === 0, 10_000)
    })

    it("follows a product selling out at the workshop and coming back into stock", async () => {
      const handle = "buket-melati-wisuda"
      const inStock = async () => (await search({ q: "melati" })).hits.find((h: any) => h.handle === handle)?.in_stock
      expect(await inStock()).toBe(true)
      const [product] = (
        await api.get(`/admin/products?handle=${handle}&fields=id,variants.inventory_items.inventory_item_id`, demo.admin)
      ).data.products
      const levels: { inventory_item_id: string; location_id: string }[] = []
      for (const variant of product.variants) {
        for (const { inventory_item_id } of variant.inventory_items) {
          const { inventory_levels } = (await api.get(`/admin/inventory-items/${inventory_item_id}/location-levels`, demo.admin)).data
          levels.push(...inventory_levels)
        }
      }
      expect(levels.length).toBeGreaterThan(0)
      const setStock = async (stocked_quantity: number) => {
        for (const level of levels) {
          await api.post(
            `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
            { stocked_quantity },
            demo.admin
          )
        }
      }
      await setStock(0)
      await eventually(async () => (await inStock()) === false, 10_000)
      expect((await search({ q: "melati", in_stock: true })).hits.map((h: any) => h.handle)).not.toContain(handle)
      await setStock(5)
      await eventually(async () => (await inStock()) === true, 10_000)
    })
  },
})
