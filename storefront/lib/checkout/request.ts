/** The language and currency a form was posted from (hidden fields), checked; defaults when missing. */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/config"
import { defaultCurrency, isCurrency, type Currency } from "../i18n/market"
import type { Messages } from "../i18n/messages"
import { getT } from "../i18n/translate"

export function formLocale(form: FormData): Locale {
  const value = form.get("locale")
  return isLocale(value) ? value : DEFAULT_LOCALE
}

export function formCurrency(form: FormData, locale: Locale): Currency {
  const value = form.get("currency")
  return isCurrency(value) ? value : defaultCurrency(locale)
}

/** Translates field errors (message keys) with a translator of the `errors.*` keys. */
export function translateErrors(
  errors: Record<string, string>,
  translate: (key: string) => string
): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translate(key)]))
}

export type LooseT = (key: string, values?: Record<string, string | number>) => string

/** A translator that accepts keys built at run time (error kinds, option codes). */
export function looseT(locale: Locale, namespace: keyof Messages): LooseT {
  const t = getT(locale, namespace) as unknown as LooseT
  return (key, values) => t(key, values)
}
