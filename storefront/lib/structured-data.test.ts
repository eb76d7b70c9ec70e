import { describe, expect, it } from "vitest"
import type { ProductDetail } from "./medusa"
import { productJsonLd } from "./structured-data"

const product: ProductDetail = {
  id: "p",
  handle: "bale-pengantin-emas",
  title: "Bale Pengantin Emas",
  subtitle: null,
  description: "Set bale.",
  thumbnail: "http://localhost:9000/static/a.webp",
  images: [{ id: "i", url: "http://localhost:9000/static/a.webp" }],
  options: [],
  variants: [
    { id: "a", title: "3 tingkat", options: {}, amount: 1350000, currencyCode: "idr", stock: { kind: "made_to_order", leadTimeDays: 14 } },
    { id: "b", title: "5 tingkat", options: {}, amount: 1800000, currencyCode: "idr", stock: { kind: "sold_out" } },
    { id: "c", title: "unpriced", options: {}, amount: null, currencyCode: null, stock: { kind: "in_stock", quantity: 1 } },
  ],
  price: { min: 1350000, max: 1800000, currencyCode: "idr" },
  stock: { kind: "made_to_order", leadTimeDays: 14 },
  leadTimeDays: 14,
  careNote: null,
  maker: null,
}

describe("productJsonLd", () => {
  it("offers each priced variant in the page's currency and language, with its availability", () => {
    const data = productJsonLd(product, "en", "Bridal Bale")
    expect(data).toMatchObject({ "@type": "Product", name: "Bale Pengantin Emas", inLanguage: "en", category: "Bridal Bale" })
    expect(data.url).toMatch(/\/en\/products\/bale-pengantin-emas$/)
    expect(data.offers).toEqual([
      expect.objectContaining({ price: "1350000", priceCurrency: "IDR", availability: "https://schema.org/MadeToOrder" }),
      expect.objectContaining({ price: "1800000", availability: "https://schema.org/OutOfStock" }),
    ])
  })
})
