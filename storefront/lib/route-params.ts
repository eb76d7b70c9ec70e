import { notFound } from "next/navigation"
import { isLocale, type Locale } from "./i18n/config"
import { isCurrency, type Currency } from "./i18n/market"
/** A handle from the URL, percent-decoded; a malformed escape stays as it is (the lookups reject it as impossible). */
export function decodeHandle(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

export type ShopParams = { locale: string; currency: string }

/** The language and currency of a shop page (the layout has already refused anything else). */
export function shopParams(params: ShopParams): { locale: Locale; currency: Currency } {
  if (!isLocale(params.locale) || !isCurrency(params.currency)) notFound()
  return { locale: params.locale, currency: params.currency }
}
