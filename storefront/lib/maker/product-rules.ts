/**
 * The rules of a maker's product form, as plain functions without zod so that the browser's wizard can check a
 * step before going on without loading a validation library; the server's zod schemas (product-schemas.ts)
 * are built on the same functions, and the backend checks again (issue 6 contract, POST /maker/products).
 * Each problem is a message key of the "maker" catalogue's `productErrors`.
 */

/** The crafts she may choose, shown as pictures, in this order (category handles of the catalogue). */
export const PRODUCT_CATEGORIES = ["buket-bunga", "bale-pengantin", "hiasan-dinding", "hiasan-pintu"] as const
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

export const LIMITS = {
  titleMin: 2,
  titleMax: 80,
  descriptionMax: 500,
  priceMin: 1_000,
  priceMax: 100_000_000,
  stockMax: 999,
  leadTimeMin: 1,
  leadTimeMax: 90,
  photosMin: 1,
  photosMax: 6,
  /** The backend refuses a photo over 15 MB: refused here before it uses her data plan. */
  photoBytesMax: 15 * 1024 * 1024,
} as const

export type StockMode = "stock" | "made_to_order"

export function isProductCategory(value: unknown): value is ProductCategory {
  return typeof value === "string" && (PRODUCT_CATEGORIES as readonly string[]).includes(value)
}

export function stockMode(value: unknown): StockMode {
  return value === "made_to_order" ? "made_to_order" : "stock"
}

/** Characters as a reader counts them (an emoji is one). */
const length = (value: string) => [...value].length

export function titleProblem(raw: string): string | null {
  const title = raw.trim()
  if (title === "") return "titleRequired"
  if (length(title) < LIMITS.titleMin) return "titleTooShort"
  if (length(title) > LIMITS.titleMax) return "titleTooLong"
  return null
}

export function descriptionProblem(raw: string): string | null {
  return length(raw.trim()) > LIMITS.descriptionMax ? "descriptionTooLong" : null
}

export function categoryProblem(raw: string): string | null {
  return isProductCategory(raw) ? null : "categoryRequired"
}

/**
 * Whole rupiah from what she typed: "85000", "85.000", "85,000", "Rp 85.000" → 85000; NaN for anything else
 * (rupiah have no cents, so a dot or comma only groups thousands).
 */
export function parseRupiah(raw: string): number {
  const text = raw.trim().replace(/^rp\.?\s*/i, "")
  if (!/^\d{1,3}([.,\s]?\d{3})*$/.test(text) && !/^\d+$/.test(text)) return Number.NaN
  return Number(text.replace(/[.,\s]/g, ""))
}

export function priceProblem(raw: string): string | null {
  if (raw.trim() === "") return "priceRequired"
  const price = parseRupiah(raw)
  if (!Number.isSafeInteger(price)) return "priceInvalid"
  if (price < LIMITS.priceMin) return "priceTooLow"
  if (price > LIMITS.priceMax) return "priceTooHigh"
  return null
}

/** A whole number she typed ("12"), or NaN. */
export function parseCount(raw: string): number {
  const text = raw.trim()
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN
}

export function stockProblem(raw: string): string | null {
  if (raw.trim() === "") return "stockRequired"
  const stock = parseCount(raw)
  if (Number.isNaN(stock)) return "numberInvalid"
  return stock > LIMITS.stockMax ? "stockTooHigh" : null
}

export function leadTimeProblem(raw: string): string | null {
  if (raw.trim() === "") return "daysRequired"
  const days = parseCount(raw)
  if (Number.isNaN(days)) return "numberInvalid"
  return days < LIMITS.leadTimeMin || days > LIMITS.leadTimeMax ? "daysRange" : null
}

export function photosProblem(uploadIds: readonly string[]): string | null {
  if (uploadIds.length < LIMITS.photosMin) return "photosRequired"
  if (uploadIds.length > LIMITS.photosMax) return "photosTooMany"
  return null
}

/** The stock step's problem, for the field it belongs to. */
export function stockStepProblems(mode: StockMode, stock: string, leadTimeDays: string): Record<string, string> {
  const problem = mode === "stock" ? stockProblem(stock) : leadTimeProblem(leadTimeDays)
  if (!problem) return {}
  return mode === "stock" ? { stock: problem } : { lead_time_days: problem }
}
