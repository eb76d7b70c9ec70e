import { DEFAULT_LOCALE, isLocale, type Locale } from "./config"
import { isCurrency } from "./market"

/** The public URL of a shop path in a language: "/products/x" → "/products/x" (id) or "/en/products/x" (en). */
export function localePath(locale: Locale, path = "/"): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

export type PublicRoute = { locale: Locale; path: string }

/**
 * Reads a public or internal (/<locale>/<currency>/…) path back into its language and shop path.
 * "/en/products/x" → { en, "/products/x" }; "/id/idr/makers" → { id, "/makers" }; "/cart" → { id, "/cart" }.
 */
export function parsePublicPath(pathname: string): PublicRoute {
  const segments = pathname.split("/").filter(Boolean)
  let locale: Locale = DEFAULT_LOCALE
  if (isLocale(segments[0])) {
    locale = segments.shift() as Locale
    if (isCurrency(segments[0])) segments.shift()
  }
  return { locale, path: `/${segments.join("/")}` }
}

export const productPath = (locale: Locale, handle: string) => localePath(locale, `/products/${encodeURIComponent(handle)}`)
export const categoryPath = (locale: Locale, handle: string) =>
  localePath(locale, `/categories/${encodeURIComponent(handle)}`)
export const makersPath = (locale: Locale) => localePath(locale, "/makers")
export const makerPath = (locale: Locale, handle: string) => localePath(locale, `/makers/${encodeURIComponent(handle)}`)
export const cartPath = (locale: Locale) => localePath(locale, "/cart")
export const checkoutPath = (locale: Locale) => localePath(locale, "/checkout")
export const accountPath = (locale: Locale) => localePath(locale, "/account")

/** A page of the makers' portal (not the public /makers profiles): "" (her home), "login", "join"… */
export function portalPath(locale: Locale, page = "", query?: Record<string, string | undefined>): string {
  const path = localePath(locale, page ? `/maker/${page}` : "/maker")
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) if (value) search.set(key, value)
  const qs = search.toString()
  return qs ? `${path}?${qs}` : path
}

/** True for a path of the makers' portal ("/maker", "/maker/login"), not of the public "/makers". */
export function isPortalPath(path: string): boolean {
  return path === "/maker" || path.startsWith("/maker/")
}

/** hreflang alternates of a shop path, for page metadata. */
export function languageAlternates(path: string): Record<string, string> {
  return { id: localePath("id", path), en: localePath("en", path), "x-default": localePath(DEFAULT_LOCALE, path) }
}
