import { describe, expect, it } from "vitest"
import { fieldErrors } from "../checkout/schemas"
import { newProductSchema, photosSchema, priceSchema, stockSchema } from "./product-schemas"
import { parseRupiah, priceProblem, stockStepProblems, titleProblem } from "./product-rules"

const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as never)

describe("rupiah as she types them", () => {
  it("reads whole rupiah with or without thousands separators", () => {
    expect(parseRupiah("85000")).toBe(85000)
    expect(parseRupiah("85.000")).toBe(85000)
    expect(parseRupiah("1.250.000")).toBe(1250000)
    expect(parseRupiah("85,000")).toBe(85000)
    expect(parseRupiah(" Rp 85.000 ")).toBe(85000)
    expect(parseRupiah("Rp85000")).toBe(85000)
  })

  it("refuses cents, letters and odd grouping", () => {
    for (const raw of ["85.5", "85rb", "-5000", "8.50.000", "abc", "1e6"]) expect(parseRupiah(raw), raw).toBeNaN()
  })

  it("gives each price problem its key", () => {
    expect(priceProblem("")).toBe("priceRequired")
    expect(priceProblem("lima ribu")).toBe("priceInvalid")
    expect(priceProblem("999")).toBe("priceTooLow")
    expect(priceProblem("100.000.001")).toBe("priceTooHigh")
    expect(priceProblem("1.000")).toBeNull()
    expect(priceSchema.parse("150.000")).toBe(150000)
  })
})

describe("the name", () => {
  it("is 2 to 80 characters, counted as she sees them", () => {
    expect(titleProblem("  ")).toBe("titleRequired")
    expect(titleProblem("A")).toBe("titleTooShort")
    expect(titleProblem("🌹🌹")).toBeNull()
    expect(titleProblem("x".repeat(81))).toBe("titleTooLong")
    expect(titleProblem("🌹".repeat(80))).toBeNull()
  })
})

describe("stock", () => {
  it("is a number of pieces ready, or made to order in 1 to 90 days", () => {
    expect(stockSchema.parse({ stock_mode: "stock", stock: "5", lead_time_days: "" })).toEqual({ made_to_order: false, stock: 5 })
    expect(stockSchema.parse({ stock_mode: "stock", stock: "0", lead_time_days: "7" })).toEqual({ made_to_order: false, stock: 0 })
    expect(stockSchema.parse({ stock_mode: "made_to_order", stock: "", lead_time_days: "7" })).toEqual({
      made_to_order: true,
      lead_time_days: 7,
    })
  })

  it("puts the problem on the field of the chosen way", () => {
    expect(stockStepProblems("stock", "", "")).toEqual({ stock: "stockRequired" })
    expect(stockStepProblems("stock", "1000", "")).toEqual({ stock: "stockTooHigh" })
    expect(stockStepProblems("stock", "2,5", "")).toEqual({ stock: "numberInvalid" })
    expect(stockStepProblems("made_to_order", "abc", "")).toEqual({ lead_time_days: "daysRequired" })
    expect(stockStepProblems("made_to_order", "", "0")).toEqual({ lead_time_days: "daysRange" })
    expect(stockStepProblems("made_to_order", "", "91")).toEqual({ lead_time_days: "daysRange" })
    expect(errors(stockSchema.safeParse({ stock_mode: "made_to_order", stock: "", lead_time_days: "" }))).toEqual({
      lead_time_days: "daysRequired",
    })
  })
})

describe("photos", () => {
  it("are 1 to 6 of her uploads, each once", () => {
    expect(photosSchema.parse({ upload_ids: ["mkrupl_1", "mkrupl_2", "mkrupl_1"] })).toEqual({ upload_ids: ["mkrupl_1", "mkrupl_2"] })
    expect(errors(photosSchema.safeParse({ upload_ids: [] }))).toEqual({ upload_ids: "photosRequired" })
    const seven = Array.from({ length: 7 }, (_, i) => `mkrupl_${i}`)
    expect(errors(photosSchema.safeParse({ upload_ids: seven }))).toEqual({ upload_ids: "photosTooMany" })
  })
})

describe("a new product", () => {
  const good = {
    upload_ids: ["mkrupl_1"],
    title: "  Buket mawar merah ",
    category: "buket-bunga",
    price: "150.000",
    stock_mode: "stock",
    stock: "3",
    lead_time_days: "",
    description: "  ",
  }

  it("becomes exactly what POST /maker/products takes", () => {
    expect(newProductSchema.parse(good)).toEqual({
      title: "Buket mawar merah",
      description: undefined,
      category: "buket-bunga",
      price_idr: 150000,
      made_to_order: false,
      stock: 3,
      upload_ids: ["mkrupl_1"],
    })
    expect(
      newProductSchema.parse({ ...good, stock_mode: "made_to_order", stock: "3", lead_time_days: "10", description: "Plastik daur ulang." })
    ).toEqual({
      title: "Buket mawar merah",
      description: "Plastik daur ulang.",
      category: "buket-bunga",
      price_idr: 150000,
      made_to_order: true,
      lead_time_days: 10,
      upload_ids: ["mkrupl_1"],
    })
  })

  it("names every problem at once, each on its field", () => {
    expect(
      errors(
        newProductSchema.safeParse({
          upload_ids: [],
          title: "",
          category: "sepatu",
          price: "500",
          stock_mode: "stock",
          stock: "",
          lead_time_days: "",
          description: "x".repeat(501),
        })
      )
    ).toEqual({
      upload_ids: "photosRequired",
      title: "titleRequired",
      category: "categoryRequired",
      price: "priceTooLow",
      stock: "stockRequired",
      description: "descriptionTooLong",
    })
  })
})
