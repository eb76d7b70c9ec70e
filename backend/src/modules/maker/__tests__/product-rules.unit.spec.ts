import {
  canResume,
  changedContent,
  idrPerUsd,
  makerStatusOf,
  priceHint,
  resubmits,
  reviewNoteOf,
  usdFromIdr,
} from "../product-rules"

describe("makerStatusOf", () => {
  it.each([
    [{ status: "proposed", made_to_order: false, stock: 3 }, "in_review"],
    [{ status: "rejected", made_to_order: false, stock: 3 }, "returned"],
    [{ status: "draft", made_to_order: false, stock: 0 }, "paused"],
    [{ status: "published", made_to_order: false, stock: 3 }, "live"],
    [{ status: "published", made_to_order: false, stock: 0 }, "sold_out"],
    [{ status: "published", made_to_order: false, stock: -1 }, "sold_out"],
    [{ status: "published", made_to_order: true, stock: 0 }, "live"],
  ])("%j → %s", (product, status) => expect(makerStatusOf(product)).toBe(status))
})

describe("USD from IDR", () => {
  it("rounds up to a whole dollar at the configured rate, never below 1", () => {
    expect(usdFromIdr(185000, 16000)).toBe(12)
    expect(usdFromIdr(160000, 16000)).toBe(10)
    expect(usdFromIdr(160001, 16000)).toBe(11)
    expect(usdFromIdr(1000, 16000)).toBe(1)
  })
  it("reads IDR_PER_USD, falling back to 16000 for anything that is not a positive number", () => {
    expect(idrPerUsd({ IDR_PER_USD: "15500" })).toBe(15500)
    for (const value of [undefined, "", "abc", "0", "-3"]) expect(idrPerUsd({ IDR_PER_USD: value })).toBe(16000)
  })
})

describe("review note and resume", () => {
  it("shows staff's note only while the product is returned", () => {
    expect(reviewNoteOf("rejected", { decision: "returned", note: "Foto ulang" })).toBe("Foto ulang")
    expect(reviewNoteOf("proposed", { decision: "returned", note: "Foto ulang" })).toBeNull()
    expect(reviewNoteOf("rejected", { decision: "submitted", note: null })).toBeNull()
  })
  it("resumes only what she paused and was approved (or never reviewed) and unchanged", () => {
    const paused = { paused_by_maker_at: "2026-01-01T00:00:00Z" }
    expect(canResume({ status: "draft", metadata: paused, latest: { decision: "approved" } })).toBe(true)
    expect(canResume({ status: "draft", metadata: paused, latest: null })).toBe(true)
    expect(canResume({ status: "draft", metadata: paused, latest: { decision: "submitted" } })).toBe(false)
    expect(canResume({ status: "draft", metadata: {}, latest: { decision: "approved" } })).toBe(false)
    expect(canResume({ status: "draft", metadata: { paused_by_maker_at: "" }, latest: null })).toBe(false)
    expect(canResume({ status: "proposed", metadata: paused, latest: { decision: "approved" } })).toBe(false)
  })
})

describe("edits", () => {
  const current = { title: "Buket", description: null, category: "buket-bunga", upload_ids: ["a", "b"] }
  it("finds real content changes only", () => {
    expect(changedContent(current, { title: "Buket", description: null, category: "buket-bunga", upload_ids: ["a", "b"] })).toEqual([])
    expect(changedContent(current, { title: "Buket Mawar", price_idr: 5000 })).toEqual(["title"])
    expect(changedContent(current, { upload_ids: ["b", "a"] })).toEqual(["upload_ids"])
    expect(changedContent(current, { description: "Baru", category: "hiasan-pintu" })).toEqual(["description", "category"])
  })
  it("resubmits returned products on any edit, live/paused ones on a content change, never one in review", () => {
    expect(resubmits("rejected", false, true)).toBe(true)
    expect(resubmits("published", false, true)).toBe(false)
    expect(resubmits("published", true, true)).toBe(true)
    expect(resubmits("draft", true, true)).toBe(true)
    expect(resubmits("proposed", true, true)).toBe(false)
  })
})

describe("priceHint", () => {
  it("gives count, min, max and median (mean of the middle two, rounded)", () => {
    expect(priceHint([])).toEqual({ count: 0, min: null, max: null, median: null })
    expect(priceHint([300, 100, 200])).toEqual({ count: 3, min: 100, max: 300, median: 200 })
    expect(priceHint([100, 201, 300, 400])).toEqual({ count: 4, min: 100, max: 400, median: 251 })
  })
})
