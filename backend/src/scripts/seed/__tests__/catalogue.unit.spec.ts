import { categories, products } from "../catalogue"

describe("demo catalogue", () => {
  it("has at least 24 products with unique handles", () => {
    expect(products.length).toBeGreaterThanOrEqual(24)
    expect(new Set(products.map((p) => p.handle)).size).toBe(products.length)
  })

  it("puts products in every leaf category and in all three crafts", () => {
    const parents = new Set(categories.map((c) => c.parent).filter(Boolean))
    const leaves = categories.filter((c) => !parents.has(c.handle)).map((c) => c.handle)
    for (const leaf of leaves) {
      expect(products.some((p) => p.category === leaf), leaf).toBe(true)
    }
    const topLevel = (handle: string) => categories.find((c) => c.handle === handle)?.parent ?? handle
    expect(new Set(products.map((p) => topLevel(p.category)))).toEqual(
      new Set(["buket-bunga", "bale-pengantin", "dekorasi-botol-daur-ulang"])
    )
  })

  it("only refers to categories that exist", () => {
    const handles = new Set(categories.map((c) => c.handle))
    for (const c of categories) if (c.parent) expect(handles.has(c.parent)).toBe(true)
    for (const p of products) expect(handles.has(p.category)).toBe(true)
  })

  it("prices every product in whole rupiah and in dollars, and stocks it", () => {
    for (const p of products) {
      expect(Number.isInteger(p.price_idr) && p.price_idr > 0, p.handle).toBe(true)
      expect(p.price_usd).toBeGreaterThan(0)
      expect(p.stock).toBeGreaterThan(0)
      expect(p.colours.length * p.sizes.length).toBeGreaterThan(0)
      for (const colour of p.colours) expect(colour.palette.every((hex) => /^#[0-9a-f]{6}$/i.test(hex))).toBe(true)
    }
  })
})
