import { describe, expect, it } from "vitest"
import {
  buildCategoryTree,
  buildSections,
  descendantsOf,
  findProductPlacement,
  sortCards,
  pickDefaultRegion,
  toProductCard,
  toProductDetail,
} from "./transform"
import type { ProductCard, RawCategory, RawProductDetail, RawProductSummary, RawVariant } from "./types"

const cat = (id: string, name: string, rank: number, parent: string | null = null): RawCategory => ({
  id,
  name,
  handle: id,
  description: `${name} description`,
  rank,
  parent_category_id: parent,
})

// As /store/product-categories returns them: flat, in no useful order.
const CATEGORIES: RawCategory[] = [
  cat("bale-pengantin", "Bale Pengantin", 1),
  cat("hiasan-pintu", "Hiasan Pintu", 1, "dekorasi"),
  cat("buket-bunga", "Buket Bunga", 0),
  cat("dekorasi", "Dekorasi Botol Daur Ulang", 2),
  cat("hiasan-dinding", "Hiasan Dinding", 0, "dekorasi"),
]

const card = (id: string, title: string, min = 100000): ProductCard => ({
  id,
  handle: id,
  title,
  thumbnail: `http://localhost:9000/static/${id}.webp`,
  createdAt: null,
  price: { min, max: min, currencyCode: "idr" },
  stock: { kind: "in_stock", quantity: null },
  maker: null,
})

describe("pickDefaultRegion", () => {
  const regions = [
    { id: "reg_usd", name: "International", currency_code: "usd" },
    { id: "reg_idr", name: "Indonesia", currency_code: "IDR" },
  ]

  it("picks the IDR region wherever it is in the list", () => {
    expect(pickDefaultRegion(regions)).toEqual({ id: "reg_idr", name: "Indonesia", currencyCode: "idr" })
  })

  it("falls back to the first region, and to null without regions", () => {
    expect(pickDefaultRegion([regions[0]])?.id).toBe("reg_usd")
    expect(pickDefaultRegion([])).toBeNull()
  })
})

describe("buildCategoryTree", () => {
  it("nests children under their parents, both levels in rank order", () => {
    const tree = buildCategoryTree(CATEGORIES)
    expect(tree.map((c) => c.handle)).toEqual(["buket-bunga", "bale-pengantin", "dekorasi"])
    expect(tree[2].children.map((c) => c.handle)).toEqual(["hiasan-dinding", "hiasan-pintu"])
    expect(tree[0].children).toEqual([])
  })

  it("orders equal ranks by name, and missing ranks last", () => {
    const tree = buildCategoryTree([
      { ...cat("b", "Beta", 0), rank: null },
      cat("z", "Zeta", 0),
      cat("a", "Alfa", 0),
    ])
    expect(tree.map((c) => c.id)).toEqual(["a", "z", "b"])
  })

  it("leaves out a category whose parent is hidden, with its subtree", () => {
    const tree = buildCategoryTree([cat("visible", "Visible", 0), cat("orphan", "Orphan", 0, "hidden-parent")])
    expect(tree.map((c) => c.id)).toEqual(["visible"])
    expect(tree[0].children).toEqual([])
  })

  it("lists descendants depth-first in rank order", () => {
    const tree = buildCategoryTree([
      ...CATEGORIES,
      cat("pintu-kecil", "Pintu Kecil", 0, "hiasan-pintu"),
    ])
    expect(descendantsOf(tree[2]).map((c) => c.id)).toEqual(["hiasan-dinding", "hiasan-pintu", "pintu-kecil"])
  })
})

describe("buildSections", () => {
  const tree = buildCategoryTree(CATEGORIES)
  const products = new Map<string, ProductCard[]>([
    ["buket-bunga", [card("p-tulip", "Buket Tulip Pelangi"), card("p-anggrek", "Buket Anggrek Bulan")]],
    ["bale-pengantin", [card("p-bale", "Bale Pengantin Melayu")]],
    ["dekorasi", [card("p-own", "Zebra Dekorasi Induk")]],
    ["hiasan-pintu", [card("p-pintu", "Rangkaian Pintu Tropis"), card("p-both", "Ada di Dua Kategori")]],
    ["hiasan-dinding", [card("p-mandala", "Mandala Dinding Senja"), card("p-both", "Ada di Dua Kategori")]],
  ])

  it("makes one section per top-level category, in rank order", () => {
    const sections = buildSections(tree, products)
    expect(sections.map((s) => s.category.handle)).toEqual(["buket-bunga", "bale-pengantin", "dekorasi"])
  })

  it("includes products of child categories in the parent's section", () => {
    const dekorasi = buildSections(tree, products)[2]
    expect(dekorasi.products.map((p) => p.id)).toEqual(["p-own", "p-both", "p-mandala", "p-pintu"])
    expect(dekorasi.products.map((p) => p.categoryId)).toEqual([
      "dekorasi",
      "hiasan-dinding",
      "hiasan-dinding",
      "hiasan-pintu",
    ])
  })

  it("orders products by title within a category, whatever order the API returned", () => {
    const buket = buildSections(tree, products)[0]
    expect(buket.products.map((p) => p.title)).toEqual(["Buket Anggrek Bulan", "Buket Tulip Pelangi"])
  })

  it("shows a product listed in two child categories once", () => {
    const dekorasi = buildSections(tree, products)[2]
    expect(dekorasi.products.filter((p) => p.id === "p-both")).toHaveLength(1)
  })

  it("leaves out categories without products", () => {
    const sections = buildSections(tree, new Map([["bale-pengantin", [card("p-bale", "Bale")]]]))
    expect(sections.map((s) => s.category.handle)).toEqual(["bale-pengantin"])
  })

  it("places a product under the most specific category for breadcrumbs", () => {
    const sections = buildSections(tree, products)
    const placement = findProductPlacement(sections, "p-pintu")
    expect(placement?.section.category.handle).toBe("dekorasi")
    expect(placement?.category.handle).toBe("hiasan-pintu")
    expect(findProductPlacement(sections, "p-bale")?.category.handle).toBe("bale-pengantin")
    expect(findProductPlacement(sections, "nope")).toBeNull()
  })
})

const variant = (id: string, amount: number | null, extra: Partial<RawVariant> = {}): RawVariant => ({
  id,
  title: id,
  calculated_price: amount === null ? null : { calculated_amount: amount, currency_code: "idr" },
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: 5,
  ...extra,
})

describe("toProductCard", () => {
  it("takes the price range from the variants' calculated prices", () => {
    const raw: RawProductSummary = {
      id: "p",
      handle: "buket-mawar-abadi",
      title: "Buket Mawar Abadi",
      thumbnail: "http://localhost:9000/static/x.webp",
      variants: [variant("a", 260000), variant("b", 185000), variant("c", 335000), variant("d", null)],
    }
    expect(toProductCard(raw).price).toEqual({ min: 185000, max: 335000, currencyCode: "idr" })
  })

  it("has no price when the product is not priced in the region", () => {
    const raw: RawProductSummary = { id: "p", handle: "h", title: "T", thumbnail: null, variants: null }
    expect(toProductCard(raw)).toMatchObject({ price: null, thumbnail: null })
  })
})

describe("toProductDetail", () => {
  const raw: RawProductDetail = {
    id: "p",
    handle: "buket-mawar-abadi",
    title: "Buket Mawar Abadi",
    subtitle: "Everlasting Rose Bouquet",
    description: "  Mawar dari botol plastik.  ",
    thumbnail: "http://localhost:9000/static/1.webp",
    images: [
      { id: "i3", url: "http://localhost:9000/static/3.webp", rank: 2 },
      { id: "i1", url: "http://localhost:9000/static/1.webp", rank: 0 },
      { id: "i2", url: "http://localhost:9000/static/2.webp", rank: 1 },
    ],
    options: [
      {
        id: "o-size",
        title: "Ukuran",
        values: [
          { id: "v1", value: "Kecil" },
          { id: "v2", value: "Besar" },
        ],
      },
      { id: "o-color", title: "Warna", values: [{ id: "v3", value: "Merah" }] },
    ],
    variants: [variant("a", 185000, { inventory_quantity: 0 }), variant("b", 335000)],
  }

  it("orders images by rank and options colour first, then size", () => {
    const p = toProductDetail(raw)
    expect(p.images.map((i) => i.id)).toEqual(["i1", "i2", "i3"])
    expect(p.options.map((o) => o.title)).toEqual(["Warna", "Ukuran"])
    expect(p.options[1].values.map((v) => v.value)).toEqual(["Kecil", "Besar"])
    expect(p.description).toBe("Mawar dari botol plastik.")
  })

  it("puts a thumbnail that is not among the images first", () => {
    const p = toProductDetail({ ...raw, thumbnail: "http://localhost:9000/static/cover.webp" })
    expect(p.images[0].url).toBe("http://localhost:9000/static/cover.webp")
    expect(p.images).toHaveLength(4)
  })

  it("computes the price range and availability from the variants", () => {
    const p = toProductDetail(raw)
    expect(p.price).toEqual({ min: 185000, max: 335000, currencyCode: "idr" })
    expect(p.variants.map((v) => v.stock.kind)).toEqual(["sold_out", "in_stock"])
    expect(p.stock).toEqual({ kind: "in_stock", quantity: 5 })
  })

  it("is out of stock when no priced variant can be bought", () => {
    const p = toProductDetail({
      ...raw,
      variants: [variant("a", 185000, { inventory_quantity: 0 }), variant("b", null)],
    })
    expect(p.stock.kind).toBe("sold_out")
  })

  it("is made to order, with the lead time, when only backordered variants are left", () => {
    const p = toProductDetail({
      ...raw,
      metadata: { lead_time_days: 14 },
      variants: [variant("a", 185000, { inventory_quantity: 0, allow_backorder: true })],
    })
    expect(p.stock).toEqual({ kind: "made_to_order", leadTimeDays: 14 })
    expect(p.leadTimeDays).toBe(14)
  })

  it("reads English texts and option labels from metadata, falling back to Indonesian", () => {
    const en = toProductDetail(
      {
        ...raw,
        metadata: { title_en: "Everlasting Rose Bouquet", care_id: "Lap kering.", care_en: "Wipe dry." },
        variants: [
          variant("a", 185000, {
            options: [
              { option_id: "o-color", value: "Merah" },
              { option_id: "o-size", value: "Kecil" },
            ],
            metadata: { colour_en: "Red", size_en: "Small" },
          }),
        ],
      },
      "en"
    )
    expect(en.title).toBe("Everlasting Rose Bouquet")
    expect(en.description).toBe("Mawar dari botol plastik.")
    expect(en.careNote).toBe("Wipe dry.")
    expect(en.options[0].values).toEqual([{ value: "Merah", label: "Red" }])
    expect(en.options[1].values[0]).toEqual({ value: "Kecil", label: "Small" })
    expect(en.options[1].values[1]).toEqual({ value: "Besar", label: "Besar" })
    expect(en.variants[0].options).toEqual({ "o-color": "Merah", "o-size": "Kecil" })
  })
})

describe("sortCards", () => {
  const at = (id: string, min: number | null, createdAt: string): ProductCard => ({
    ...card(id, id.toUpperCase(), min ?? 0),
    price: min === null ? null : { min, max: min, currencyCode: "idr" },
    createdAt,
  })
  const cards = [
    at("a", 200000, "2026-01-01"),
    at("b", 100000, "2026-03-01"),
    at("c", null, "2026-04-01"),
    at("d", 300000, "2026-02-01"),
  ]

  it("sorts newest first, by price both ways, unpriced last", () => {
    expect(sortCards(cards, "newest").map((c) => c.id)).toEqual(["c", "b", "d", "a"])
    expect(sortCards(cards, "price_asc").map((c) => c.id)).toEqual(["b", "a", "d", "c"])
    expect(sortCards(cards, "price_desc").map((c) => c.id)).toEqual(["d", "a", "b", "c"])
  })
})
