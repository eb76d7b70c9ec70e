import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_search"

const { searchProducts, searchSuggestions, toSearchCard, toSearchQuery, SEARCH_PAGE_SIZE } = await import("./search")

const fetchMock = vi.fn<typeof fetch>()

function answer(status: number, body: unknown) {
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  )
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
  vi.spyOn(console, "error").mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const hit = {
  id: "prod_1",
  handle: "buket-mawar-merah",
  title: "Buket Mawar Merah",
  title_en: "Red Rose Bouquet",
  thumbnail: "http://backend.test:9000/static/mawar.webp",
  price: 185000,
  currency: "idr",
  maker: { handle: "sari", name: "Sari" },
  in_stock: true,
  made_to_order: false,
}

const response = {
  hits: [
    hit,
    { ...hit, id: "prod_2", handle: "bale", title: "Bale", title_en: null, price: null, maker: null, in_stock: false, made_to_order: true },
    { ...hit, id: "prod_3", handle: "pintu", title: "Hiasan Pintu", in_stock: false, made_to_order: false },
  ],
  count: 50,
  limit: 24,
  offset: 24,
  facets: {
    categories: [
      { handle: "buket-bunga", name: "Buket Bunga", count: 40 },
      { handle: "kosong", name: "Kosong", count: 0 },
    ],
    makers: [{ handle: "sari", name: "Sari", count: 12 }],
    price: { min: 50000, max: 350000 },
    in_stock: 31,
  },
}

const url = (i = 0) => new URL(String(fetchMock.mock.calls[i][0]))

describe("toSearchQuery", () => {
  it("sends only what is set, in the store route's snake case, with limit and offset from the page", () => {
    expect(toSearchQuery({ q: "  buket ", currency: "idr", sort: "relevance", page: 1 })).toEqual({
      q: "buket",
      currency: "idr",
      sort: "relevance",
      limit: SEARCH_PAGE_SIZE,
      offset: 0,
    })
    expect(
      toSearchQuery({
        q: "bunga",
        currency: "usd",
        category: "buket-bunga",
        maker: "sari",
        minPrice: 0,
        maxPrice: 20,
        inStock: true,
        sort: "price_asc",
        page: 3,
      })
    ).toEqual({
      q: "bunga",
      currency: "usd",
      category: "buket-bunga",
      maker: "sari",
      min_price: 0,
      max_price: 20,
      in_stock: "true",
      sort: "price_asc",
      limit: SEARCH_PAGE_SIZE,
      offset: 2 * SEARCH_PAGE_SIZE,
    })
  })

  it("never asks for more than 100 characters or a page past the last one it allows", () => {
    const query = toSearchQuery({ q: "a".repeat(150), currency: "idr", sort: "newest", page: 10_000 })
    expect(String(query.q)).toHaveLength(100)
    expect(query.offset).toBe(49 * SEARCH_PAGE_SIZE)
  })
})

describe("toSearchCard", () => {
  it("makes a product card: English title in English, one price, stock from the flags", () => {
    expect(toSearchCard(hit, "en", "idr")).toEqual({
      id: "prod_1",
      handle: "buket-mawar-merah",
      title: "Red Rose Bouquet",
      thumbnail: "http://backend.test:9000/static/mawar.webp",
      createdAt: null,
      price: { min: 185000, max: 185000, currencyCode: "idr" },
      stock: { kind: "in_stock", quantity: null },
      maker: { handle: "sari", name: "Sari", imageUrl: null, isCollective: false },
    })
    expect(toSearchCard(hit, "id", "idr").title).toBe("Buket Mawar Merah")
    expect(toSearchCard({ ...hit, title_en: null }, "en", "idr").title).toBe("Buket Mawar Merah")
    expect(toSearchCard({ ...hit, in_stock: false, made_to_order: true }, "id", "idr").stock).toEqual({
      kind: "made_to_order",
      leadTimeDays: null,
    })
    expect(toSearchCard({ ...hit, in_stock: false }, "id", "idr").stock).toEqual({ kind: "sold_out" })
    expect(toSearchCard({ ...hit, price: null }, "id", "idr").price).toBeNull()
    expect(toSearchCard({ ...hit, currency: null, price: 12.5 }, "en", "usd").price?.currencyCode).toBe("usd")
  })
})

describe("searchProducts", () => {
  it("asks GET /store/search with the publishable key, never cached, and maps hits and facets", async () => {
    answer(200, response)
    const outcome = await searchProducts(
      { q: "mawar", currency: "idr", category: "buket-bunga", inStock: true, sort: "relevance", page: 2 },
      "en"
    )
    const [, init] = fetchMock.mock.calls[0]
    expect(url().origin + url().pathname).toBe("http://backend.test:9000/store/search")
    expect(Object.fromEntries(url().searchParams)).toEqual({
      q: "mawar",
      currency: "idr",
      category: "buket-bunga",
      in_stock: "true",
      sort: "relevance",
      limit: "24",
      offset: "24",
    })
    expect(new Headers(init?.headers).get("x-publishable-api-key")).toBe("pk_test_search")
    expect(init?.cache).toBe("no-store")

    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const { results } = outcome
    expect(results.total).toBe(50)
    expect(results.pages).toBe(3)
    expect(results.page).toBe(2)
    expect(results.products.map((p) => p.title)).toEqual(["Red Rose Bouquet", "Bale", "Red Rose Bouquet"])
    expect(results.products.map((p) => p.stock.kind)).toEqual(["in_stock", "made_to_order", "sold_out"])
    // Empty facet values are dropped.
    expect(results.facets.categories).toEqual([{ handle: "buket-bunga", name: "Buket Bunga", count: 40 }])
    expect(results.facets.makers).toEqual([{ handle: "sari", name: "Sari", count: 12 }])
    expect(results.facets.price).toEqual({ min: 50000, max: 350000 })
    expect(results.facets.inStock).toBe(31)
  })

  it("tells a refused query (400) from a backend that is down", async () => {
    answer(400, { type: "invalid_data", message: "q must be at most 100 characters" })
    const invalid = await searchProducts({ q: "x", currency: "idr", sort: "relevance", page: 1 }, "id")
    expect(invalid).toMatchObject({ ok: false, reason: "invalid" })

    answer(500, { message: "boom" })
    const down = await searchProducts({ q: "x", currency: "idr", sort: "relevance", page: 1 }, "id")
    expect(down).toMatchObject({ ok: false, reason: "unavailable" })

    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    const offline = await searchProducts({ q: "x", currency: "idr", sort: "relevance", page: 1 }, "id")
    expect(offline).toMatchObject({ ok: false, reason: "unavailable" })
  })

  it("copes with a response without facets", async () => {
    answer(200, { hits: [], count: 0, limit: 24, offset: 0 })
    const outcome = await searchProducts({ q: "zzz", currency: "usd", sort: "relevance", page: 1 }, "en")
    expect(outcome).toEqual({
      ok: true,
      results: { products: [], total: 0, page: 1, pages: 0, facets: { categories: [], makers: [], price: null, inStock: 0 } },
    })
  })
})

describe("searchSuggestions", () => {
  it("asks GET /store/search/suggestions with q and limit and keeps well-formed titles", async () => {
    answer(200, {
      suggestions: [
        { title: "Buket Mawar Merah", handle: "buket-mawar-merah" },
        { title: "Broken", handle: "" },
        { title: "Buket Bunga Matahari", handle: "buket-matahari" },
      ],
    })
    const suggestions = await searchSuggestions(" buk ")
    expect(url().pathname).toBe("/store/search/suggestions")
    expect(Object.fromEntries(url().searchParams)).toEqual({ q: "buk", limit: "6" })
    expect(suggestions).toEqual([
      { title: "Buket Mawar Merah", handle: "buket-mawar-merah" },
      { title: "Buket Bunga Matahari", handle: "buket-matahari" },
    ])
  })

  it("does not ask for fewer than two characters, and answers none when the backend fails", async () => {
    expect(await searchSuggestions("b")).toEqual([])
    expect(fetchMock).not.toHaveBeenCalled()
    answer(503, { message: "down" })
    expect(await searchSuggestions("bu")).toEqual([])
  })
})
