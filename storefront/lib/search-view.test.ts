import { describe, expect, it } from "vitest"
import { hasFilters, isSearchable, pageWindow, readPrice, readSearchView, searchHref } from "./search-view"

describe("readSearchView", () => {
  it("reads every parameter of the results page", () => {
    expect(
      readSearchView({
        q: "  buket   mawar ",
        category: "buket-bunga",
        maker: "sari",
        min_price: "100.000",
        max_price: "350000",
        in_stock: "1",
        sort: "price_desc",
        page: "2",
      })
    ).toEqual({
      q: "buket mawar",
      category: "buket-bunga",
      maker: "sari",
      minPrice: 100000,
      maxPrice: 350000,
      inStock: true,
      sort: "price_desc",
      page: 2,
    })
  })

  it("falls back to defaults for anything unreadable", () => {
    expect(
      readSearchView({ q: ["a", "b"], category: "../admin", maker: "", min_price: "-5", max_price: "abc", sort: "cheapest", page: "0" })
    ).toEqual({ q: "a", sort: "relevance", page: 1 })
    expect(readSearchView({})).toEqual({ q: "", sort: "relevance", page: 1 })
    expect(readSearchView({ q: "x".repeat(300) }).q).toHaveLength(100)
    expect(readSearchView({ page: "99999" }).page).toBe(50)
  })

  it("swaps a price range given the wrong way round", () => {
    expect(readSearchView({ min_price: "300", max_price: "100" })).toMatchObject({ minPrice: 100, maxPrice: 300 })
  })
})

describe("readPrice", () => {
  it("reads rupiah with thousands dots and dollars with decimals", () => {
    expect(readPrice("150000")).toBe(150000)
    expect(readPrice("1.250.000")).toBe(1250000)
    expect(readPrice("12.5")).toBe(12.5)
    expect(readPrice("12,50")).toBe(12.5)
    expect(readPrice("0")).toBe(0)
    expect(readPrice("")).toBeUndefined()
    expect(readPrice("1e9")).toBeUndefined()
    expect(readPrice("Rp 100")).toBeUndefined()
  })
})

describe("searchHref", () => {
  const view = readSearchView({ q: "bunga merah", category: "buket-bunga", sort: "newest", page: "3" })

  it("links a view in each language, leaving defaults out", () => {
    expect(searchHref("id", readSearchView({ q: "buket" }))).toBe("/search?q=buket")
    expect(searchHref("en", readSearchView({ q: "wall decor" }))).toBe("/en/search?q=wall+decor")
    expect(searchHref("id", readSearchView({}))).toBe("/search")
  })

  it("goes back to page 1 when a filter changes, and keeps the rest", () => {
    expect(searchHref("id", view, { maker: "sari" })).toBe("/search?q=bunga+merah&category=buket-bunga&maker=sari&sort=newest")
    expect(searchHref("id", view, { category: null })).toBe("/search?q=bunga+merah&sort=newest")
    expect(searchHref("id", view, { page: 4 })).toBe("/search?q=bunga+merah&category=buket-bunga&sort=newest&page=4")
    expect(searchHref("id", view, { inStock: true, minPrice: 0, maxPrice: 200000 })).toBe(
      "/search?q=bunga+merah&category=buket-bunga&min_price=0&max_price=200000&in_stock=1&sort=newest"
    )
  })

  it("reads back what it writes", () => {
    const href = searchHref("id", view, { maker: "sari", inStock: true, minPrice: 5, page: 2 })
    const params = Object.fromEntries(new URL(href, "http://x").searchParams)
    expect(readSearchView(params)).toEqual({ ...view, maker: "sari", inStock: true, minPrice: 5, page: 2 })
  })
})

describe("hasFilters / isSearchable", () => {
  it("knows words from filters", () => {
    expect(hasFilters(readSearchView({ q: "buket" }))).toBe(false)
    expect(hasFilters(readSearchView({ min_price: "0" }))).toBe(true)
    expect(isSearchable(readSearchView({}))).toBe(false)
    expect(isSearchable(readSearchView({ sort: "newest" }))).toBe(false)
    expect(isSearchable(readSearchView({ category: "buket-bunga" }))).toBe(true)
    expect(isSearchable(readSearchView({ q: "buket" }))).toBe(true)
  })
})

describe("pageWindow", () => {
  it("shows the first, the last and two either side, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20])
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20])
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20])
  })
})
