/** Languages of the shop. Indonesian is the default and has no prefix in the URL; English lives under /en. */
export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "id"

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** BCP 47 tag for Intl (numbers, dates, currency). */
export const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" }

/** Open Graph locale. */
export const OG_LOCALE: Record<Locale, string> = { id: "id_ID", en: "en_US" }
