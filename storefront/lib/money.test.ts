import { describe, expect, it } from "vitest"
import { formatPrice, formatPriceRange, priceRangeOf, toSchemaPrice } from "./money"

// Intl puts a no-break space between "Rp" and the number; compare with ordinary spaces.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, " ")

describe("formatPrice", () => {
  it("shows rupiah without a minor unit, with dots as thousands separators", () => {
    expect(plain(formatPrice(185000, "idr"))).toBe("Rp 185.000")
    expect(plain(formatPrice(1150000, "IDR"))).toBe("Rp 1.150.000")
    expect(plain(formatPrice(0, "idr"))).toBe("Rp 0")
  })

  it("rounds stray fractions of a rupiah instead of showing them", () => {
    expect(plain(formatPrice(185000.4, "idr"))).toBe("Rp 185.000")
    expect(plain(formatPrice(185000.5, "idr"))).toBe("Rp 185.001")
  })

  it("shows US dollars with cents", () => {
    expect(plain(formatPrice(12.5, "usd"))).toBe("US$12,50")
    expect(plain(formatPrice(12, "usd", "en-US"))).toBe("$12.00")
    expect(plain(formatPrice(1234.5, "usd", "en-US"))).toBe("$1,234.50")
  })

  it("keeps the no-break space so the symbol never wraps away from the number", () => {
    expect(formatPrice(185000, "idr")).toMatch(/^Rp\u00a0185\.000$/)
  })

  it("rejects amounts and codes that are not money", () => {
    expect(() => formatPrice(Number.NaN, "idr")).toThrow(RangeError)
    expect(() => formatPrice(10, "rupiah")).toThrow(RangeError)
  })
})

describe("priceRangeOf", () => {
  it("finds the lowest and highest variant price", () => {
    expect(
      priceRangeOf([
        { amount: 260000, currencyCode: "idr" },
        { amount: 185000, currencyCode: "idr" },
        { amount: 335000, currencyCode: "idr" },
      ])
    ).toEqual({ min: 185000, max: 335000, currencyCode: "idr" })
  })

  it("ignores variants without a price in the region", () => {
    expect(
      priceRangeOf([
        { amount: null, currencyCode: null },
        { amount: 85000, currencyCode: "IDR" },
        { amount: undefined, currencyCode: "idr" },
      ])
    ).toEqual({ min: 85000, max: 85000, currencyCode: "idr" })
  })

  it("is null when nothing is priced", () => {
    expect(priceRangeOf([])).toBeNull()
    expect(priceRangeOf([{ amount: null, currencyCode: "idr" }])).toBeNull()
  })

  it("does not mix currencies into one range", () => {
    expect(
      priceRangeOf([
        { amount: 185000, currencyCode: "idr" },
        { amount: 14, currencyCode: "usd" },
      ])
    ).toEqual({ min: 185000, max: 185000, currencyCode: "idr" })
  })

  it("treats a free variant (0) as a price, not as missing", () => {
    expect(
      priceRangeOf([
        { amount: 0, currencyCode: "idr" },
        { amount: 5000, currencyCode: "idr" },
      ])
    ).toEqual({ min: 0, max: 5000, currencyCode: "idr" })
  })
})

describe("formatPriceRange", () => {
  const range = { min: 185000, max: 335000, currencyCode: "idr" }

  it("shows both ends of a range", () => {
    expect(plain(formatPriceRange(range, "range"))).toBe("Rp 185.000 – Rp 335.000")
  })

  it("shows a starting price", () => {
    expect(plain(formatPriceRange(range, "from"))).toBe("mulai Rp 185.000")
  })

  it("shows one price when all variants cost the same", () => {
    const single = { min: 85000, max: 85000, currencyCode: "idr" }
    expect(plain(formatPriceRange(single, "range"))).toBe("Rp 85.000")
    expect(plain(formatPriceRange(single, "from"))).toBe("Rp 85.000")
  })
})

describe("toSchemaPrice", () => {
  it("writes plain decimals for structured data", () => {
    expect(toSchemaPrice(185000, "idr")).toBe("185000")
    expect(toSchemaPrice(12.5, "usd")).toBe("12.50")
  })
})

describe("rupiah in English", () => {
  it("is written Rp with English digit grouping", () => {
    expect(formatPrice(185000, "idr", "en-US")).toMatch(/^Rp\s?185,000$/)
  })
})
