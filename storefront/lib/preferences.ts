import { isLocale, type Locale } from "./i18n/config"
import { localePath, parsePublicPath } from "./i18n/paths"

/**
 * Where to send the buyer after changing language or currency: the page she came from (Referer, same
 * origin only), in `locale` when given; the home page when the Referer is missing or foreign.
 */
export function returnPath(referer: string | null, origin: string, locale?: Locale): string {
  let from: URL | null = null
  try {
    from = referer ? new URL(referer) : null
  } catch {
    from = null
  }
  if (!from || from.origin !== origin || from.pathname.startsWith("/api/")) {
    return localePath(locale ?? "id", "/")
  }
  const current = parsePublicPath(from.pathname)
  return localePath(locale ?? current.locale, current.path) + from.search
}

export function parseLocale(value: unknown): Locale | null {
  return isLocale(value) ? value : null
}
