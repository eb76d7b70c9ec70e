/**
 * Money formatting for the storefront.
 *
 * Medusa returns amounts as decimal major units (185000 = Rp 185.000, 12.5 = US$12.50).
 * Currencies without a minor unit in practice (IDR, JPY, …) are shown without decimals.
 */

const ZERO_DECIMAL_CURRENCIES = new Set(["idr", "jpy", "krw", "vnd", "clp", "pyg", "ugx", "xaf", "xof"])

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currencyCode: string, locale: string): Intl.NumberFormat {
  const code = currencyCode.toLowerCase()
  const key = `${locale}|${code}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const digits = ZERO_DECIMAL_CURRENCIES.has(code) ? 0 : 2
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code.toUpperCase(),
      // "Rp" in every language (en-US would write "IDR"); other currencies keep their usual symbol ("US$" in id-ID).
      currencyDisplay: code === "idr" ? "narrowSymbol" : "symbol",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** Number of decimals shown (and used in structured data) for a currency. */
export function currencyDecimals(currencyCode: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currencyCode.toLowerCase()) ? 0 : 2
}

/**
 * Formats a decimal major-unit amount, e.g. formatPrice(185000, "idr") → "Rp 185.000",
 * formatPrice(12.5, "usd") → "US$12,50" (id-ID) or "$12.50" (en-US).
 */
export function formatPrice(amount: number, currencyCode: string, locale = "id-ID"): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`formatPrice: amount must be a finite number, got ${amount}`)
  }
  if (!/^[a-z]{3}$/i.test(currencyCode)) {
    throw new RangeError(`formatPrice: "${currencyCode}" is not an ISO 4217 currency code`)
  }
  // Intl separates symbol and number with a no-break space; keep it (it must not wrap).
  return formatterFor(currencyCode, locale).format(amount)
}

export type PriceRange = {
  min: number
  max: number
  currencyCode: string
}

export type PricedItem = {
  amount: number | null | undefined
  currencyCode: string | null | undefined
}

/**
 * Lowest and highest price among a product's variants. Variants without a price
 * (not sold in this region) are ignored; null when no variant has a price.
 */
export function priceRangeOf(items: readonly PricedItem[]): PriceRange | null {
  let range: PriceRange | null = null
  for (const { amount, currencyCode } of items) {
    if (amount == null || !Number.isFinite(amount) || !currencyCode) continue
    const code = currencyCode.toLowerCase()
    if (!range) {
      range = { min: amount, max: amount, currencyCode: code }
      continue
    }
    if (code !== range.currencyCode) {
      // A region has one currency; a mix means bad data. Don't invent a range across currencies.
      continue
    }
    if (amount < range.min) range.min = amount
    if (amount > range.max) range.max = amount
  }
  return range
}

/**
 * "Rp 185.000" when all variants cost the same, otherwise
 * style "range": "Rp 185.000 – Rp 335.000", style "from": "mulai Rp 185.000".
 */
export function formatPriceRange(
  range: PriceRange,
  style: "range" | "from" = "range",
  locale = "id-ID"
): string {
  const min = formatPrice(range.min, range.currencyCode, locale)
  if (range.min === range.max) return min
  if (style === "from") return `${locale.startsWith("id") ? "mulai" : "from"} ${min}`
  return `${min} – ${formatPrice(range.max, range.currencyCode, locale)}`
}

/** Amount as a plain decimal string for structured data (schema.org price): "185000", "12.50". */
export function toSchemaPrice(amount: number, currencyCode: string): string {
  return amount.toFixed(currencyDecimals(currencyCode))
}
