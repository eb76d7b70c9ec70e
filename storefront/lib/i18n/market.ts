import type { Locale } from "./config"

/**
 * The currencies the shop sells in; each is one Medusa region (Indonesia: IDR, International: USD).
 * The buyer's choice lives in a cookie, not in the URL: the proxy rewrites every page to /<locale>/<currency>/…
 * so each combination is its own cached page, without a redirect.
 */
export const CURRENCIES = ["idr", "usd"] as const
export type Currency = (typeof CURRENCIES)[number]

export const CURRENCY_COOKIE = "rk_currency"

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value)
}

/** Without a choice, Indonesian readers pay in rupiah and English readers (mostly abroad) in dollars. */
export function defaultCurrency(locale: Locale): Currency {
  return locale === "en" ? "usd" : "idr"
}
