import { CARE_NOTES, categories, products } from "../catalogue"

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

  it("prices every product in whole rupiah and in dollars", () => {
    for (const p of products) {
      expect(Number.isInteger(p.price_idr) && p.price_idr > 0, p.handle).toBe(true)
      expect(p.price_usd).toBeGreaterThan(0)
      expect(Number.isInteger(p.stock) && p.stock >= 0, p.handle).toBe(true)
      expect(p.colours.length * p.sizes.length).toBeGreaterThan(0)
      for (const colour of p.colours) expect(colour.palette.every((hex) => /^#[0-9a-f]{6}$/i.test(hex))).toBe(true)
    }
  })

  it("shows all three stock states: most in stock, the bridal bale made to order, exactly one sold out", () => {
    const soldOut = products.filter((p) => p.stock === 0 && !p.made_to_order)
    const madeToOrder = products.filter((p) => p.made_to_order)
    const inStock = products.filter((p) => p.stock > 0 && !p.made_to_order)
    expect(soldOut).toHaveLength(1)
    expect(madeToOrder.map((p) => p.handle).sort()).toEqual(
      products.filter((p) => p.category === "bale-pengantin").map((p) => p.handle).sort()
    )
    expect(madeToOrder.some((p) => p.stock === 0)).toBe(true)
    expect(inStock.length).toBeGreaterThan(products.length / 2)
  })

  it("gives every product a lead time and a care note for its craft", () => {
    const range = { bouquet: [3, 5], bale: [14, 21], wall: [7, 7], door: [7, 7] }
    for (const p of products) {
      const [min, max] = range[p.kind]
      expect(Number.isInteger(p.lead_time_days), p.handle).toBe(true)
      expect(p.lead_time_days, p.handle).toBeGreaterThanOrEqual(min)
      expect(p.lead_time_days, p.handle).toBeLessThanOrEqual(max)
    }
    for (const note of Object.values(CARE_NOTES)) {
      expect(note.id.length).toBeGreaterThan(10)
      expect(note.en.length).toBeGreaterThan(10)
    }
  })
})
