import { cache } from "react"
import { DEFAULT_LOCALE, type Locale } from "./config"

/**
 * The language of the page being rendered, for components that get no route params (not-found boundaries).
 * The shop layout sets it before its children render; React's `cache` scopes it to one request.
 */
const requestLocale = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }))

export function setRequestLocale(locale: Locale): void {
  requestLocale().locale = locale
}

export function getRequestLocale(): Locale {
  return requestLocale().locale
}
